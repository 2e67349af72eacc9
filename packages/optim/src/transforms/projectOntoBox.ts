import type { Transform, Vec } from '../types.ts';
import { finite, vecOfLength } from '../internal/validate.ts';

export interface ProjectOntoBoxOptions {
  /** Lower bound of every coordinate. */
  lo: number;
  /** Upper bound of every coordinate (≥ lo). */
  hi: number;
}

/**
 * The projection step of projected (online) gradient methods, as the last part of a chain:
 * the update u becomes $\Pi(\theta + u) - \theta$ with $\Pi(y)_i = \min(\mathrm{hi}, \max(\mathrm{lo}, y_i))$,
 * so that applying it lands on the box $[\mathrm{lo}, \mathrm{hi}]^d$. On a box the Euclidean projection is
 * coordinate-wise clipping, and so is the weighted projection $\Pi_{\mathcal F, \sqrt{V_t}}$ of
 * Reddi, Kale & Kumar (2018) for any diagonal $V_t$: the box is a product of intervals.
 * Reference: Zinkevich (2003), online gradient descent; Reddi et al. (2018), Algorithms 1–2.
 */
export function projectOntoBox({ lo, hi }: ProjectOntoBoxOptions): Transform<Record<string, never>> {
  const fn = 'projectOntoBox';
  finite(fn, 'lo', lo);
  finite(fn, 'hi', hi);
  if (!(hi >= lo)) throw new RangeError(`${fn}: hi must be ≥ lo, got lo = ${lo}, hi = ${hi}`);
  return {
    freshUpdates: true,
    init: () => ({}),
    update(grads: Vec, state: Record<string, never>, params: Vec) {
      const n = grads.length;
      vecOfLength(fn, 'params', params, n);
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const y = params[i] + grads[i];
        // NaN stays NaN (a diverged update is reported, not hidden by the clip).
        const p = y < lo ? lo : y > hi ? hi : y;
        out[i] = p - params[i];
      }
      return { updates: out, state };
    },
  };
}
