import { contours } from 'd3-contour';

export type Point = readonly [number, number];
export type Domain = { x: readonly [number, number]; y: readonly [number, number] };

/**
 * sampleGrid(f, domain, n) → n×n values of f at cell centres, row-major with y increasing by
 * row (d3-contour's layout). Non-finite values are replaced by the largest finite one so a
 * single overflow cannot poison the contour tracing.
 */
export function sampleGrid(
  f: (x: number, y: number) => number,
  domain: Domain,
  n: number,
): { values: Float64Array; min: number; max: number } {
  const values = new Float64Array(n * n);
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;
  let min = Infinity;
  let max = -Infinity;
  for (let j = 0; j < n; j++) {
    const y = y0 + ((j + 0.5) / n) * (y1 - y0);
    for (let i = 0; i < n; i++) {
      const v = f(x0 + ((i + 0.5) / n) * (x1 - x0), y);
      values[j * n + i] = v;
      if (Number.isFinite(v)) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
  }
  for (let k = 0; k < values.length; k++) if (!Number.isFinite(values[k])) values[k] = max;
  return { values, min, max };
}

/**
 * logLevels(fmin, fmax, count, floor) → `count` thresholds whose gaps above `floor` (the
 * minimum value, f*) grow geometrically, so the bowl near the minimizer gets as many lines as
 * the steep walls. The smallest gap is (fmax − floor)·10⁻³.
 */
export function logLevels(floor: number, fmax: number, count: number): number[] {
  const range = fmax - floor;
  if (!(range > 0) || !Number.isFinite(range) || count < 1) return [];
  const lo = Math.log(range * 1e-3);
  const hi = Math.log(range * 0.9);
  const out: number[] = [];
  for (let k = 0; k < count; k++) out.push(floor + Math.exp(lo + ((hi - lo) * k) / Math.max(1, count - 1)));
  return out;
}

/**
 * contourPaths(values, n, levels, toPx) → one SVG path string per level. d3-contour returns
 * polygons in grid units [0, n]; `toPx` maps grid units to the drawing's pixels.
 */
export function contourPaths(
  values: Float64Array,
  n: number,
  levels: number[],
  toPx: (gx: number, gy: number) => Point,
): { level: number; d: string }[] {
  const gen = contours().size([n, n]).thresholds(levels);
  return gen(Array.from(values)).map((mp) => {
    let d = '';
    for (const polygon of mp.coordinates) {
      for (const ring of polygon) {
        ring.forEach(([gx, gy], k) => {
          const [px, py] = toPx(gx, gy);
          d += `${k === 0 ? 'M' : 'L'}${px.toFixed(1)},${py.toFixed(1)}`;
        });
        d += 'Z';
      }
    }
    return { level: mp.value, d };
  });
}

/** polylinePath(points, toPx) → an SVG path through the points; stops at the first non-finite one. */
export function polylinePath(points: readonly Point[], toPx: (x: number, y: number) => Point): string {
  let d = '';
  for (let k = 0; k < points.length; k++) {
    const [x, y] = points[k];
    if (!Number.isFinite(x) || !Number.isFinite(y)) break;
    const [px, py] = toPx(x, y);
    // Clamp far-away points so the path stays drawable; the clip path hides the excess.
    const cx = Math.max(-1e4, Math.min(1e4, px));
    const cy = Math.max(-1e4, Math.min(1e4, py));
    d += `${k === 0 ? 'M' : 'L'}${cx.toFixed(1)},${cy.toFixed(1)}`;
  }
  return d;
}
