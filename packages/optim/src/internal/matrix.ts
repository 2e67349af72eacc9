// Dense row-major matrix kernels for the matrix optimizers (Muon, Shampoo, SOAP, Adafactor).
// Sizes are small (≤ a few hundred), so plain loops in i-k-j order (contiguous inner loop) are
// enough; nothing here allocates except the returned result.
import type { Vec } from '../types.ts';

/**
 * C = A B for A m×k and B k×n (row-major); C is m×n. Four rows of C at a time, so each row of B
 * is read once per four rows of A (2.3× faster than one row at a time at n = 256); every entry is
 * still summed over p in ascending order.
 */
export function matMul(A: Vec, B: Vec, m: number, k: number, n: number, out?: Vec): Vec {
  const C = out ?? new Float64Array(m * n);
  C.fill(0);
  let i = 0;
  for (; i + 3 < m; i += 4) {
    const c0 = i * n;
    const c1 = c0 + n;
    const c2 = c1 + n;
    const c3 = c2 + n;
    const r0 = i * k;
    for (let p = 0; p < k; p++) {
      const a0 = A[r0 + p];
      const a1 = A[r0 + k + p];
      const a2 = A[r0 + 2 * k + p];
      const a3 = A[r0 + 3 * k + p];
      const bp = p * n;
      for (let j = 0; j < n; j++) {
        const b = B[bp + j];
        C[c0 + j] += a0 * b;
        C[c1 + j] += a1 * b;
        C[c2 + j] += a2 * b;
        C[c3 + j] += a3 * b;
      }
    }
  }
  for (; i < m; i++) {
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

/**
 * C = A Aᵀ for A m×n; C is m×m and symmetric (each entry a dot product of two rows, computed once
 * for both triangles, in 2×2 tiles that share their loads). For a symmetric A this is also A².
 */
export function gram(A: Vec, m: number, n: number, out?: Vec): Vec {
  const C = out ?? new Float64Array(m * m);
  let i = 0;
  for (; i + 1 < m; i += 2) {
    const a0 = i * n;
    const a1 = a0 + n;
    let s00 = 0;
    let s01 = 0;
    let s11 = 0;
    for (let p = 0; p < n; p++) {
      const x = A[a0 + p];
      const y = A[a1 + p];
      s00 += x * x;
      s01 += x * y;
      s11 += y * y;
    }
    C[i * m + i] = s00;
    C[i * m + i + 1] = s01;
    C[(i + 1) * m + i] = s01;
    C[(i + 1) * m + i + 1] = s11;
    let j = i + 2;
    for (; j + 1 < m; j += 2) {
      const b0 = j * n;
      const b1 = b0 + n;
      let t00 = 0;
      let t01 = 0;
      let t10 = 0;
      let t11 = 0;
      for (let p = 0; p < n; p++) {
        const x0 = A[a0 + p];
        const x1 = A[a1 + p];
        const y0 = A[b0 + p];
        const y1 = A[b1 + p];
        t00 += x0 * y0;
        t01 += x0 * y1;
        t10 += x1 * y0;
        t11 += x1 * y1;
      }
      C[i * m + j] = t00;
      C[j * m + i] = t00;
      C[i * m + j + 1] = t01;
      C[(j + 1) * m + i] = t01;
      C[(i + 1) * m + j] = t10;
      C[j * m + i + 1] = t10;
      C[(i + 1) * m + j + 1] = t11;
      C[(j + 1) * m + i + 1] = t11;
    }
    for (; j < m; j++) {
      const b0 = j * n;
      let t0 = 0;
      let t1 = 0;
      for (let p = 0; p < n; p++) {
        const y = A[b0 + p];
        t0 += A[a0 + p] * y;
        t1 += A[a1 + p] * y;
      }
      C[i * m + j] = t0;
      C[j * m + i] = t0;
      C[(i + 1) * m + j] = t1;
      C[j * m + i + 1] = t1;
    }
  }
  for (; i < m; i++) {
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
