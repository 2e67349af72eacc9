import { downsampleIndices } from './downsampleSeries.ts';

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
 * downsample(points, max, logX) keeps at most `max` points, spread evenly along the x-axis as
 * drawn (the kit's one downsampler, downsampleSeries.ts); the first and last are always kept.
 */
export function downsample(points: readonly XY[], max: number, logX: boolean): XY[] {
  return downsampleIndices(points.length, (i) => points[i].x, { max, logX }).map((i) => points[i]);
}

/**
 * mergeSeries(series) → rows keyed by x, one column per series id (the chart's data table and
 * its readout). Missing values stay undefined.
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

/**
 * The kit's one power-of-ten tick generator: the powers of ten inside [lo, hi], at most ~8 (every
 * k-th decade when the range is wide, k chosen so the last tick is the top decade when that is a
 * power of ten); the ends if there are none.
 */
export function powersOfTen([lo, hi]: readonly [number, number]): number[] {
  if (!(lo > 0) || !(hi > lo)) return [lo, hi].filter(Number.isFinite);
  const a = Math.ceil(Math.log10(lo) - 1e-9);
  const b = Math.floor(Math.log10(hi) + 1e-9);
  if (b < a) return [lo, hi];
  const every = Math.max(1, Math.ceil((b - a) / 8));
  const out: number[] = [];
  for (let e = a; e <= b; e += every) out.push(10 ** e);
  return out;
}

/** logDomain(values) → whole decades [10^⌊log10 min⌋, 10^⌈log10 max⌉] (widened so the top is a tick) and their ticks. */
export function logDomain(values: readonly number[]): { domain: [number, number]; ticks: number[] } {
  const pos = values.filter((v) => v > 0 && Number.isFinite(v));
  if (pos.length === 0) return { domain: [1e-3, 1], ticks: [1e-3, 1e-2, 1e-1, 1] };
  const lo = Math.floor(Math.log10(Math.min(...pos)));
  let hi = Math.ceil(Math.log10(Math.max(...pos)));
  if (hi === lo) hi = lo + 1;
  const every = Math.max(1, Math.ceil((hi - lo) / 8));
  hi = lo + Math.ceil((hi - lo) / every) * every;
  const domain: [number, number] = [10 ** lo, 10 ** hi];
  return { domain, ticks: powersOfTen(domain) };
}

/** tightLogAxis(values) → the data's own [min, max] with the powers of ten inside as ticks (or the ends). */
export function tightLogAxis(values: readonly number[]): { domain: [number, number]; ticks: number[] } {
  const pos = values.filter((v) => v > 0 && Number.isFinite(v));
  if (pos.length === 0) return logDomain(pos);
  const lo = Math.min(...pos);
  const hi = Math.max(...pos);
  if (hi === lo) return logDomain(pos);
  const ticks = powersOfTen([lo, hi]);
  return { domain: [lo, hi], ticks: ticks.length < 2 ? [lo, hi] : ticks };
}
