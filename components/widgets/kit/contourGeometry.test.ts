import { describe, expect, it } from 'vitest';
import { contourPaths, logLevels, polylinePath, sampleGrid } from './contourGeometry.ts';

const bowl = (x: number, y: number) => x * x + 4 * y * y;
const domain = { x: [-2, 2] as const, y: [-1, 1] as const };

describe('sampleGrid(f, domain, n)', () => {
  it('evaluates f at cell centres, row by row in y', () => {
    const { values, min, max } = sampleGrid(bowl, domain, 4);
    expect(values[0]).toBeCloseTo(bowl(-1.5, -0.75), 12);
    expect(values[1]).toBeCloseTo(bowl(-0.5, -0.75), 12);
    expect(values[4]).toBeCloseTo(bowl(-1.5, -0.25), 12);
    expect(min).toBeCloseTo(bowl(0.5, 0.25), 12);
    expect(max).toBeCloseTo(bowl(1.5, 0.75), 12);
  });
  it('replaces non-finite values by the largest finite value', () => {
    const { values, max } = sampleGrid((x) => (x > 0 ? Infinity : -x), domain, 4);
    expect([...values].every(Number.isFinite)).toBe(true);
    expect(values[3]).toBe(max);
  });
});

describe('logLevels(floor, fmax, count)', () => {
  it('spaces gaps above the floor geometrically from 1e-3 to 0.9 of the range', () => {
    const lv = logLevels(1, 101, 4);
    expect(lv[0]).toBeCloseTo(1.1, 12);
    expect(lv[3]).toBeCloseTo(91, 12);
    const ratios = [1, 2].map((k) => (lv[k + 1] - 1) / (lv[k] - 1));
    expect(ratios[0]).toBeCloseTo(ratios[1], 12);
  });
  it('returns nothing for an empty or non-finite range', () => {
    expect(logLevels(1, 1, 5)).toEqual([]);
    expect(logLevels(0, Infinity, 5)).toEqual([]);
  });
});

describe('contourPaths(values, n, levels, toPx)', () => {
  it('traces one closed path per level around the minimum of a bowl', () => {
    const n = 32;
    const { values } = sampleGrid(bowl, domain, n);
    const paths = contourPaths(values, n, [0.5, 1], (gx, gy) => [gx * 10, gy * 10]);
    expect(paths.map((p) => p.level)).toEqual([0.5, 1]);
    for (const p of paths) {
      expect(p.d.startsWith('M')).toBe(true);
      expect(p.d.endsWith('Z')).toBe(true);
      // Every vertex lies inside the 320×320 drawing.
      const nums = p.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(Math.min(...nums)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...nums)).toBeLessThanOrEqual(320);
    }
  });
});

describe('polylinePath(points, toPx)', () => {
  it('stops at the first non-finite point so NaN is never drawn', () => {
    const d = polylinePath(
      [
        [0, 0],
        [1, 1],
        [NaN, 2],
        [3, 3],
      ],
      (x, y) => [x, y],
    );
    expect(d).toBe('M0.0,0.0L1.0,1.0');
  });
  it('clamps points far outside the drawing', () => {
    expect(
      polylinePath(
        [
          [0, 0],
          [1e9, -1e9],
        ],
        (x, y) => [x, y],
      ),
    ).toBe('M0.0,0.0L10000.0,-10000.0');
  });
});
