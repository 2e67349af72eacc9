import type { Schedule } from '../types.ts';
import { nonNegative } from '../internal/validate.ts';

export interface InverseTimeLROptions {
  lr: number;
  /** k in γ/(1 + k t). */
  decay: number;
}

/**
 * $\gamma_t = \gamma/(1 + k t)$: satisfies the Robbins–Monro conditions Σγ_t = ∞, Σγ_t² < ∞.
 * Keras' `InverseTimeDecay` with decay_steps = 1; PyTorch has no built-in (use LambdaLR).
 * Reference: Robbins & Monro (1951), A Stochastic Approximation Method.
 */
export function inverseTimeLR({ lr, decay }: InverseTimeLROptions): Schedule {
  nonNegative('inverseTimeLR', 'lr', lr);
  nonNegative('inverseTimeLR', 'decay', decay);
  return (t) => lr / (1 + decay * t);
}
