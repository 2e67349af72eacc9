import { describe, expect, it } from 'vitest';
import { biasCorrection, stepsUntilBiasCorrectionBelow } from './biasCorrection.ts';
import {
  effectiveStepSize,
  gdOptimal,
  heavyBallOptimal,
  heavyBallRate,
  heavyBallSpectralRadius,
} from './momentum.ts';
import { linearScalingRule, sagaMemoryFloats, sgdNoiseFloor, svrgPassesPerSnapshot } from './scaling.ts';
import { minimize } from '../objectives/minimize.ts';
import { illConditionedQuadratic } from '../objectives/illConditionedQuadratic.ts';
import { heavyBall } from '../optimizers/heavyBall.ts';

describe('biasCorrection(beta, t)', () => {
  it('is 1/(1 − βᵗ): ≈ 1.14 for β = 0.9 at t = 20 and ≈ 50.5 for β = 0.999', () => {
    expect(biasCorrection(0.9, 20)).toBeCloseTo(1 / (1 - 0.9 ** 20), 15);
    expect(biasCorrection(0.9, 20)).toBeCloseTo(1.138, 3);
    expect(biasCorrection(0.999, 20)).toBeCloseTo(50.5, 1);
    expect(biasCorrection(0.9, 1)).toBeCloseTo(10, 12);
  });
  it('throws RangeError naming beta and t', () => {
    expect(() => biasCorrection(1, 3)).toThrow(/biasCorrection: beta/);
    expect(() => biasCorrection(0.9, 0)).toThrow(/biasCorrection: t/);
  });
});

describe('stepsUntilBiasCorrectionBelow(beta, tol)', () => {
  it('needs t ≥ 29 for β₁ = 0.9 and t ≥ 3043 for β₂ = 0.999 to get under 5%', () => {
    expect(stepsUntilBiasCorrectionBelow(0.9, 0.05)).toBe(29);
    expect(biasCorrection(0.9, 28)).toBeGreaterThanOrEqual(1.05);
    expect(biasCorrection(0.9, 29)).toBeLessThan(1.05);
    expect(stepsUntilBiasCorrectionBelow(0.999, 0.05)).toBe(3043);
    expect(stepsUntilBiasCorrectionBelow(0, 0.05)).toBe(1);
  });
});

describe('momentum analysis', () => {
  it('effectiveStepSize(lr, beta) = lr/(1 − β)', () =>
    expect(effectiveStepSize(0.01, 0.9)).toBeCloseTo(0.1, 15));
  it('gdOptimal(mu, L) gives α = 2/(μ + L) and rate (κ − 1)/(κ + 1)', () => {
    expect(gdOptimal(1, 100)).toEqual({ lr: 2 / 101, rate: 99 / 101 });
  });
  it('heavyBallOptimal(mu, L) gives Polyak’s α*, β* and rate (√κ − 1)/(√κ + 1)', () => {
    const o = heavyBallOptimal(1, 100);
    expect(o.rate).toBeCloseTo(9 / 11, 15);
    expect(o.beta).toBeCloseTo(81 / 121, 15);
    expect(o.lr).toBeCloseTo(4 / 121, 15);
    // At the optimum every eigenvalue in [μ, L] contracts at exactly √β*.
    // (μ and L are double roots, where rounding in the discriminant costs ~√ε.)
    expect(Math.abs(heavyBallRate(o.lr, o.beta, [1, 10, 50, 100]) - o.rate)).toBeLessThan(1e-7);
  });
  it('heavyBallSpectralRadius(lr, beta, lambda) is |1 − αλ| for β = 0 and crosses 1 at αλ = 2 + 2β', () => {
    expect(heavyBallSpectralRadius(0.1, 0, 5)).toBeCloseTo(0.5, 15);
    expect(heavyBallSpectralRadius(0.1, 0.5, 29.9)).toBeLessThan(1);
    expect(heavyBallSpectralRadius(0.1, 0.5, 30.1)).toBeGreaterThan(1);
  });
  it('the predicted rate matches the measured heavyBall contraction on a quadratic', () => {
    const q = illConditionedQuadratic({ mu: 1, L: 100 });
    const o = heavyBallOptimal(q.mu, q.L);
    const r = minimize(q, heavyBall({ lr: o.lr, beta: o.beta }), {
      x0: Float64Array.from([1, 1]),
      steps: 400,
    });
    const err = (k: number) => Math.hypot(r.trajectory[k][0], r.trajectory[k][1]);
    const measured = (err(400) / err(200)) ** (1 / 200);
    // Repeated eigenvalue at the optimum gives a k·ρᵏ factor: allow a few percent.
    expect(Math.abs(measured - o.rate)).toBeLessThan(0.01);
  });
});

describe('scaling and variance-reduction helpers', () => {
  it('linearScalingRule(baseLr, baseBatch, batch) scales linearly', () =>
    expect(linearScalingRule(0.1, 256, 8192)).toBeCloseTo(3.2, 14));
  it('sagaMemoryFloats(n, d) = n·d + d; svrgPassesPerSnapshot(n, 2n) = 5', () => {
    expect(sagaMemoryFloats(2000, 20)).toBe(40020);
    expect(svrgPassesPerSnapshot(100, 200)).toBe(5);
  });
  it('sgdNoiseFloor({ lr, L, mu, sigma2 }) = αLσ²/(2μ)', () =>
    expect(sgdNoiseFloor({ lr: 0.1, L: 2, mu: 0.5, sigma2: 3 })).toBeCloseTo(0.6, 15));
});
