import { describe, expect, it } from 'vitest';
import { cellAtFraction, cellCentre, cellReadout, moveCell } from './boardCursor.ts';
import { configFromState, gridInputs } from './model.ts';
import { playgroundSchema } from './state.ts';
import { createEngine, GRID } from './engine.ts';

describe('decision-plot cursor', () => {
  it('a cell’s centre is the point the grid predicted at (gridInputs, row 0 at the top)', () => {
    const X = gridInputs(GRID);
    for (const cell of [
      { r: 0, c: 0 },
      { r: 7, c: 31 },
      { r: GRID - 1, c: GRID - 1 },
    ]) {
      const i = cell.r * GRID + cell.c;
      const { x1, x2 } = cellCentre(cell, GRID);
      expect(x1).toBeCloseTo(X[2 * i], 12);
      expect(x2).toBeCloseTo(X[2 * i + 1], 12);
    }
  });

  it('the pointer’s fraction of the board picks the cell under it; off-board and NaN stay on the board', () => {
    expect(cellAtFraction(0, 0, GRID)).toEqual({ r: 0, c: 0 });
    expect(cellAtFraction(0.999, 0.5, GRID)).toEqual({ r: 20, c: 39 });
    expect(cellAtFraction(1.4, -2, GRID)).toEqual({ r: 0, c: 39 });
    expect(cellAtFraction(NaN, Infinity, GRID)).toEqual({ r: 20, c: 20 });
  });

  it('arrow keys move one cell (Shift five) and stop at the edges; other keys do nothing', () => {
    const at = { r: 1, c: 38 };
    expect(moveCell(at, 'ArrowRight', GRID)).toEqual({ r: 1, c: 39 });
    expect(moveCell({ r: 1, c: 39 }, 'ArrowRight', GRID)).toEqual({ r: 1, c: 39 });
    expect(moveCell(at, 'ArrowUp', GRID, true)).toEqual({ r: 0, c: 38 });
    expect(moveCell(at, 'ArrowDown', GRID, true)).toEqual({ r: 6, c: 38 });
    expect(moveCell(at, 'Home', GRID)).toEqual({ r: 1, c: 0 });
    expect(moveCell(at, 'a', GRID)).toBeNull();
  });

  it('reads the trained network’s probability at the cell (the grid the engine predicted on)', () => {
    const cfg = configFromState({ ...playgroundSchema.parse({}), steps: 100, runs: 1 });
    const frame = createEngine(cfg).advance(100);
    const grid = frame.runs[0].grid;
    const cell = { r: 12, c: 27 };
    const text = cellReadout(grid, GRID, cell);
    expect(text).toMatch(/^x₁ = 0\.56, x₂ = 0\.56: P\(class 1\) = /);
    const p = Number(text.split('= ').pop());
    expect(p).toBeCloseTo(grid[cell.r * GRID + cell.c], 2);
    expect(cellReadout(grid, GRID, { r: 20, c: 19 })).toMatch(/^x₁ = −0\.04, x₂ = −0\.04: /);
    expect(cellReadout(new Float32Array(GRID * GRID).fill(NaN), GRID, cell)).toContain('not finite');
  });
});
