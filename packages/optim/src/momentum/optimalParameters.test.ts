import { describe, expect, it } from 'vitest';
import { nesterovStandard, optimalParameters } from './optimalParameters.ts';
import { spectralRadius, worstRate } from './spectralRadius.ts';
import { gdOptimal, heavyBallOptimal } from '../analysis/momentum.ts';

/** Worst rate over a dense sample of [μ, L] (not just the ends). */
function sampledWorst(
  method: 'gd' | 'heavyBall' | 'nesterov',
  lr: number,
  beta: number,
  mu: number,
  L: number,
): number {
  const lams = Array.from({ length: 401 }, (_, i) => mu + ((L - mu) * i) / 400);
  return worstRate(method, lr, beta, lams);
}

/** Grid search over (η, β), refined twice around the best cell. */
function gridBest(method: 'gd' | 'heavyBall' | 'nesterov', mu: number, L: number): number {
  let [lo, hi, blo, bhi] = [0, 4 / L, 0, 0.999];
  let best = Infinity;
  let at = [0, 0];
  for (let round = 0; round < 3; round++) {
    for (let i = 1; i <= 80; i++) {
      for (let j = 0; j <= (method === 'gd' ? 0 : 80); j++) {
        const lr = lo + ((hi - lo) * i) / 80;
        const beta = blo + ((bhi - blo) * j) / 80;
        const r = Math.max(spectralRadius(method, lr, beta, mu), spectralRadius(method, lr, beta, L));
        if (r < best) {
          best = r;
          at = [lr, beta];
        }
      }
    }
    const dl = (hi - lo) / 20;
    const db = (bhi - blo) / 20;
    [lo, hi, blo, bhi] = [
      Math.max(0, at[0] - dl),
      at[0] + dl,
      Math.max(0, at[1] - db),
      Math.min(0.9999, at[1] + db),
    ];
  }
  return best;
}

describe('optimalParameters(method, mu, L)', () => {
  it('gives the closed forms for κ = 100: GD 99/101, heavy ball 9/11, Nesterov 1 − 2/√301', () => {
    expect(optimalParameters('gd', 1, 100).rate).toBeCloseTo(99 / 101, 15);
    const hb = optimalParameters('heavyBall', 1, 100);
    expect(hb.rate).toBeCloseTo(9 / 11, 15);
    expect(hb.beta).toBeCloseTo(81 / 121, 15);
    expect(hb.lr).toBeCloseTo(4 / 121, 15);
    const n = optimalParameters('nesterov', 1, 100);
    expect(n.lr).toBeCloseTo(4 / 301, 15);
    expect(n.rate).toBeCloseTo(1 - 2 / Math.sqrt(301), 15);
  });
  it('agrees with the existing gdOptimal and heavyBallOptimal', () => {
    expect(optimalParameters('gd', 2, 50)).toMatchObject({
      lr: gdOptimal(2, 50).lr,
      rate: gdOptimal(2, 50).rate,
    });
    const a = optimalParameters('heavyBall', 2, 50);
    const b = heavyBallOptimal(2, 50);
    expect(a.lr).toBeCloseTo(b.lr, 15);
    expect(a.beta).toBeCloseTo(b.beta, 15);
  });
  it('achieves its stated rate over the whole interval [μ, L]', () => {
    for (const [mu, L] of [
      [1, 10],
      [0.5, 200],
      [1, 1000],
    ]) {
      for (const method of ['gd', 'heavyBall', 'nesterov'] as const) {
        const o = optimalParameters(method, mu, L);
        // Double roots at the ends cost ~√ε in the discriminant.
        expect(Math.abs(sampledWorst(method, o.lr, o.beta, mu, L) - o.rate)).toBeLessThan(1e-6);
      }
    }
  });
  it('no (η, β) on a refined grid beats it (within the grid’s resolution)', () => {
    for (const [mu, L] of [
      [1, 10],
      [1, 100],
    ]) {
      for (const method of ['gd', 'heavyBall', 'nesterov'] as const) {
        const o = optimalParameters(method, mu, L);
        const best = gridBest(method, mu, L);
        expect(best).toBeGreaterThanOrEqual(o.rate - 1e-6);
        expect(best - o.rate).toBeLessThan(2e-3);
      }
    }
  });
  it('throws RangeError for μ > L or non-positive constants', () => {
    expect(() => optimalParameters('nesterov', 2, 1)).toThrow(/mu must be ≤ L/);
    expect(() => optimalParameters('heavyBall', 0, 1)).toThrow(/mu/);
  });
});

describe('nesterovStandard(mu, L)', () => {
  it('η = 1/L, β = (√κ − 1)/(√κ + 1), worst component at λ = μ with rate 1 − 1/√κ', () => {
    const s = nesterovStandard(1, 100);
    expect(s).toMatchObject({ lr: 0.01, beta: 9 / 11 });
    expect(s.rate).toBeCloseTo(0.9, 15);
    expect(Math.abs(sampledWorst('nesterov', s.lr, s.beta, 1, 100) - 0.9)).toBeLessThan(1e-6);
    expect(Math.abs(spectralRadius('nesterov', s.lr, s.beta, 1) - 0.9)).toBeLessThan(1e-6);
  });
});
