import { describe, expect, it } from 'vitest';
import { UNSTABLE, rateShade, viridis } from './colormap.ts';
import { rateGrid } from './model.ts';
import { ratePixels } from './ratePixels.ts';

describe('ratePixels({ method, kappa, nx, ny })', () => {
  it('colours every cell of the rate grid: viridis where it converges, grey where it does not', () => {
    const nx = 40;
    const ny = 30;
    const { rgba } = ratePixels({ method: 'heavyBall', kappa: 50, nx, ny });
    const grid = rateGrid('heavyBall', 50, nx, ny);
    expect(rgba).toHaveLength(4 * nx * ny);
    let stable = 0;
    for (let k = 0; k < grid.length; k++) {
      const want = grid[k] < 1 ? viridis(rateShade(grid[k])) : UNSTABLE;
      expect([rgba[4 * k], rgba[4 * k + 1], rgba[4 * k + 2], rgba[4 * k + 3]]).toEqual([
        ...want.map((c) => Math.round(c)),
        255,
      ]);
      if (grid[k] < 1) stable++;
    }
    // The map shows both regions at κ = 50 (the stability boundary crosses it).
    expect(stable).toBeGreaterThan(0);
    expect(stable).toBeLessThan(grid.length);
  });
});
