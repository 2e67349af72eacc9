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
 * contourPaths(values, n, levels, toPx) → one SVG path string per level (ringsPath). d3-contour
 * returns polygons in grid units [0, n]; `toPx` maps grid units to the drawing's pixels.
 */
export function contourPaths(
  values: Float64Array,
  n: number,
  levels: number[],
  toPx: (gx: number, gy: number) => Point,
): { level: number; d: string }[] {
  const gen = contours().size([n, n]).thresholds(levels);
  return gen(Array.from(values)).map((mp) => ({
    level: mp.value,
    d: ringsPath(
      mp.coordinates.flatMap((polygon) => polygon.map((ring) => ring.map(([gx, gy]) => toPx(gx, gy)))),
    ),
  }));
}

/** A coordinate in tenths of a pixel, written as briefly as SVG allows: 12.0 → "12", 0.5 → ".5". */
function tenths(v: number): string {
  const neg = v < 0;
  const a = Math.abs(v);
  const whole = Math.floor(a / 10);
  const frac = a % 10;
  const body = frac === 0 ? `${whole}` : whole === 0 ? `.${frac}` : `${whole}.${frac}`;
  return neg ? `-${body}` : body;
}

/**
 * ringsPath(rings) → closed rings (points in pixels) as one SVG path, to 0.1 px: the first ring
 * starts with an absolute move, each later one with a move relative to the ring before, and every
 * edge is a relative line. A point where the ring runs straight on is left out (d3-contour puts
 * one on every grid line a ring crosses, and one per cell along the plot's edge), as is a point
 * that rounds onto the one before. It draws what absolute coordinates at 0.1 px draw, fill and
 * stroke, in about half the text: a lesson's server-rendered contour plots are a third of its HTML
 * after gzip, which a phone downloads before its first paint (issue 33).
 */
export function ringsPath(rings: readonly (readonly Point[])[]): string {
  let d = '';
  let startX = 0;
  let startY = 0;
  let first = true;
  for (const ring of rings) {
    const pts: [number, number][] = [];
    for (const [px, py] of ring) {
      const q: [number, number] = [Math.round(px * 10), Math.round(py * 10)];
      const last = pts[pts.length - 1];
      if (last && last[0] === q[0] && last[1] === q[1]) continue;
      if (pts.length >= 2) {
        const a = pts[pts.length - 2];
        const b = last;
        const cross = (b[0] - a[0]) * (q[1] - b[1]) - (b[1] - a[1]) * (q[0] - b[0]);
        const dot = (b[0] - a[0]) * (q[0] - b[0]) + (b[1] - a[1]) * (q[1] - b[1]);
        if (cross === 0 && dot > 0) pts.pop();
      }
      pts.push(q);
    }
    // A ring is closed by `z`: its repeated first point is not written.
    const end = pts[pts.length - 1];
    if (pts.length > 1 && end[0] === pts[0][0] && end[1] === pts[0][1]) pts.pop();
    if (pts.length === 0) continue;
    const [x0, y0] = pts[0];
    let out = first ? `M${tenths(x0)}` : `m${tenths(x0 - startX)}`;
    const num = (v: number) => {
      const t = tenths(v);
      out += t[0] === '-' ? t : ` ${t}`;
    };
    num(first ? y0 : y0 - startY);
    if (pts.length > 1) {
      out += 'l';
      const [dx, dy] = [pts[1][0] - x0, pts[1][1] - y0];
      out += tenths(dx);
      num(dy);
      for (let k = 2; k < pts.length; k++) {
        num(pts[k][0] - pts[k - 1][0]);
        num(pts[k][1] - pts[k - 1][1]);
      }
    }
    d += `${out}z`;
    startX = x0;
    startY = y0;
    first = false;
  }
  return d;
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
