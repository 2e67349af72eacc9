import { describe, expect, it } from 'vitest';
import { polynomialRegression } from './polynomialRegression.ts';

describe('polynomialRegression({ n, degree, noise, seed })', () => {
  const pr = polynomialRegression({ n: 20, degree: 7, noise: 0.15, seed: 4 });
  it('draws n stratified inputs in [−1, 1], one per interval of width 2/n, ascending', () => {
    expect(pr.x).toHaveLength(20);
    pr.x.forEach((x, i) => {
      expect(x).toBeGreaterThanOrEqual(-1 + (2 * i) / 20);
      expect(x).toBeLessThan(-1 + (2 * (i + 1)) / 20);
    });
  });
  it('its gradient is the least-squares gradient Xᵀ(Xθ − y)/(ns), by finite differences of the training error', () => {
    const theta = Float64Array.from([0.2, -0.4, 0.1, 0.3, -0.2, 0.05, 0.1, -0.3]);
    const g = pr.grad(theta);
    const h = 1e-6;
    for (let k = 0; k < 8; k++) {
      const up = Float64Array.from(theta);
      const dn = Float64Array.from(theta);
      up[k] += h;
      dn[k] -= h;
      // f = (1/(2s))·trainError + const
      const fd = (pr.trainError(up) - pr.trainError(dn)) / (2 * h) / (2 * pr.scale);
      expect(g[k]).toBeCloseTo(fd, 7);
    }
  });
  it('is scaled so the largest curvature is 1, and its eigenvalues spread over more than four decades', () => {
    expect(pr.L).toBeCloseTo(1, 12);
    expect(pr.eigenvalues[0]).toBeLessThan(1e-4);
    expect(pr.eigenvalues[0]).toBeGreaterThan(0);
  });
  it('the minimiser interpolates least squares: its residual is orthogonal to every monomial', () => {
    const th = pr.minimizer!;
    for (let k = 0; k <= 7; k++) {
      const dotk = pr.x.reduce((s, x, i) => s + x ** k * (pr.predict(th, x) - pr.y[i]), 0);
      expect(Math.abs(dotk)).toBeLessThan(1e-9);
    }
  });
  it('testError measures the distance to the noiseless target: 0 for the target’s own Taylor polynomial up to its remainder', () => {
    const exact = polynomialRegression({ degree: 2, noise: 0, target: (x) => 1 - 2 * x + 0.5 * x * x });
    expect(exact.testError(Float64Array.from([1, -2, 0.5]))).toBeLessThan(1e-28);
    expect(exact.trainError(exact.minimizer!)).toBeLessThan(1e-24);
  });
  it('testForm is the test error as a quadratic form θᵀGθ − 2hᵀθ + k', () => {
    const { gram, cross, energy } = pr.testForm;
    for (const theta of [pr.minimizer!, Float64Array.from([1, 0.5, -2, 0, 0.3, 0, 0, 0.1])]) {
      let q = energy;
      for (let j = 0; j < 8; j++) {
        q -= 2 * cross[j] * theta[j];
        for (let k = 0; k < 8; k++) q += theta[j] * gram[j * 8 + k] * theta[k];
      }
      expect(q).toBeCloseTo(pr.testError(theta), 10);
    }
  });
  it('is the same data for the same seed and different data for another', () => {
    expect(polynomialRegression({ seed: 4 }).y).toEqual(polynomialRegression({ seed: 4 }).y);
    expect(polynomialRegression({ seed: 5 }).y).not.toEqual(polynomialRegression({ seed: 4 }).y);
  });
});
