import { describe, expect, it } from 'vitest';
import { componentTrajectory } from './componentTrajectory.ts';
import { eigenComponents } from './eigenComponents.ts';
import { empiricalRate } from './empiricalRate.ts';
import { spectralRadius } from './spectralRadius.ts';
import { illConditionedQuadratic } from '../objectives/illConditionedQuadratic.ts';
import { minimize } from '../objectives/minimize.ts';
import { sgd } from '../optimizers/sgd.ts';

describe('componentTrajectory(method, lr, beta, lambda, e0, steps)', () => {
  it('equals the projection of a full sgd run on a rotated ravine onto each eigenvector', () => {
    const q = illConditionedQuadratic({ mu: 0.05, L: 1, angle: 0.6 });
    const x0 = Float64Array.from([-2, 1.3]);
    for (const [method, opts] of [
      ['gd', {}],
      ['heavyBall', { momentum: 0.8 }],
      ['nesterov', { momentum: 0.8, nesterov: true }],
    ] as const) {
      const run = minimize(q, sgd({ lr: 0.7, ...opts }), { x0, steps: 80 });
      const c0 = eigenComponents(x0, [0, 0], q.eigenvectors);
      q.eigenvalues.forEach((lam, i) => {
        const predicted = componentTrajectory(method, 0.7, 0.8, lam, c0[i], 80);
        run.trajectory.forEach((x, k) =>
          expect(eigenComponents(x, [0, 0], q.eigenvectors)[i]).toBeCloseTo(predicted[k], 10),
        );
      });
    }
  });
  it('stops before the first exploding value instead of returning Infinity', () => {
    const e = componentTrajectory('gd', 3, 0, 1, 1, 1000);
    expect(e.length).toBeLessThan(1000);
    expect(e.every(Number.isFinite)).toBe(true);
  });
});

describe('eigenComponents(theta, minimizer, eigenvectors)', () => {
  it('preserves the norm and gives f − f* = ½Σλᵢcᵢ²', () => {
    const q = illConditionedQuadratic({ mu: 1, L: 9, angle: 1.1 });
    const x = Float64Array.from([0.4, -2]);
    const c = eigenComponents(x, [0, 0], q.eigenvectors);
    expect(Math.hypot(...c)).toBeCloseTo(Math.hypot(0.4, -2), 12);
    expect(0.5 * (q.eigenvalues[0] * c[0] ** 2 + q.eigenvalues[1] * c[1] ** 2)).toBeCloseTo(q.value(x), 12);
  });
});

describe('empiricalRate(errors, from, to)', () => {
  it('recovers ρ from a geometric sequence and tends to the spectral radius of a run', () => {
    expect(empiricalRate([1, 0.5, 0.25, 0.125], 0, 3)).toBeCloseTo(0.5, 15);
    const e = componentTrajectory('heavyBall', 0.1, 0.3, 1, 1, 400); // over-damped: real roots
    expect(empiricalRate(e, 200, 400)).toBeCloseTo(spectralRadius('heavyBall', 0.1, 0.3, 1), 6);
    expect(empiricalRate([1, 0], 0, 5)).toBeNaN();
  });
  it('with a window longer than the half-period it measures an under-damped component’s √β', () => {
    const e = componentTrajectory('heavyBall', 1, 0.81, 1, 1, 400); // complex pair, |z| = 0.9
    expect(empiricalRate(e, 200, 400, 8)).toBeCloseTo(0.9, 2);
  });
});

describe('componentTrajectory on long runs', () => {
  it('flushes a component that has decayed below 1e-280 to an exact 0 instead of computing with subnormals', () => {
    const e = componentTrajectory('heavyBall', 0.37, 0.45, 1, 1, 3000);
    expect(e).toHaveLength(3001);
    const k = e.findIndex((v) => v === 0);
    expect(k).toBeGreaterThan(0);
    expect(Math.abs(e[k - 1])).toBeLessThan(1e-270);
    expect(e.slice(k).every((v) => v === 0)).toBe(true);
    expect(e.every((v) => v === 0 || Math.abs(v) >= 1e-300)).toBe(true);
  });
});
