import type { Vec } from '../types.ts';
import { nonNegative } from '../internal/validate.ts';

export interface AdaptiveStepSizesOptions {
  /** ε of the method (outside the root unless `epsInsideSqrt`). Default 0. */
  eps?: number;
  /** Multiplier of the accumulator before the root: Adam's 1/(1 − β₂ᵗ) (state.adam.biasCorrection2). Default 1. */
  correction?: number;
  /** √(c·v + ε) instead of √(c·v) + ε (optax/Keras RMSProp and AdaGrad). Default false. */
  epsInsideSqrt?: boolean;
}

/**
 * The per-coordinate step size of an adaptive method, $\eta_i = \eta / (\sqrt{c\,v_i} + \varepsilon)$:
 * what multiplies coordinate i of the direction (g for AdaGrad and RMSProp, $\hat m$ for Adam).
 * AdaGrad: v = s (the sum of g²), c = 1; RMSProp: v = EMA of g², c = 1; Adam: v = EMA of g²,
 * c = 1/(1 − β₂ᵗ). For SGD every coordinate gets η. Reference: Duchi et al. (2011); Kingma & Ba (2015).
 */
export function adaptiveStepSizes(
  lr: number,
  accumulator: Vec,
  { eps = 0, correction = 1, epsInsideSqrt = false }: AdaptiveStepSizesOptions = {},
): Float64Array {
  nonNegative('adaptiveStepSizes', 'lr', lr);
  nonNegative('adaptiveStepSizes', 'eps', eps);
  nonNegative('adaptiveStepSizes', 'correction', correction);
  const out = new Float64Array(accumulator.length);
  for (let i = 0; i < out.length; i++) {
    const v = correction * accumulator[i];
    out[i] = lr / (epsInsideSqrt ? Math.sqrt(v + eps) : Math.sqrt(v) + eps);
  }
  return out;
}
