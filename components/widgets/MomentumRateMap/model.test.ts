import { describe, expect, it } from 'vitest';
import { pointReport, rateGrid, stabilityBoundary } from './model.ts';
import { rateShade } from './colormap.ts';

describe('rateGrid(method, kappa, nx, ny)', () => {
  it('is unstable (ρ ≥ 1) exactly to the right of η = 2 + 2β for the heavy ball', () => {
    const nx = 80;
    const ny = 50;
    const g = rateGrid('heavyBall', 50, nx, ny);
    for (let j = 0; j < ny; j++) {
      const beta = 1 - (j + 0.5) / ny;
      for (let i = 0; i < nx; i++) {
        const lr = ((i + 0.5) / nx) * 4;
        if (Math.abs(lr - (2 + 2 * beta)) > 0.03) expect(g[j * nx + i] >= 1).toBe(lr > 2 + 2 * beta);
      }
    }
  });
  it('its minimum over a fine grid is close to the optimum the report states', () => {
    const g = rateGrid('nesterov', 100, 400, 400);
    const best = g.reduce((a, b) => Math.min(a, b), Infinity);
    const r = pointReport('nesterov', 100, 1, 0.5);
    expect(best).toBeGreaterThanOrEqual(r.optimum.rate - 1e-6);
    expect(best - r.optimum.rate).toBeLessThan(0.01);
  });
});

describe('pointReport and the boundary', () => {
  it('at the optimum the point’s rate is the optimal rate; steps follow', () => {
    const o = pointReport('heavyBall', 100, 0, 0).optimum;
    const r = pointReport('heavyBall', 100, o.lr, o.beta);
    expect(Math.abs(r.rate - o.rate)).toBeLessThan(1e-6);
    expect(r.optimumSteps).toBe(69);
    expect(r.gdSteps).toBe(691);
  });
  it('stabilityBoundary runs from η = 2 at β = 0 and stays inside the map', () => {
    const b = stabilityBoundary('heavyBall');
    expect(b[0]).toEqual([2, 0]);
    expect(b.every(([lr]) => lr <= 4)).toBe(true);
    const n = stabilityBoundary('nesterov');
    expect(n[n.length - 1][0]).toBeCloseTo((2 + 2 * 0.999) / (1 + 2 * 0.999), 10);
  });
  it('rateShade is bright (1) at ρ = 0, ⅔ at ρ = 0.9 and dark (0) from ρ = 0.999', () => {
    expect(rateShade(0)).toBe(1);
    expect(rateShade(0.9)).toBeCloseTo(2 / 3, 12);
    expect(rateShade(0.9999)).toBe(0);
  });
});
