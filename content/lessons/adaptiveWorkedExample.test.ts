import { describe, expect, it } from 'vitest';
import { adaptiveWorkedExample } from './adaptiveWorkedExample.ts';

const ex = adaptiveWorkedExample();

describe('adaptiveWorkedExample()', () => {
  it('Adam’s first three updates agree with Algorithm 1 computed by hand', () => {
    let m = 0;
    let v = 0;
    ex.steps.forEach((s, k) => {
      const t = k + 1;
      m = 0.9 * m + 0.1 * s.g;
      v = 0.999 * v + 0.001 * s.g * s.g;
      const mHat = m / (1 - 0.9 ** t);
      const vHat = v / (1 - 0.999 ** t);
      expect(s.m).toBeCloseTo(m, 14);
      expect(s.vHat).toBeCloseTo(vHat, 12);
      expect(s.update).toBeCloseTo((-0.1 * mHat) / (Math.sqrt(vHat) + 1e-8), 12);
    });
    // The first update is −η·sign(g₁) up to ε.
    expect(ex.steps[0].update).toBeCloseTo(-0.1, 7);
  });
  it('bias correction: 29 and 3043 steps for 5%; factors 1.14 and 50.5 at t = 20 (syllabus errata)', () => {
    expect(ex.bias.t1For5).toBe(29);
    expect(ex.bias.t2For5).toBe(3043);
    expect(ex.bias.f1At20).toBeCloseTo(1.1385, 3);
    expect(ex.bias.f2At20).toBeCloseTo(1 / (1 - 0.999 ** 20), 10);
    expect(ex.bias.t2For1).toBe(Math.ceil(Math.log(0.01 / 1.01) / Math.log(0.999)));
  });
  it('ε: outside the root barely matters at g = 1e-6; inside, 1e-8 dominates unless squared; Keras’ ε̂ scales by 1/√(1 − β₂)', () => {
    expect(ex.eps.outside).toBeCloseTo(1e-6 / (1e-6 + 1e-8), 9);
    expect(ex.eps.inside).toBeCloseTo(1e-6 / Math.sqrt(1e-12 + 1e-8), 9);
    expect(ex.eps.insideSquared).toBeCloseTo(1e-6 / Math.sqrt(1e-12 + 1e-16), 9);
    expect(ex.eps.kerasHat).toBeCloseTo(1e-6 / (1e-6 + 1e-7 / Math.sqrt(0.001)), 9);
  });
  it('AdaGrad’s steps are η/√t for a constant gradient; RMSProp’s first is η/√(1 − α) = 10η', () => {
    expect(ex.adagradSteps.t4).toBeCloseTo(0.1 / 2, 12);
    expect(ex.adagradSteps.t100).toBeCloseTo(0.01, 12);
    expect(ex.rmspropSteps.t1).toBeCloseTo(0.01 / Math.sqrt(0.01), 6);
    expect(ex.rmspropSteps.t1Alpha09).toBeCloseTo(0.01 / Math.sqrt(0.1), 6);
    // v_t = (1 − α^t) g², so the step is η/√(1 − 0.99^t).
    expect(ex.rmspropSteps.t100).toBeCloseTo(0.01 / Math.sqrt(1 - 0.99 ** 100), 6);
  });
  it('AdaDelta’s first step is √ε/√((1 − ρ)g² + ε)·g ≈ 0.00316 at g = 1, and nearly the same at g = 100', () => {
    expect(ex.adadeltaSteps.t1).toBeCloseTo(Math.sqrt(1e-6) / Math.sqrt(0.1 + 1e-6), 12);
    expect(ex.adadeltaSteps.t1At100).toBeCloseTo((100 * Math.sqrt(1e-6)) / Math.sqrt(0.1 * 1e4 + 1e-6), 12);
    expect(ex.adadeltaSteps.t2).toBeGreaterThan(ex.adadeltaSteps.t1);
  });
  it('clipping (3, 4) at 1: by norm (0.6, 0.8)·5/(5 + 1e-6), by value (1, 1)', () => {
    expect(ex.clip.byNorm[0]).toBeCloseTo(3 / (5 + 1e-6), 14);
    expect(ex.clip.byValue).toEqual([1, 1]);
  });
  it('Adam’s step bound rises from 1 to ≈ 7.27 (Kingma & Ba quote 3.16); Reddi: Adam at +1, AMSGrad at −1', () => {
    expect(ex.stepBound.t1).toBeCloseTo(1, 12);
    expect(ex.stepBound.limit).toBeCloseTo(0.1 / Math.sqrt(0.001 * (1 - 0.81 / 0.999)), 6);
    expect(ex.stepBound.kingma).toBeCloseTo(3.162, 3);
    expect(ex.reddi.adamX).toBeGreaterThan(0.99);
    expect(ex.reddi.amsX).toBeLessThan(-0.99);
    expect(ex.reddi.plusOneRegret).toBeCloseTo((2 * (ex.reddi.C - 2)) / 3, 12);
  });
});

describe('adaptiveWorkedExample(): the step bound against Kingma & Ba’s, both limits as t → ∞', () => {
  it('B_∞ = (1 − β₁)/√((1 − β₂)(1 − β₁²/β₂)) is about 2.3 times (1 − β₁)/√(1 − β₂), by hand', () => {
    const limit = 0.1 / Math.sqrt(0.001 * (1 - 0.81 / 0.999));
    expect(ex.stepBound.limit).toBeCloseTo(limit, 3); // t = 10⁶ is the limit to 1e-3
    expect(ex.stepBound.kingma).toBeCloseTo(Math.sqrt(10), 12);
    expect(ex.stepBound.limit / ex.stepBound.kingma).toBeCloseTo(2.3, 1);
  });
  it('Kingma & Ba’s case at step 10 is far below its limit: one non-zero gradient, corrected moments', () => {
    // m̂₁₀ = 0.1 g/(1 − 0.9¹⁰), v̂₁₀ = 0.001 g²/(1 − 0.999¹⁰): run Adam on (0, …, 0, g) and read the step.
    const g = 2;
    const grads = [...Array(9).fill(0), g];
    let m = 0;
    let v = 0;
    grads.forEach((gi) => {
      m = 0.9 * m + 0.1 * gi;
      v = 0.999 * v + 0.001 * gi * gi;
    });
    const step = m / (1 - 0.9 ** 10) / Math.sqrt(v / (1 - 0.999 ** 10));
    expect(ex.stepBound.kingmaAt10).toBeCloseTo(step, 12);
    expect(ex.stepBound.kingmaAt10).toBeLessThan(0.2 * ex.stepBound.kingma);
  });
});
