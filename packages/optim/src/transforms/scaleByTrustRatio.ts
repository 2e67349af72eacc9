import type { Transform, Vec } from '../types.ts';
import { nonNegative, vecOfLength } from '../internal/validate.ts';
import { layoutResolver, blockSize, type ParamLayout } from '../matrices/paramLayout.ts';

export interface ScaleByTrustRatioOptions {
  /** Blocks (layers) with their own ratio; default: the whole vector. */
  layout?: ParamLayout;
  /** γ_l: lower clamp of ‖θ‖ in φ, default 0. */
  minNorm?: number;
  /** γ_u: upper clamp of ‖θ‖ in φ, default ∞ (φ = identity). cybertronai/pytorch-lamb uses 10. */
  maxNorm?: number;
}

export interface ScaleByTrustRatioState {
  /** The ratio φ(‖θ_b‖)/‖u_b‖ each block received in the last update (1 where a norm was 0). */
  ratios: number[];
}

/**
 * Layer-wise trust ratio (You et al. 2020, "Large Batch Optimization for Deep Learning: Training
 * BERT in 76 minutes", Algorithm 2 last line): per block b,
 * $u_b \leftarrow \dfrac{\phi(\lVert\theta_b\rVert)}{\lVert u_b\rVert}\,u_b$ with $\phi(z) = \min(\max(z, \gamma_l), \gamma_u)$,
 * so every layer moves by φ(‖θ_b‖) times the learning rate, whatever its gradient scale.
 * When ‖θ_b‖ = 0 (e.g. a bias initialised at zero) or ‖u_b‖ = 0 the ratio is 1: the paper leaves
 * the case open; this is the convention of optax `scale_by_trust_ratio`, NVIDIA apex `FusedLAMB`,
 * GluonNLP and torch-optimizer (otherwise a zero-initialised block would never move).
 */
export function scaleByTrustRatio(options: ScaleByTrustRatioOptions = {}): Transform<ScaleByTrustRatioState> {
  const fn = 'scaleByTrustRatio';
  const { layout, minNorm = 0, maxNorm = Infinity } = options;
  nonNegative(fn, 'minNorm', minNorm);
  if (typeof maxNorm !== 'number' || !(maxNorm >= minNorm)) {
    throw new RangeError(`${fn}: maxNorm must be a number ≥ minNorm, got ${String(maxNorm)}`);
  }
  const resolve = layoutResolver(fn, layout);
  return {
    freshUpdates: true,
    init: () => ({ ratios: [] }),
    update(grads: Vec, _state: ScaleByTrustRatioState, params: Vec) {
      vecOfLength(fn, 'params', params, grads.length);
      const out = new Float64Array(grads.length);
      const ratios = resolve(grads.length).map((b) => {
        const o = b.offset;
        const size = blockSize(b);
        let pp = 0;
        let uu = 0;
        for (let i = o; i < o + size; i++) {
          pp += params[i] * params[i];
          uu += grads[i] * grads[i];
        }
        const wNorm = Math.min(Math.max(Math.sqrt(pp), minNorm), maxNorm);
        const uNorm = Math.sqrt(uu);
        const ratio = wNorm === 0 || uNorm === 0 ? 1 : wNorm / uNorm;
        for (let i = o; i < o + size; i++) out[i] = ratio * grads[i];
        return ratio;
      });
      return { updates: out, state: { ratios } };
    },
  };
}
