import { describe, expect, it } from 'vitest';
import { pathGraphQuadratic } from './pathGraphQuadratic.ts';
import { quadratic } from './quadratic.ts';

/** The dense Hessian (L − μ)/4·tridiag(−1, 2, −1) + μI, written out entry by entry. */
function denseHessian(mu: number, kappa: number, d: number): number[][] {
  const c = (mu * kappa - mu) / 4;
  return Array.from({ length: d }, (_, i) =>
    Array.from({ length: d }, (_, j) => (i === j ? 2 * c + mu : Math.abs(i - j) === 1 ? -c : 0)),
  );
}

describe('pathGraphQuadratic({ mu, kappa, dim })', () => {
  it('value, gradient and minimiser agree with the dense quadratic ½θᵀHθ − (L − μ)/4·θ₁', () => {
    const [mu, kappa, d] = [0.5, 40, 9];
    const p = pathGraphQuadratic({ mu, kappa, dim: d });
    const dense = quadratic({
      A: denseHessian(mu, kappa, d),
      b: [(mu * kappa - mu) / 4, ...Array(d - 1).fill(0)],
    });
    const x = Float64Array.from({ length: d }, (_, i) => Math.sin(i + 1));
    expect(p.value(x)).toBeCloseTo(dense.value(x), 12);
    p.grad(x).forEach((g, i) => expect(g).toBeCloseTo(dense.grad(x)[i], 12));
    p.minimizer.forEach((v, i) => expect(v).toBeCloseTo(dense.minimizer![i], 12));
    expect(p.minimum).toBeCloseTo(dense.minimum!, 12);
  });
  it('its value is Nesterov’s sum of squares: (L−μ)/8 (θ₁² + Σ(θᵢ − θᵢ₊₁)² + θ_d² − 2θ₁) + μ/2 ‖θ‖²', () => {
    const [mu, kappa, d] = [2, 10, 5];
    const p = pathGraphQuadratic({ mu, kappa, dim: d });
    const x = [0.3, -1, 2, 0.5, -0.25];
    let s = x[0] ** 2 + x[d - 1] ** 2 - 2 * x[0];
    for (let i = 0; i < d - 1; i++) s += (x[i] - x[i + 1]) ** 2;
    const byHand = ((mu * kappa - mu) / 8) * s + (mu / 2) * x.reduce((a, v) => a + v * v, 0);
    expect(p.value(Float64Array.from(x))).toBeCloseTo(byHand, 12);
  });
  it('closed-form eigenpairs satisfy H v = λ v, lie strictly inside (μ, κμ) and match the dense solver', () => {
    const [mu, kappa, d] = [1, 100, 12];
    const p = pathGraphQuadratic({ mu, kappa, dim: d });
    const dense = quadratic({ A: denseHessian(mu, kappa, d) });
    p.eigenvalues.forEach((lam, j) => {
      expect(lam).toBeGreaterThan(mu);
      expect(lam).toBeLessThan(kappa * mu);
      expect(lam).toBeCloseTo(dense.eigenvalues[j], 10);
      const v = p.eigenvector(j);
      const g = p.grad(v);
      g[0] += p.coupling; // H v = ∇f(v) + c e₁
      v.forEach((vi, i) => expect(g[i]).toBeCloseTo(lam * vi, 10));
      expect(v.reduce((a, b) => a + b * b, 0)).toBeCloseTo(1, 12);
    });
  });
  it('with many coordinates the minimiser is θ*ᵢ = qⁱ, q = (√κ − 1)/(√κ + 1), away from the far end', () => {
    const kappa = 100;
    const p = pathGraphQuadratic({ kappa, dim: 400 });
    const q = 9 / 11;
    for (const i of [1, 2, 5, 20, 60]) expect(p.minimizer[i - 1]).toBeCloseTo(q ** i, 12);
  });
  it('rejects κ ≤ 1, a non-positive μ and a dimension below 1', () => {
    expect(() => pathGraphQuadratic({ kappa: 1, dim: 3 })).toThrow(/kappa/);
    expect(() => pathGraphQuadratic({ mu: 0, kappa: 4, dim: 3 })).toThrow(/mu/);
    expect(() => pathGraphQuadratic({ kappa: 4, dim: 0 })).toThrow(/dim/);
  });
});
