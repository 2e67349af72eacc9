import { describe, expect, it } from 'vitest';
import { pathRings } from './testing/pathRings.ts';
import { levelSets, plotToPx } from './levelSets.ts';

const grid = { domain: { x: [-3, 3], y: [-3, 3] }, width: 460, height: 300 } as const;
const bowl = (x: number, y: number) => 0.5 * (x * x + 10 * y * y);

describe('levelSets(f, grid)', () => {
  it('traces 14 log-spaced levels of f as closed SVG paths inside the plot box', () => {
    const sets = levelSets(bowl, grid);
    expect(sets).toHaveLength(14);
    for (let k = 1; k < sets.length; k++) expect(sets[k].level).toBeGreaterThan(sets[k - 1].level);
    for (const { d } of sets) {
      const rings = pathRings(d);
      expect(rings.length).toBeGreaterThan(0);
      // Every vertex lies in the viewBox's plot area (plotBox margins: 44 left, 10 right and top, 36 bottom).
      for (const [x, y] of rings.flat()) {
        expect(x).toBeGreaterThanOrEqual(44 - 0.05);
        expect(x).toBeLessThanOrEqual(450 + 0.05);
        expect(y).toBeGreaterThanOrEqual(10 - 0.05);
        expect(y).toBeLessThanOrEqual(264 + 0.05);
      }
    }
  });
  it('returns the remembered level sets for the same function and grid, and traces anew for another', () => {
    const a = levelSets(bowl, grid);
    expect(levelSets(bowl, { ...grid })).toBe(a);
    expect(levelSets(bowl, { ...grid, levels: 5 })).toHaveLength(5);
    expect(levelSets(bowl, { ...grid, width: 300 })).not.toBe(a);
    const steeper = (x: number, y: number) => 0.5 * (x * x + 100 * y * y);
    expect(levelSets(steeper, grid)).not.toBe(a);
  });
});

describe('plotToPx(width, height, domain)', () => {
  it('maps the domain corners to the plot box corners, y upwards', () => {
    const toPx = plotToPx(460, 300, grid.domain);
    expect(toPx(-3, -3)).toEqual([44, 264]);
    expect(toPx(3, 3)).toEqual([450, 10]);
  });
});
