import { describe, expect, it } from 'vitest';
import { maxStableLr, stableStepTimesCurvature } from './stabilityLimit.ts';
import { spectralRadius } from './spectralRadius.ts';

describe('stableStepTimesCurvature(method, beta)', () => {
  it('is 2 for GD, 2 + 2β for the heavy ball, (2 + 2β)/(1 + 2β) for Nesterov', () => {
    expect(stableStepTimesCurvature('gd', 0.9)).toBe(2);
    expect(stableStepTimesCurvature('heavyBall', 0.5)).toBe(3);
    expect(stableStepTimesCurvature('nesterov', 0.5)).toBeCloseTo(1.5, 15);
  });
  it('is where the spectral radius crosses 1 (found independently by bisection)', () => {
    for (const method of ['gd', 'heavyBall', 'nesterov'] as const) {
      for (const beta of [0, 0.2, 0.7, 0.95]) {
        // Bisection on ηλ ∈ [0.5, 4.5] for ρ = 1 with λ = 1.
        let lo = 0.5;
        let hi = 4.5;
        for (let i = 0; i < 60; i++) {
          const mid = (lo + hi) / 2;
          if (spectralRadius(method, mid, beta, 1) < 1) lo = mid;
          else hi = mid;
        }
        expect(lo).toBeCloseTo(stableStepTimesCurvature(method, beta), 8);
      }
    }
  });
  it('maxStableLr divides by λ and validates its arguments', () => {
    expect(maxStableLr('heavyBall', 0.9, 100)).toBeCloseTo(0.038, 15);
    expect(() => maxStableLr('heavyBall', 1, 1)).toThrow(/beta/);
    expect(() => maxStableLr('heavyBall', 0.5, 0)).toThrow(/lambda/);
  });
});
