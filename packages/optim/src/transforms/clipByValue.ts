import type { Transform, Vec } from '../types.ts';
import { positive } from '../internal/validate.ts';

export interface ClipByValueOptions {
  /** Every coordinate is clamped to [−clipValue, clipValue]. */
  clipValue: number;
}

/**
 * $g_i \leftarrow \min(c, \max(-c, g_i))$ for every coordinate separately. Unlike
 * {@link clipByGlobalNorm} it can change the gradient's *direction* (large coordinates are cut,
 * small ones kept). Reference: PyTorch `torch.nn.utils.clip_grad_value_`; optax `clip`.
 */
export function clipByValue({ clipValue }: ClipByValueOptions): Transform<Record<string, never>> {
  positive('clipByValue', 'clipValue', clipValue);
  return {
    freshUpdates: true,
    init: () => ({}),
    update(grads: Vec, state: Record<string, never>) {
      const n = grads.length;
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const g = grads[i];
        out[i] = g < -clipValue ? -clipValue : g > clipValue ? clipValue : g;
      }
      return { updates: out, state };
    },
  };
}
