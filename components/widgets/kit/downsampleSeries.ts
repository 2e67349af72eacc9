/**
 * downsampleSeries(points, { max, logX, keep }) → the indices of at most `max` points (plus any
 * in `keep`) to draw, chosen evenly along the x-axis as drawn: in x on a linear axis, in log x on
 * a log axis, so each pixel column gets about the same number of points wherever the data is dense.
 * The first and last points are always kept, and so is every index in `keep` (e.g. the point where
 * a run diverged), so a thinned curve still starts, ends and stops where the full one does.
 *
 * Why indices rather than points: a caller thinning several parallel arrays (gap, variance, …)
 * of the same run can apply one selection to all of them. Works on any `x(i)`, so the model's own
 * point shape never has to be copied into {x, y} first.
 */
export interface DownsampleOptions {
  /** Target number of points (≥ 2); `keep` may add a few more. */
  max: number;
  /** Spread the choice evenly in log x (the axis is logarithmic); points with x ≤ 0 are kept as they come. */
  logX?: boolean;
  /** Indices that must survive (out-of-range ones are ignored). */
  keep?: readonly number[];
}

export function downsampleIndices(
  n: number,
  x: (i: number) => number,
  { max, logX = false, keep = [] }: DownsampleOptions,
): number[] {
  if (n <= Math.max(2, max)) return Array.from({ length: n }, (_, i) => i);
  const t = (i: number) => {
    const v = x(i);
    return logX ? (v > 0 ? Math.log(v) : Number.NEGATIVE_INFINITY) : v;
  };
  const chosen = new Set<number>([0, n - 1]);
  for (const k of keep) if (Number.isInteger(k) && k >= 0 && k < n) chosen.add(k);
  // Find the first and last drawable positions to span the grid between them.
  let lo = 0;
  while (lo < n && !Number.isFinite(t(lo))) chosen.add(lo++);
  let hi = n - 1;
  while (hi > lo && !Number.isFinite(t(hi))) hi--;
  const t0 = t(lo);
  const t1 = t(hi);
  if (!(t1 > t0)) return [...chosen].sort((a, b) => a - b);
  // One point per slot of an even grid in t: the first point at or after each grid mark.
  // x is assumed non-decreasing (passes, steps, sizes), so a single forward scan suffices.
  const slots = Math.max(2, max) - 1;
  // A little slack so rounding in log/division never skips past a point sitting exactly on a mark.
  const eps = (t1 - t0) * 1e-9;
  let i = lo;
  for (let s = 0; s <= slots; s++) {
    const mark = t0 + ((t1 - t0) * s) / slots;
    while (i < hi && t(i) < mark - eps) i++;
    chosen.add(i);
  }
  return [...chosen].sort((a, b) => a - b);
}

/** downsampleSeries(points, x, options) → the chosen points themselves (see downsampleIndices). */
export function downsampleSeries<P>(
  points: readonly P[],
  x: (p: P) => number,
  options: DownsampleOptions,
): P[] {
  return downsampleIndices(points.length, (i) => x(points[i]), options).map((i) => points[i]);
}
