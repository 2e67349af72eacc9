export interface XY {
  x: number;
  y: number;
}

/**
 * cleanPoints(points, logX, logY) drops points that cannot be drawn: non-finite, or ≤ 0 on a
 * log axis. This is where NaN stops — a chart never receives it.
 */
export function cleanPoints(points: readonly XY[], logX: boolean, logY: boolean): XY[] {
  return points.filter(
    (p) => Number.isFinite(p.x) && Number.isFinite(p.y) && (!logX || p.x > 0) && (!logY || p.y > 0),
  );
}

/**
 * downsample(points, max, logX) keeps at most `max` points: evenly spaced by index, or
 * log-spaced by index when the x-axis is logarithmic (so early steps are not lost). The first
 * and last points are always kept.
 */
export function downsample(points: readonly XY[], max: number, logX: boolean): XY[] {
  const n = points.length;
  if (n <= max || max < 2) return points.slice();
  const keep = new Set<number>([0, n - 1]);
  for (let k = 1; k < max - 1; k++) {
    const idx = logX
      ? Math.round(Math.exp((Math.log(n) * k) / (max - 1))) - 1
      : Math.round(((n - 1) * k) / (max - 1));
    keep.add(Math.min(n - 1, Math.max(0, idx)));
  }
  return [...keep].sort((a, b) => a - b).map((i) => points[i]);
}

/**
 * mergeSeries(series) → rows keyed by x, one column per series id (Recharts' data shape for a
 * shared tooltip). Missing values stay undefined so lines connect over them.
 */
export function mergeSeries(
  series: readonly { id: string; points: readonly XY[] }[],
): Record<string, number>[] {
  const rows = new Map<number, Record<string, number>>();
  for (const s of series) {
    for (const p of s.points) {
      let row = rows.get(p.x);
      if (!row) {
        row = { x: p.x };
        rows.set(p.x, row);
      }
      row[s.id] = p.y;
    }
  }
  return [...rows.values()].sort((a, b) => a.x - b.x);
}

/** logDomain(values) → [10^⌊log10 min⌋, 10^⌈log10 max⌉] and the powers of ten between, for a log axis. */
export function logDomain(values: readonly number[]): { domain: [number, number]; ticks: number[] } {
  const pos = values.filter((v) => v > 0 && Number.isFinite(v));
  if (pos.length === 0) return { domain: [1e-3, 1], ticks: [1e-3, 1e-2, 1e-1, 1] };
  let lo = Math.floor(Math.log10(Math.min(...pos)));
  let hi = Math.ceil(Math.log10(Math.max(...pos)));
  if (hi === lo) hi = lo + 1;
  const ticks: number[] = [];
  const every = Math.max(1, Math.ceil((hi - lo) / 8));
  for (let e = lo; e <= hi; e += every) ticks.push(10 ** e);
  if (ticks[ticks.length - 1] < 10 ** hi) {
    hi = Math.log10(ticks[ticks.length - 1]) + every;
    ticks.push(10 ** hi);
  }
  lo = Math.log10(ticks[0]);
  return { domain: [10 ** lo, 10 ** hi], ticks };
}

/** tightLogAxis(values) → the data's own [min, max] with the powers of ten inside as ticks (plus the ends). */
export function tightLogAxis(values: readonly number[]): { domain: [number, number]; ticks: number[] } {
  const pos = values.filter((v) => v > 0 && Number.isFinite(v));
  if (pos.length === 0) return logDomain(pos);
  const lo = Math.min(...pos);
  const hi = Math.max(...pos);
  if (hi === lo) return logDomain(pos);
  const ticks: number[] = [];
  for (let e = Math.ceil(Math.log10(lo) - 1e-9); e <= Math.floor(Math.log10(hi) + 1e-9); e++)
    ticks.push(10 ** e);
  if (ticks.length < 2) return { domain: [lo, hi], ticks: [lo, hi] };
  return { domain: [lo, hi], ticks };
}
