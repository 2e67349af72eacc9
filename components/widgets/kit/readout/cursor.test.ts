import { describe, expect, it } from 'vitest';
import { axisGrid, nearestPoint, readoutLine, snapToGrid, stepCursor } from './cursor.ts';

describe('stepCursor', () => {
  it('moves one cell per arrow, ten with Shift, clamped to the grid', () => {
    expect(stepCursor({ i: 5, j: 5 }, 'ArrowRight', false, 20, 20)).toEqual({ i: 6, j: 5 });
    expect(stepCursor({ i: 5, j: 5 }, 'ArrowRight', true, 20, 20)).toEqual({ i: 15, j: 5 });
    expect(stepCursor({ i: 5, j: 5 }, 'ArrowLeft', true, 20, 20)).toEqual({ i: 0, j: 5 });
    expect(stepCursor({ i: 5, j: 18 }, 'ArrowUp', true, 20, 20)).toEqual({ i: 5, j: 19 });
  });
  it('Home/End jump to the first/last column; other keys are not owned', () => {
    expect(stepCursor({ i: 5, j: 2 }, 'Home', false, 8, 4)).toEqual({ i: 0, j: 2 });
    expect(stepCursor({ i: 5, j: 2 }, 'End', false, 8, 4)).toEqual({ i: 7, j: 2 });
    expect(stepCursor({ i: 5, j: 2 }, 'Tab', false, 8, 4)).toBeNull();
  });
});

describe('snapToGrid / nearestPoint', () => {
  it('snaps to the nearest index and survives bad input', () => {
    // 11 points on [0, 1] are spaced 0.1 apart: 0.34 is nearest index 3
    expect(snapToGrid(0.34, 0, 1, 11)).toBe(3);
    expect(snapToGrid(5, 0, 1, 11)).toBe(10);
    expect(snapToGrid(Number.NaN, 0, 1, 11)).toBe(0);
    expect(snapToGrid(0.5, 1, 1, 11)).toBe(0);
  });
  it('finds the nearest point by brute distance comparison', () => {
    const pts = [
      [0, 0],
      [1, 1],
      [2, 0],
    ] as const;
    expect(nearestPoint(pts, 1.9, 0.2)).toBe(2);
    expect(nearestPoint([], 0, 0)).toBe(-1);
  });
  it('formats the live line with the real minus sign', () => {
    expect(
      readoutLine([
        ['θ₁', -0.5],
        ['regime', 'underdamped'],
      ]),
    ).toBe('θ₁ = −0.5, regime = underdamped');
  });
});

describe('axisGrid', () => {
  it('puts the anchor on the grid and steps exactly from it inside [lo, hi]', () => {
    const g = axisGrid(-4, 2, 6 / 40, -3.3);
    const k = g.index(-3.3);
    expect(g.at(k)).toBeCloseTo(-3.3, 12);
    expect(g.at(k + 4)).toBeCloseTo(-3.3 + (4 * 6) / 40, 12);
    // every point lies in the range, and the range's ends are within one step of the grid's ends
    expect(g.at(0)).toBeGreaterThanOrEqual(-4);
    expect(g.at(0) - -4).toBeLessThan(6 / 40);
    expect(g.at(g.n - 1)).toBeLessThanOrEqual(2 + 1e-12);
    expect(2 - g.at(g.n - 1)).toBeLessThan(6 / 40);
    expect(g.at(g.n + 5)).toBe(g.at(g.n - 1));
  });
  it('without an anchor it starts at lo; bad input gives one point', () => {
    const g = axisGrid(0, 1, 0.1);
    expect(g.n).toBe(11);
    expect(g.at(3)).toBeCloseTo(0.3, 12);
    expect(g.index(0.34)).toBe(3);
    expect(axisGrid(1, 0, 0.1).n).toBe(1);
    expect(axisGrid(0, 1, 0).index(0.5)).toBe(0);
    expect(axisGrid(0, 1, 0.25, Number.NaN).at(1)).toBe(0.25);
  });
});
