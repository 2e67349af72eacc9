import type { Vec } from '../types.ts';
import type { Objective } from './types.ts';
import { finite, vecOfLength } from '../internal/validate.ts';
import { dot, matVec, solve, symmetricEigen } from '../internal/linalg.ts';

/** ½xᵀAx − bᵀx with its eigen-data. */
export interface Quadratic extends Objective {
  /** A, row-major dim×dim, symmetric. */
  A: Vec;
  b: Vec;
  hessian(x?: Vec): Vec;
  /** Eigenvalues of A, ascending. */
  eigenvalues: number[];
  /** Unit eigenvectors, eigenvectors[i] for eigenvalues[i]. */
  eigenvectors: Vec[];
  /** Smallest and largest eigenvalue: strong convexity μ and smoothness L (when μ > 0). */
  mu: number;
  L: number;
  /** κ = L/μ (∞ if μ ≤ 0). */
  kappa: number;
  /** A⁻¹b when A is positive definite, else null. */
  minimizer: Vec | null;
  /** f(x*) = −½bᵀA⁻¹b, or −∞ / null when there is no minimizer. */
  minimum: number | null;
}

export interface QuadraticOptions {
  /** Symmetric matrix, as rows or row-major. */
  A: number[][] | Vec;
  /** Linear term, default 0. */
  b?: number[] | Vec;
}

/**
 * $f(x) = \tfrac12 x^\top A x - b^\top x$, $\nabla f = Ax - b$, with eigenvalues/eigenvectors
 * (Jacobi) for the momentum lessons: along eigenvector i the GD error evolves as
 * $(1 - \alpha\lambda_i)^k$.
 */
export function quadratic({ A, b }: QuadraticOptions): Quadratic {
  const fn = 'quadratic';
  let n: number;
  let M: Vec;
  if (A instanceof Float64Array) {
    n = Math.round(Math.sqrt(A.length));
    if (n * n !== A.length) throw new RangeError(`${fn}: A has ${A.length} entries, not a square`);
    M = Float64Array.from(A);
  } else {
    if (!Array.isArray(A) || A.length === 0)
      throw new RangeError(`${fn}: A must be a non-empty square matrix`);
    n = A.length;
    M = new Float64Array(n * n);
    A.forEach((row, i) => {
      if (!Array.isArray(row) || row.length !== n)
        throw new RangeError(`${fn}: A[${i}] has length ${row?.length}, expected ${n}`);
      row.forEach((v, j) => (M[i * n + j] = finite(fn, `A[${i}][${j}]`, v)));
    });
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      finite(fn, `A[${i}][${j}]`, M[i * n + j]);
      if (Math.abs(M[i * n + j] - M[j * n + i]) > 1e-12 * (Math.abs(M[i * n + j]) + Math.abs(M[j * n + i]))) {
        throw new RangeError(`${fn}: A must be symmetric, A[${i}][${j}] ≠ A[${j}][${i}]`);
      }
    }
  }
  const bv = b === undefined ? new Float64Array(n) : Float64Array.from(b);
  vecOfLength(fn, 'b', bv, n);
  bv.forEach((v, i) => finite(fn, `b[${i}]`, v));
  const { values, vectors } = symmetricEigen(M, n);
  const mu = values[0];
  const L = values[n - 1];
  const pd = mu > 0;
  const xStar = pd ? solve(M, bv, n) : null;
  return {
    dim: n,
    A: M,
    b: bv,
    value: (x) => 0.5 * dot(x, matVec(M, x, n)) - dot(bv, x),
    grad: (x) => {
      const g = matVec(M, x, n);
      for (let i = 0; i < n; i++) g[i] -= bv[i];
      return g;
    },
    hessian: () => Float64Array.from(M),
    eigenvalues: values,
    eigenvectors: vectors,
    mu,
    L,
    kappa: pd ? L / mu : Infinity,
    minimizer: xStar,
    minimum: xStar ? -0.5 * dot(bv, xStar) : null,
  };
}
