import { describe, expect, it } from 'vitest';
import { eigh } from './eigh.ts';
import { symmetricEigen } from './linalg.ts';
import { householderQ } from './householderQr.ts';
import { maxAbsDiff, mul, randomMatrix, randomOrthogonal, tr } from './matrixTesting.ts';

function symmetric(seed: number, n: number) {
  const A = randomMatrix(seed, n, n);
  const S = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) S[i * n + j] = A[i * n + j] + A[j * n + i];
  return S;
}

describe('eigh(A, n)', () => {
  for (const n of [1, 2, 3, 7, 16, 40]) {
    it(`n = ${n}: eigenvalues agree with cyclic Jacobi to 1e-12·‖A‖, A = Σ λ q qᵀ, Q orthogonal`, () => {
      const A = symmetric(n, n);
      const { values, vectors } = eigh(A, n);
      const jac = symmetricEigen(A, n);
      const scale = Math.max(...values.map(Math.abs));
      expect(maxAbsDiff(values, jac.values) / scale).toBeLessThan(1e-12);
      // eigenvectors agree up to sign (eigenvalues of a random matrix are distinct)
      for (let k = 0; k < n; k++) {
        const q = vectors.subarray(k * n, k * n + n);
        const dot = q.reduce((s, x, i) => s + x * jac.vectors[k][i], 0);
        expect(Math.abs(Math.abs(dot) - 1)).toBeLessThan(1e-9);
      }
      const Q = tr(vectors, n, n); // columns = eigenvectors
      const D = new Float64Array(n * n);
      for (let k = 0; k < n; k++) D[k * n + k] = values[k];
      expect(maxAbsDiff(mul(mul(Q, D, n, n, n), vectors, n, n, n), A) / scale).toBeLessThan(1e-13);
      const I = Float64Array.from({ length: n * n }, (_, i) => (i % (n + 1) === 0 ? 1 : 0));
      expect(maxAbsDiff(mul(vectors, Q, n, n, n), I)).toBeLessThan(1e-13);
      for (let k = 1; k < n; k++) expect(values[k]).toBeGreaterThanOrEqual(values[k - 1]);
    });
  }
  it('handles repeated eigenvalues (a rank-1 matrix and the identity)', () => {
    const n = 6;
    const u = randomMatrix(3, n, 1);
    const A = mul(u, tr(u, n, 1), n, 1, n);
    const { values, vectors } = eigh(A, n);
    const norm2 = u.reduce((s, x) => s + x * x, 0);
    expect(values[n - 1]).toBeCloseTo(norm2, 12);
    for (let k = 0; k < n - 1; k++) expect(Math.abs(values[k])).toBeLessThan(1e-13 * norm2);
    const I = Float64Array.from({ length: n * n }, (_, i) => (i % (n + 1) === 0 ? 1 : 0));
    expect(maxAbsDiff(mul(vectors, tr(vectors, n, n), n, n, n), I)).toBeLessThan(1e-13);
    const id = eigh(I, n);
    expect(Array.from(id.values)).toEqual(new Array(n).fill(1));
  });
  it('recovers a matrix built from a known spectrum', () => {
    const n = 12;
    const Q = randomOrthogonal(8, n);
    const lambda = Array.from({ length: n }, (_, i) => 10 ** (-6 + i / 2));
    const A = new Float64Array(n * n);
    for (let k = 0; k < n; k++)
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) A[i * n + j] += lambda[k] * Q[i * n + k] * Q[j * n + k];
    const { values } = eigh(A, n);
    values.forEach((v, k) => expect(Math.abs(v - lambda[k])).toBeLessThan(1e-13 * lambda[n - 1]));
  });
});

describe('householderQ(A, n)', () => {
  it('Q is orthogonal and QᵀA is upper triangular with LAPACK’s signs (diagonal −sign(a_kk)·…)', () => {
    for (const n of [1, 2, 5, 9]) {
      const A = randomMatrix(20 + n, n, n);
      const Q = householderQ(A, n);
      const I = Float64Array.from({ length: n * n }, (_, i) => (i % (n + 1) === 0 ? 1 : 0));
      expect(maxAbsDiff(mul(tr(Q, n, n), Q, n, n, n), I)).toBeLessThan(1e-14);
      const R = mul(tr(Q, n, n), A, n, n, n);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < i; j++) expect(Math.abs(R[i * n + j])).toBeLessThan(1e-13);
      // dgeqrf: the first reflector maps column 0 onto β e₁ with β = −sign(a₀₀)‖a₀‖
      if (n > 1) expect(Math.sign(R[0])).toBe(-Math.sign(A[0]));
    }
  });
});
