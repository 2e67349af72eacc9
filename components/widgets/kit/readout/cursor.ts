import { formatNumber } from '../formatNumber.ts';

/** A cursor on a plot's grid: integer column i in [0, nx), row j in [0, ny). */
export interface GridCursor {
  i: number;
  j: number;
}

const clampInt = (v: number, lo: number, hi: number) =>
  Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v))) : lo;

/**
 * Keyboard step on the grid: arrows move one cell, Shift+arrow ten, Home/End jump to the first /
 * last column. Returns null for keys the readout does not own (so the page keeps them).
 */
export function stepCursor(
  c: GridCursor,
  key: string,
  shift: boolean,
  nx: number,
  ny: number,
): GridCursor | null {
  const n = shift ? 10 : 1;
  const lastX = Math.max(0, nx - 1);
  const lastY = Math.max(0, ny - 1);
  const at = (i: number, j: number) => ({ i: clampInt(i, 0, lastX), j: clampInt(j, 0, lastY) });
  switch (key) {
    case 'ArrowLeft':
      return at(c.i - n, c.j);
    case 'ArrowRight':
      return at(c.i + n, c.j);
    case 'ArrowUp':
      return at(c.i, c.j + n);
    case 'ArrowDown':
      return at(c.i, c.j - n);
    case 'Home':
      return at(0, c.j);
    case 'End':
      return at(lastX, c.j);
    default:
      return null;
  }
}

/** Snap a continuous value in [lo, hi] to the nearest of n evenly spaced grid indices. */
export function snapToGrid(v: number, lo: number, hi: number, n: number): number {
  if (n <= 1 || !(hi > lo)) return 0;
  return clampInt(((v - lo) / (hi - lo)) * (n - 1), 0, n - 1);
}

/** Index of the point nearest (x, y) in Euclidean distance; −1 for an empty or all-NaN list. */
export function nearestPoint(points: ReadonlyArray<readonly [number, number]>, x: number, y: number): number {
  let best = -1;
  let bestD = Infinity;
  for (let k = 0; k < points.length; k++) {
    const [px, py] = points[k];
    const d = (px - x) ** 2 + (py - y) ** 2;
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best;
}

/** The live line: "θ₁ = 0.5, θ₂ = −1.2, f(θ) = 3.1" from labelled values, via the kit's formatNumber. */
export function readoutLine(values: ReadonlyArray<readonly [string, number | string]>): string {
  return values.map(([k, v]) => `${k} = ${typeof v === 'number' ? formatNumber(v) : v}`).join(', ');
}

/** An evenly spaced axis of cursor positions: value at index i, and the index nearest a value. */
export interface AxisGrid {
  n: number;
  at: (i: number) => number;
  index: (v: number) => number;
}

/**
 * axisGrid(lo, hi, step, anchor) → the positions lo ≤ anchor + k·step ≤ hi (k an integer), so a
 * keyboard cursor that starts at `anchor` (a start point) moves in exact steps from it.
 * Without an anchor the grid starts at lo. Degenerate ranges or steps give a one-point grid.
 */
export function axisGrid(lo: number, hi: number, step: number, anchor = lo): AxisGrid {
  if (!(hi > lo) || !(step > 0) || !Number.isFinite(lo) || !Number.isFinite(hi)) {
    const v = Number.isFinite(lo) ? lo : 0;
    return { n: 1, at: () => v, index: () => 0 };
  }
  const a = Number.isFinite(anchor) ? Math.min(hi, Math.max(lo, anchor)) : lo;
  // The first grid point at or above lo (with a hair of slack for floating-point steps).
  const first = a - Math.floor((a - lo) / step + 1e-9) * step;
  const n = Math.floor((hi - first) / step + 1e-9) + 1;
  return {
    n,
    at: (i) => first + clampInt(i, 0, n - 1) * step,
    index: (v) => clampInt((v - first) / step, 0, n - 1),
  };
}
