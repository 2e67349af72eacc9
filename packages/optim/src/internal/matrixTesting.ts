// Test-only matrix helpers. Deliberately written independently of the package's kernels
// (plain triple loops, cyclic-Jacobi eigendecomposition from linalg.ts) so tests compare two routes.
import type { Vec } from '../types.ts';
import { rng } from '../rng.ts';
import { symmetricEigen } from './linalg.ts';

/** A seeded rows×cols matrix with standard normal entries (row-major). */
export function randomMatrix(seed: number, rows: number, cols: number): Vec {
  const r = rng(seed);
  return Float64Array.from({ length: rows * cols }, () => r.normal(0, 1));
}

/** A B by the textbook triple loop. */
export function mul(A: Vec, B: Vec, m: number, k: number, n: number): Vec {
  const C = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += A[i * k + p] * B[p * n + j];
      C[i * n + j] = s;
    }
  return C;
}

/** Aᵀ. */
export function tr(A: Vec, m: number, n: number): Vec {
  const T = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) T[j * m + i] = A[i * n + j];
  return T;
}

/** A^p of a symmetric positive definite matrix through the Jacobi eigendecomposition. */
export function jacobiPower(A: Vec, n: number, p: number): Vec {
  const { values, vectors } = symmetricEigen(A, n);
  const out = new Float64Array(n * n);
  values.forEach((l, k) => {
    const w = l ** p;
    const q = vectors[k];
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[i * n + j] += w * q[i] * q[j];
  });
  return out;
}

/** max |a − b| over entries. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]);
    if (!(d <= worst)) worst = d;
  }
  return worst;
}

/** A random orthogonal n×n matrix (Gram–Schmidt of a seeded Gaussian matrix). */
export function randomOrthogonal(seed: number, n: number): Vec {
  const A = randomMatrix(seed, n, n);
  const Q = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) v[i] = A[i * n + j];
    for (let pass = 0; pass < 2; pass++)
      for (let k = 0; k < j; k++) {
        let d = 0;
        for (let i = 0; i < n; i++) d += Q[i * n + k] * v[i];
        for (let i = 0; i < n; i++) v[i] -= d * Q[i * n + k];
      }
    const norm = Math.hypot(...v);
    for (let i = 0; i < n; i++) Q[i * n + j] = v[i] / norm;
  }
  return Q;
}
