import { describe, expect, it } from 'vitest';
import { nearestPoint, readoutLine, snapToGrid, stepCursor } from './cursor.ts';

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
