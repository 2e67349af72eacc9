import { describe, expect, it } from 'vitest';
import { momentumNoiseFloor } from './momentumNoiseFloor.ts';
import { rng } from '../rng.ts';
import { sgd } from '../optimizers/sgd.ts';
import { stepInPlace } from '../transforms/stepInPlace.ts';

/** Stationary E[½λe²] by solving the discrete Lyapunov equation P = MPMᵀ + Q for the (e_t, e_{t−1}) state, by fixed-point iteration. */
function lyapunovFloor(lr: number, beta: number, lam: number, sigma2: number): number {
  const M = [
    [1 + beta - lr * lam, -beta],
    [1, 0],
  ];
  let P = [
    [0, 0],
    [0, 0],
  ];
  for (let k = 0; k < 20000; k++) {
    const MP = [
      [M[0][0] * P[0][0] + M[0][1] * P[1][0], M[0][0] * P[0][1] + M[0][1] * P[1][1]],
      [M[1][0] * P[0][0] + M[1][1] * P[1][0], M[1][0] * P[0][1] + M[1][1] * P[1][1]],
    ];
    P = [
      [MP[0][0] * M[0][0] + MP[0][1] * M[0][1] + lr * lr * sigma2, MP[0][0] * M[1][0] + MP[0][1] * M[1][1]],
      [MP[1][0] * M[0][0] + MP[1][1] * M[0][1], MP[1][0] * M[1][0] + MP[1][1] * M[1][1]],
    ];
  }
  return 0.5 * lam * P[0][0];
}

describe('momentumNoiseFloor({ lr, beta, eigenvalues, sigma2 })', () => {
  it('equals the Lyapunov-equation solution component by component', () => {
    for (const [lr, beta, lam] of [
      [0.1, 0, 1],
      [0.05, 0.9, 2],
      [0.5, 0.5, 0.3],
      [0.01, 0.99, 10],
    ]) {
      expect(momentumNoiseFloor({ lr, beta, eigenvalues: [lam], sigma2: 0.7 })).toBeCloseTo(
        lyapunovFloor(lr, beta, lam, 0.7),
        8,
      );
    }
  });
  it('is SGD’s ησ²/(2(2 − ηλ)) per component at β = 0, and ≈ SGD’s at the same effective step η/(1 − β)', () => {
    expect(momentumNoiseFloor({ lr: 0.2, beta: 0, eigenvalues: [1, 3], sigma2: 1 })).toBeCloseTo(
      0.2 / (2 * 1.8) + 0.2 / (2 * 1.4),
      14,
    );
    const sgdFloor = momentumNoiseFloor({ lr: 0.01, beta: 0, eigenvalues: [1, 2], sigma2: 1 });
    const mom = momentumNoiseFloor({ lr: 0.001, beta: 0.9, eigenvalues: [1, 2], sigma2: 1 });
    expect(mom).toBeLessThan(sgdFloor);
    expect(mom / sgdFloor).toBeGreaterThan(0.99);
  });
  it('matches a long seeded run of the package’s sgd with momentum and Gaussian gradient noise', () => {
    const [lr, beta, sigma] = [0.02, 0.9, 0.5];
    const lams = [1, 4];
    const tx = sgd({ lr, momentum: beta });
    const r = rng(11);
    const x = Float64Array.from([0, 0]);
    let s = tx.init(x);
    let sum = 0;
    let n = 0;
    for (let t = 1; t <= 200_000; t++) {
      const g = Float64Array.from([
        lams[0] * x[0] + sigma * r.normal(0, 1),
        lams[1] * x[1] + sigma * r.normal(0, 1),
      ]);
      s = stepInPlace(tx, g, s, x);
      if (t > 2000) {
        sum += 0.5 * (lams[0] * x[0] ** 2 + lams[1] * x[1] ** 2);
        n++;
      }
    }
    const predicted = momentumNoiseFloor({ lr, beta, eigenvalues: lams, sigma2: sigma * sigma });
    expect(Math.abs(sum / n - predicted) / predicted).toBeLessThan(0.05);
  });
  it('is Infinity once a component is unstable, and validates its arguments', () => {
    expect(momentumNoiseFloor({ lr: 1, beta: 0.5, eigenvalues: [3.1], sigma2: 1 })).toBe(Infinity);
    expect(() => momentumNoiseFloor({ lr: 0.1, beta: 1, eigenvalues: [1], sigma2: 1 })).toThrow(/beta/);
  });
});
