import { describe, expect, it } from 'vitest';
import { svd, singularValues } from './svd.ts';
import { symmetricEigen } from '../internal/linalg.ts';
import { maxAbsDiff, mul, randomMatrix, randomOrthogonal, tr } from '../internal/matrixTesting.ts';

describe('svd(A, rows, cols)', () => {
  for (const [rows, cols] of [
    [1, 1],
    [5, 3],
    [3, 5],
    [8, 8],
    [20, 7],
    [1, 6],
  ]) {
    it(`${rows}×${cols}: A = U diag(σ) Vᵀ with orthonormal columns; σ² are the eigenvalues of AᵀA (Jacobi)`, () => {
      const A = randomMatrix(rows * 31 + cols, rows, cols);
      const { values, U, V } = svd(A, rows, cols);
      const k = Math.min(rows, cols);
      expect(values.length).toBe(k);
      for (let i = 1; i < k; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1]);
      const S = new Float64Array(k * k);
      for (let i = 0; i < k; i++) S[i * k + i] = values[i];
      const back = mul(mul(U, S, rows, k, k), tr(V, cols, k), rows, k, cols);
      expect(maxAbsDiff(back, A)).toBeLessThan(1e-13 * values[0]);
      const I = Float64Array.from({ length: k * k }, (_, i) => (i % (k + 1) === 0 ? 1 : 0));
      expect(maxAbsDiff(mul(tr(U, rows, k), U, k, rows, k), I)).toBeLessThan(1e-13);
      expect(maxAbsDiff(mul(tr(V, cols, k), V, k, cols, k), I)).toBeLessThan(1e-13);
      // second route: eigenvalues of the smaller Gram matrix
      const small =
        rows >= cols
          ? mul(tr(A, rows, cols), A, cols, rows, cols)
          : mul(A, tr(A, rows, cols), rows, cols, rows);
      const eig = symmetricEigen(small, k)
        .values.map((l) => Math.sqrt(Math.max(l, 0)))
        .reverse();
      expect(maxAbsDiff(values, eig) / values[0]).toBeLessThan(1e-12);
      expect(Array.from(singularValues(A, rows, cols))).toEqual(Array.from(values));
    });
  }
  it('keeps small singular values to high relative accuracy (σ from 1 down to 1e-10)', () => {
    const n = 10;
    const Uo = randomOrthogonal(1, n);
    const Vo = randomOrthogonal(2, n);
    const sigma = Array.from({ length: n }, (_, i) => 10 ** (-i * (10 / (n - 1))));
    const S = new Float64Array(n * n);
    sigma.forEach((s, i) => (S[i * n + i] = s));
    const A = mul(mul(Uo, S, n, n, n), tr(Vo, n, n), n, n, n);
    const values = singularValues(A, n, n);
    // relative error far below what √eig(AᵀA) could give (≈ ε·σ₁²/σᵢ² for the smallest)
    values.forEach((v, i) => expect(Math.abs(v - sigma[i]) / sigma[i]).toBeLessThan(1e-5));
    values.slice(0, 6).forEach((v, i) => expect(Math.abs(v - sigma[i]) / sigma[i]).toBeLessThan(1e-10));
  });
  it('rank-deficient and zero matrices: zero singular values, U columns zero there', () => {
    const u = randomMatrix(4, 4, 1);
    const v = randomMatrix(5, 1, 3);
    const A = mul(u, v, 4, 1, 3);
    const { values } = svd(A, 4, 3);
    expect(values[1]).toBeLessThan(1e-14 * values[0]);
    expect(Array.from(svd(new Float64Array(6), 2, 3).values)).toEqual([0, 0]);
  });
  it('rejects bad shapes with a RangeError', () => {
    expect(() => svd(new Float64Array(5), 2, 3)).toThrow(/svd: A has length 5, expected 6/);
    expect(() => svd(new Float64Array(0), 0, 3)).toThrow(RangeError);
  });
});
