import type { Transform, Vec } from '../types.ts';
import { nonNegative, vecOfLength } from '../internal/validate.ts';
import { layoutResolver, blockSize, type ParamLayout } from '../matrices/paramLayout.ts';

export interface ScaleByLarsOptions {
  /** η, the trust coefficient, default 0.001 (You, Gitman & Ginsburg 2017). */
  trustCoefficient?: number;
  /** β, the weight decay folded into the ratio and the direction, default 0. */
  weightDecay?: number;
  /** ε added to the ratio's denominator, default 0 (the paper; TensorFlow's LARSOptimizer has it too). */
  eps?: number;
  /** Blocks (layers) with their own local rate; default: the whole vector. */
  layout?: ParamLayout;
}

export interface ScaleByLarsState {
  /** The local rate λ_b each block received in the last update. */
  localRates: number[];
}

/**
 * LARS's local learning rate (You, Gitman & Ginsburg 2017, "Large Batch Training of Convolutional
 * Networks", eq. 6 and Algorithm 1): per layer b,
 * $\lambda_b = \eta\,\dfrac{\lVert w_b\rVert}{\lVert g_b\rVert + \beta\lVert w_b\rVert + \varepsilon}$,
 * $u_b = \lambda_b\,(g_b + \beta w_b)$. The denominator is ‖g‖ + β‖w‖ (the paper), not
 * ‖g + βw‖ (optax's `lars` applies its trust ratio after adding the decay). When ‖w_b‖ = 0 or
 * ‖g_b‖ = 0, λ_b = 1: TensorFlow's `LARSOptimizer` convention (the paper does not say).
 */
export function scaleByLars(options: ScaleByLarsOptions = {}): Transform<ScaleByLarsState> {
  const fn = 'scaleByLars';
  const { trustCoefficient = 0.001, weightDecay = 0, eps = 0, layout } = options;
  nonNegative(fn, 'trustCoefficient', trustCoefficient);
  nonNegative(fn, 'weightDecay', weightDecay);
  nonNegative(fn, 'eps', eps);
  const resolve = layoutResolver(fn, layout);
  return {
    freshUpdates: true,
    init: () => ({ localRates: [] }),
    update(grads: Vec, _state: ScaleByLarsState, params: Vec) {
      vecOfLength(fn, 'params', params, grads.length);
      const out = new Float64Array(grads.length);
      const localRates = resolve(grads.length).map((b) => {
        const o = b.offset;
        const size = blockSize(b);
        let ww = 0;
        let gg = 0;
        for (let i = o; i < o + size; i++) {
          ww += params[i] * params[i];
          gg += grads[i] * grads[i];
        }
        const wNorm = Math.sqrt(ww);
        const gNorm = Math.sqrt(gg);
        const rate =
          wNorm > 0 && gNorm > 0 ? (trustCoefficient * wNorm) / (gNorm + weightDecay * wNorm + eps) : 1;
        for (let i = o; i < o + size; i++) out[i] = rate * (grads[i] + weightDecay * params[i]);
        return rate;
      });
      return { updates: out, state: { localRates } };
    },
  };
}
