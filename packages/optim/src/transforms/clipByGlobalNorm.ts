import type { Transform, Vec } from '../types.ts';
import { nonNegative, positive } from '../internal/validate.ts';

export interface ClipByGlobalNormOptions {
  /** Largest allowed ‖g‖₂. */
  maxNorm: number;
  /**
   * Added to the norm in the scale c = maxNorm/(‖g‖ + eps). 1e-6 is PyTorch's
   * `clip_grad_norm_`; optax's `clip_by_global_norm` uses c = maxNorm/‖g‖ (eps = 0).
   */
  eps?: number;
}

export interface ClipByGlobalNormState {
  /** ‖g‖₂ of the last gradient seen (0 before the first update): for widgets. */
  lastNorm: number;
}

/**
 * g ← g · min(1, maxNorm/(‖g‖₂ + ε)). Reference: PyTorch `torch.nn.utils.clip_grad_norm_`;
 * Pascanu, Mikolov & Bengio (2013), On the difficulty of training recurrent neural networks.
 */
export function clipByGlobalNorm({
  maxNorm,
  eps = 1e-6,
}: ClipByGlobalNormOptions): Transform<ClipByGlobalNormState> {
  positive('clipByGlobalNorm', 'maxNorm', maxNorm);
  nonNegative('clipByGlobalNorm', 'eps', eps);
  return {
    freshUpdates: true,
    init: () => ({ lastNorm: 0 }),
    update(grads: Vec) {
      const n = grads.length;
      let ss = 0;
      for (let i = 0; i < n; i++) ss += grads[i] * grads[i];
      const norm = Math.sqrt(ss);
      const c = Math.min(1, maxNorm / (norm + eps));
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = c * grads[i];
      return { updates: out, state: { lastNorm: norm } };
    },
  };
}
