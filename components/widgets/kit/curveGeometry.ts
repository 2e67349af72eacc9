import { scaleLinear, scaleLog } from 'd3-scale';
import { logDomain, powersOfTen, tightLogAxis, type XY } from './chartData.ts';

/**
 * The geometry of a CurveChart, as pure functions: the plot box inside the margins, the axis
 * scales and ticks, and SVG path strings. No React here, so it is cheap to test and to reuse.
 */

/** Margins of the plot area: room for the y ticks and title (left) and the x ticks and title (bottom). */
export const CHART_MARGIN = { top: 8, right: 16, bottom: 52, left: 66 } as const;

export interface ChartBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

export function chartBox(width: number, height: number): ChartBox {
  return {
    width,
    height,
    left: CHART_MARGIN.left,
    right: Math.max(CHART_MARGIN.left + 1, width - CHART_MARGIN.right),
    top: CHART_MARGIN.top,
    bottom: Math.max(CHART_MARGIN.top + 1, height - CHART_MARGIN.bottom),
  };
}

export interface AxisScale {
  /** Data value → pixel (clamped far outside so paths stay drawable; the clip path hides the rest). */
  toPx: (v: number) => number;
  /** Pixel → data value (for the tooltip's nearest point). */
  fromPx: (px: number) => number;
  domain: [number, number];
  ticks: number[];
}

/**
 * axisScale(values, { log, range, fixed, nice }) → the scale of one axis.
 * Log axes: powers of ten (tight to the data on x, widened to whole decades on y). Linear axes: the data's extent, widened to round numbers when `nice`
 * (the y axis) and kept tight otherwise (the x axis), with about five round ticks.
 */
export function axisScale(
  values: readonly number[],
  {
    log,
    range,
    fixed,
    nice,
  }: { log: boolean; range: [number, number]; fixed?: readonly [number, number]; nice: boolean },
): AxisScale {
  const finite = values.filter((v) => Number.isFinite(v) && (!log || v > 0));
  let domain: [number, number];
  let ticks: number[];
  if (fixed) {
    domain = [fixed[0], fixed[1]];
    ticks = log ? powersOfTen(domain) : scaleLinear().domain(domain).ticks(5);
  } else if (log) {
    ({ domain, ticks } = nice ? logDomain(finite) : tightLogAxis(finite));
  } else if (finite.length === 0) {
    domain = [0, 1];
    ticks = [0, 0.25, 0.5, 0.75, 1];
  } else {
    let lo = Math.min(...finite);
    let hi = Math.max(...finite);
    if (lo === hi) {
      const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
      lo -= pad;
      hi += pad;
    }
    const s = scaleLinear().domain([lo, hi]);
    if (nice) s.nice(5);
    domain = s.domain() as [number, number];
    ticks = s.ticks(5);
  }
  const base =
    log && domain[0] > 0 && domain[1] > 0
      ? scaleLog().domain(domain).range(range)
      : scaleLinear().domain(domain).range(range);
  const clampPx = (p: number) => (Number.isFinite(p) ? Math.max(-1e4, Math.min(1e4, p)) : NaN);
  return { toPx: (v) => clampPx(base(v)), fromPx: (p) => base.invert(p), domain, ticks };
}

/** linePath(points, sx, sy) → "M…L…" through the points (already cleaned: finite, positive on log axes). */
export function linePath(
  points: readonly XY[],
  sx: (v: number) => number,
  sy: (v: number) => number,
): string {
  let d = '';
  for (const p of points) {
    const x = sx(p.x);
    const y = sy(p.y);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    d += `${d ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
  }
  return d;
}

/** nearestIndex(sorted, x) → the index of the value closest to x in an ascending array (−1 if empty). */
export function nearestIndex(sorted: readonly number[], x: number): number {
  if (sorted.length === 0 || !Number.isFinite(x)) return -1;
  let lo = 0;
  let hi = sorted.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid;
    else hi = mid;
  }
  return Math.abs(sorted[hi] - x) < Math.abs(sorted[lo] - x) ? hi : lo;
}
