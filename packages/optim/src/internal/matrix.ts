// Dense row-major matrix kernels for the matrix optimizers (Muon, Shampoo, SOAP, Adafactor).
// Sizes are small (≤ a few hundred), so plain loops in i-k-j order (contiguous inner loop) are
// enough; nothing here allocates except the returned result.
import type { Vec } from '../types.ts';

/** C = A B for A m×k and B k×n (row-major); C is m×n. */
export function matMul(A: Vec, B: Vec, m: number, k: number, n: number, out?: Vec): Vec {
  const C = out ?? new Float64Array(m * n);
  C.fill(0);
  for (let i = 0; i < m; i++) {
    const ci = i * n;
    const ai = i * k;
    for (let p = 0; p < k; p++) {
      const a = A[ai + p];
      const bp = p * n;
      for (let j = 0; j < n; j++) C[ci + j] += a * B[bp + j];
    }
  }
  return C;
}

/** C = A Aᵀ for A m×n; C is m×m and symmetric (upper triangle computed, then mirrored). */
export function gram(A: Vec, m: number, n: number, out?: Vec): Vec {
  const C = out ?? new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    const ai = i * n;
    for (let j = i; j < m; j++) {
      const aj = j * n;
      let s = 0;
      for (let p = 0; p < n; p++) s += A[ai + p] * A[aj + p];
      C[i * m + j] = s;
      C[j * m + i] = s;
    }
  }
  return C;
}

/** C = Aᵀ A for A m×n; C is n×n and symmetric. */
export function gramT(A: Vec, m: number, n: number, out?: Vec): Vec {
  const C = out ?? new Float64Array(n * n);
  C.fill(0);
  for (let p = 0; p < m; p++) {
    const ap = p * n;
    for (let i = 0; i < n; i++) {
      const a = A[ap + i];
      const ci = i * n;
      for (let j = i; j < n; j++) C[ci + j] += a * A[ap + j];
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) C[i * n + j] = C[j * n + i];
  return C;
}

/** Aᵀ for A m×n (the result is n×m). */
export function transpose(A: Vec, m: number, n: number): Vec {
  const T = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) T[j * m + i] = A[i * n + j];
  return T;
}

/** ‖A‖_F (also the Euclidean norm of a vector). */
export function frobenius(A: Vec, from = 0, to = A.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += A[i] * A[i];
  return Math.sqrt(s);
}

/** Q diag(f(λ)) Qᵀ for eigenvalues λ and eigenvectors as rows of `vectors` (n×n): a spectral function. */
export function spectralFunction(values: Vec, vectors: Vec, n: number, f: (lambda: number) => number): Vec {
  const out = new Float64Array(n * n);
  const w = new Float64Array(n);
  for (let k = 0; k < n; k++) w[k] = f(values[k]);
  for (let k = 0; k < n; k++) {
    const wk = w[k];
    const qk = k * n;
    for (let i = 0; i < n; i++) {
      const a = wk * vectors[qk + i];
      const oi = i * n;
      for (let j = 0; j < n; j++) out[oi + j] += a * vectors[qk + j];
    }
  }
  return out;
}
