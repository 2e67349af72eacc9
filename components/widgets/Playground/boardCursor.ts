// The decision plot's cursor: a cell of the GRID × GRID board that the pointer or the arrow keys
// move, and the sentence the aria-live readout speaks for it. Pure; BoundaryBoards draws it.
import { DOMAIN, type Problem } from './model.ts';

/** A cell of the board: row 0 at the top (largest x₂), column 0 at the left (smallest x₁). */
export interface Cell {
  r: number;
  c: number;
}

const clampIndex = (i: number, res: number) => Math.min(res - 1, Math.max(0, Math.floor(i)));

/** The centre of a cell in the plane (the point the grid's prediction was computed at). */
export function cellCentre(cell: Cell, res: number): { x1: number; x2: number } {
  const h = (2 * DOMAIN) / res;
  return { x1: -DOMAIN + (cell.c + 0.5) * h, x2: DOMAIN - (cell.r + 0.5) * h };
}

/** The cell under a point given as fractions of the board's width and height (0 … 1, from the top left). */
export function cellAtFraction(fx: number, fy: number, res: number): Cell {
  const safe = (f: number) => (Number.isFinite(f) ? f : 0.5);
  return { r: clampIndex(safe(fy) * res, res), c: clampIndex(safe(fx) * res, res) };
}

/** The cursor after an arrow key (Shift moves 5 cells; Home/End jump to the edges); null for other keys. */
export function moveCell(cell: Cell, key: string, res: number, big = false): Cell | null {
  const d = big ? 5 : 1;
  const clamp = (i: number) => Math.min(res - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowLeft':
      return { r: cell.r, c: clamp(cell.c - d) };
    case 'ArrowRight':
      return { r: cell.r, c: clamp(cell.c + d) };
    case 'ArrowUp':
      return { r: clamp(cell.r - d), c: cell.c };
    case 'ArrowDown':
      return { r: clamp(cell.r + d), c: cell.c };
    case 'Home':
      return { r: cell.r, c: 0 };
    case 'End':
      return { r: cell.r, c: res - 1 };
    default:
      return null;
  }
}

/** Two decimals with a real minus sign (a coordinate or a probability, never "−0.00"). */
const fixed2 = (v: number) => {
  const s = v.toFixed(2);
  return /^-0\.00$/.test(s) ? '0.00' : s.replace(/^-/, '−');
};

/** "x₁ = 0.49, x₂ = −0.11: P(class 1) = 0.73" (a regression: "ŷ = −0.42") for the cell, from the board's grid of predictions. */
export function cellReadout(
  grid: ArrayLike<number>,
  res: number,
  cell: Cell,
  problem: Problem = 'classification',
): string {
  const { x1, x2 } = cellCentre(cell, res);
  const p = grid[cell.r * res + cell.c];
  const value = Number.isFinite(p) ? fixed2(p) : 'not finite';
  return `x₁ = ${fixed2(x1)}, x₂ = ${fixed2(x2)}: ${problem === 'regression' ? 'ŷ' : 'P(class 1)'} = ${value}`;
}
