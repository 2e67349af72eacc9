import { describe, expect, it } from 'vitest';
import { reddiOnline } from './reddiOnline.ts';
import { runOnline } from './runOnline.ts';
import { chain } from '../transforms/chain.ts';
import { scaleByAdam } from '../transforms/scaleByAdam.ts';
import { scaleByLearningRate } from '../transforms/scaleByLearningRate.ts';
import { projectOntoBox } from '../transforms/projectOntoBox.ts';

const box = projectOntoBox({ lo: -1, hi: 1 });
const sqrtDecay = (alpha: number) => (t: number) => alpha / Math.sqrt(t + 1); // α_t = α/√t, t from 1

/** Reddi et al.'s Adam (Algorithm 1 with their m_t, v_t; no bias correction, no ε), by hand. */
function paperAdam(
  C: number,
  beta1: number,
  beta2: number,
  alpha: number,
  T: number,
  amsgrad: boolean,
): number {
  let x = 1;
  let m = 0;
  let v = 0;
  let vHat = 0;
  for (let t = 1; t <= T; t++) {
    const g = t % 3 === 1 ? C : -1;
    m = beta1 * m + (1 - beta1) * g;
    v = beta2 * v + (1 - beta2) * g * g;
    vHat = amsgrad ? Math.max(vHat, v) : v;
    x = Math.min(1, Math.max(-1, x - ((alpha / Math.sqrt(t)) * m) / Math.sqrt(vHat)));
  }
  return x;
}

describe('reddiOnline({ C, period, small })', () => {
  it('is f_t(x) = Cx at t = 1, 4, 7, … and −x otherwise (Theorem 1), best fixed point −1 when C > 2', () => {
    const p = reddiOnline({ C: 3 });
    expect([1, 2, 3, 4, 5, 6, 7].map(p.coefficient)).toEqual([3, -1, -1, 3, -1, -1, 3]);
    expect(p.periodSum).toBe(1);
    expect(p.xStar).toBe(-1);
    expect(reddiOnline({ C: 2 }).xStar).toBe(0);
  });
  it('the Section 5 experiment: 1010x at t mod 101 = 1, −10x otherwise', () => {
    const p = reddiOnline({ C: 1010, period: 101, small: 10 });
    expect(p.coefficient(1)).toBe(1010);
    expect(p.coefficient(2)).toBe(-10);
    expect(p.coefficient(102)).toBe(1010);
    expect(p.periodSum).toBe(10);
  });
  it('throws RangeError naming the option', () => {
    expect(() => reddiOnline({ C: 0 })).toThrow(/reddiOnline: C/);
    expect(() => reddiOnline({ C: 3, period: 1 })).toThrow(/reddiOnline: period/);
  });
});

describe('runOnline(problem, transform, { x0, steps })', () => {
  it('average regret of the fixed point x = +1 is 2(C − 2)/3 per round; of x* = −1 it is 0 (by hand, C = 5)', () => {
    const p = reddiOnline({ C: 5 });
    const stay = {
      init: () => ({}),
      update: (g: Float64Array) => ({ updates: new Float64Array(g.length), state: {} }),
    };
    const plus = runOnline(p, stay, { x0: 1, steps: 300 });
    expect(plus.avgRegret[300]).toBeCloseTo((2 * (5 - 2)) / 3, 12);
    const minus = runOnline(p, stay, { x0: -1, steps: 300 });
    expect(minus.avgRegret[300]).toBeCloseTo(0, 12);
    // Round 1 alone: played 5·x0, best in hindsight −5.
    expect(plus.avgRegret[1]).toBe(10);
    expect(p.fixedPointAvgRegret(1)).toBeCloseTo(plus.avgRegret[300], 12);
    expect(p.fixedPointAvgRegret(-1)).toBe(0);
  });
  it('Theorem 1 live: Adam (β₁ = 0, β₂ = 1/(1 + C²), α_t = α/√t, PyTorch bias correction) ends at +1; AMSGrad at −1', () => {
    for (const C of [3, 5, 10]) {
      const beta2 = 1 / (1 + C * C);
      const alpha = 0.5 * Math.sqrt(1 - beta2); // the theorem asks α < √(1 − β₂)
      const p = reddiOnline({ C });
      const adam = runOnline(
        p,
        chain(scaleByAdam({ beta1: 0, beta2 }), scaleByLearningRate(sqrtDecay(alpha)), box),
        { x0: 1, steps: 30_000 },
      );
      const ams = runOnline(
        p,
        chain(scaleByAdam({ beta1: 0, beta2, amsgrad: true }), scaleByLearningRate(sqrtDecay(alpha)), box),
        { x0: 1, steps: 30_000 },
      );
      expect(adam.x[30_000]).toBeGreaterThan(0.99);
      expect(ams.x[30_000]).toBeLessThan(-0.99);
      // Average regret: Adam's stays near 2(C − 2)/3; AMSGrad's goes to 0.
      expect(adam.avgRegret[30_000]).toBeGreaterThan(0.95 * ((2 * (C - 2)) / 3));
      expect(ams.avgRegret[30_000]).toBeLessThan(0.02);
      // The paper's own Adam (no bias correction, no ε) does the same.
      expect(paperAdam(C, 0, beta2, alpha, 30_000, false)).toBeGreaterThan(0.99);
      expect(paperAdam(C, 0, beta2, alpha, 30_000, true)).toBeLessThan(-0.99);
    }
  });
  it('Adam leaves the optimum: started at x* = −1 it still ends at +1 (C = 3)', () => {
    const beta2 = 0.1;
    const r = runOnline(
      reddiOnline({ C: 3 }),
      chain(scaleByAdam({ beta1: 0, beta2 }), scaleByLearningRate(sqrtDecay(0.5)), box),
      { x0: -1, steps: 10_000 },
    );
    expect(r.x[10_000]).toBeGreaterThan(0.99);
  });
  it('stops at the first non-finite update and reports the round', () => {
    const p = reddiOnline({ C: 3 });
    const bad = {
      init: () => ({}),
      update: (g: Float64Array) => ({ updates: Float64Array.of(g[0] < 0 ? Number.NaN : 0), state: {} }),
    };
    const r = runOnline(p, bad, { x0: 0, steps: 10 });
    expect(r.divergedAt).toBe(2);
    expect(r.x.length).toBe(2);
  });
});
