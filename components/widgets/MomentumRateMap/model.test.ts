import { describe, expect, it } from 'vitest';
import { cursorReport, pointReport, rateGrid, regimeMap, stabilityBoundary } from './model.ts';
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

describe('cursorReport and regimeMap', () => {
  it('the heavy ball regimes of λ = 1 follow the root formulas (1 ± √β)² and 2 + 2β', () => {
    // Heavy ball: discriminant (1 + β − η)² − 4β vanishes at η = (1 ± √β)²; ρ = 1 at η = 2 + 2β.
    const beta = 0.25;
    const at = (lr: number) => cursorReport('heavyBall', 50, lr, beta).components[1];
    expect(at(0.2)).toEqual({ lambda: 1, regime: 'overdamped' }); // < (1 − 0.5)² = 0.25
    expect(at(1)).toEqual({ lambda: 1, regime: 'underdamped' }); // in (0.25, 2.25)
    expect(at(2.4).regime).toBe('flipping'); // in (2.25, 2.5)
    expect(at(2.6).regime).toBe('divergent');
    // λ₁ = 1/κ sees the step κ times smaller: η = 1 is ηλ₁ = 0.02 < 0.25, over-damped.
    expect(cursorReport('heavyBall', 50, 1, beta).components[0]).toEqual({
      lambda: 1 / 50,
      regime: 'overdamped',
    });
  });
  it('the rate is the larger of the two components’ spectral radii (by the root formulas)', () => {
    const r = cursorReport('heavyBall', 10, 1, 0.25);
    // λ₂ = 1: z² − 0.25z + 0.25 has complex roots of modulus √β = 0.5 (under-damped);
    // λ₁ = 0.1: z² − 1.15z + 0.25 has real roots, the larger (1.15 + √(1.15² − 1))/2 ≈ 0.859.
    const z1 = (1.15 + Math.sqrt(1.15 ** 2 - 1)) / 2;
    expect(r.components.map((c) => c.regime)).toEqual(['overdamped', 'underdamped']);
    expect(r.rate).toBeCloseTo(Math.max(0.5, z1), 12);
  });
  it('labels each reachable regime inside itself and draws borders at the root formulas', () => {
    const m = regimeMap('heavyBall');
    const names = m.labels.map((l) => l.regime).sort();
    expect(names).toEqual(['divergent', 'flipping', 'overdamped', 'underdamped']);
    for (const l of m.labels)
      expect(cursorReport('heavyBall', 50, l.lr, l.beta).components[1].regime).toBe(l.regime);
    const border = m.borders.find((b) => b.key === 'underdamped|flipping')!;
    for (const [lr, beta] of border.points)
      expect(Math.abs(lr - (1 + Math.sqrt(beta)) ** 2)).toBeLessThan(1e-6);
    const over = m.borders.find((b) => b.key === 'overdamped|underdamped')!;
    for (const [lr, beta] of over.points)
      expect(Math.abs(lr - (1 - Math.sqrt(beta)) ** 2)).toBeLessThan(1e-6);
  });
});
