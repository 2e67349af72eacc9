import { describe, expect, it } from 'vitest';
import { stepsToAccuracy } from './stepsToAccuracy.ts';

describe('stepsToAccuracy(rate, tol)', () => {
  it('is the smallest k with ρᵏ ≤ ε (checked by counting)', () => {
    for (const rate of [0.5, 9 / 11, 99 / 101, 0.999]) {
      for (const tol of [1e-3, 1e-6]) {
        let k = 0;
        let e = 1;
        while (e > tol) {
          e *= rate;
          k++;
        }
        expect(stepsToAccuracy(rate, tol)).toBe(k);
      }
    }
  });
  it('gives 691 steps for GD and 69 for the heavy ball at κ = 100, ε = 10⁻⁶', () => {
    expect(stepsToAccuracy(99 / 101, 1e-6)).toBe(691);
    expect(stepsToAccuracy(9 / 11, 1e-6)).toBe(69);
  });
  it('handles the edges: ε ≥ 1 → 0, ρ = 0 → 1, ρ ≥ 1 → Infinity, exact powers not rounded up', () => {
    expect(stepsToAccuracy(0.5, 1)).toBe(0);
    expect(stepsToAccuracy(0, 1e-6)).toBe(1);
    expect(stepsToAccuracy(1, 1e-6)).toBe(Infinity);
    expect(stepsToAccuracy(0.1, 1e-6)).toBe(6);
    expect(() => stepsToAccuracy(0.5, 0)).toThrow(/tol/);
  });
});
