import type { Transform, Vec } from '../types.ts';
import { positive } from '../internal/validate.ts';
import { layoutResolver, blockSize, type ParamLayout } from '../matrices/paramLayout.ts';

export interface ClipByBlockRmsOptions {
  /** d, default 1 (Shazeer & Stern 2018, Section 6 and 9). */
  threshold?: number;
  /** Blocks whose RMS is measured separately; default: the whole vector. */
  layout?: ParamLayout;
}

/**
 * Adafactor's update clipping (Shazeer & Stern 2018, Section 6, Algorithm 4 line 8):
 * per block, $\hat U = U / \max(1, \mathrm{RMS}(U)/d)$ with $\mathrm{RMS}(U) = \lVert U\rVert_2/\sqrt{\#U}$ —
 * a cap on the root-mean-square of the update, which tames the large steps a slow second-moment
 * estimate (β₂ near 1) produces when gradients grow suddenly. Stateless.
 */
export function clipByBlockRms(options: ClipByBlockRmsOptions = {}): Transform<Record<string, never>> {
  const { threshold = 1, layout } = options;
  positive('clipByBlockRms', 'threshold', threshold);
  const resolve = layoutResolver('clipByBlockRms', layout);
  return {
    freshUpdates: true,
    init: () => ({}),
    update(grads: Vec, state: Record<string, never>) {
      const out = new Float64Array(grads.length);
      for (const b of resolve(grads.length)) {
        const o = b.offset;
        const size = blockSize(b);
        let ss = 0;
        for (let i = o; i < o + size; i++) ss += grads[i] * grads[i];
        const rms = Math.sqrt(ss) / Math.sqrt(size);
        const div = Math.max(rms / threshold, 1);
        for (let i = o; i < o + size; i++) out[i] = grads[i] / div;
      }
      return { updates: out, state };
    },
  };
}
