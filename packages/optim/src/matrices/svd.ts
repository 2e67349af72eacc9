import type { Vec } from '../types.ts';
import { integer, vecOfLength } from '../internal/validate.ts';

export interface Svd {
  /** Singular values σ₁ ≥ σ₂ ≥ … ≥ σ_k ≥ 0, k = min(rows, cols). */
  values: Float64Array;
  /** U: rows × k, row-major; its columns are the left singular vectors (zero where σ = 0). */
  U: Float64Array;
  /** V: cols × k, row-major; its columns are the right singular vectors. */
  V: Float64Array;
}

/**
 * Thin singular value decomposition $A = U\,\mathrm{diag}(\sigma)\,V^\top$ of a rows×cols matrix
 * (row-major) by one-sided Jacobi rotations (Hestenes 1958; Demmel & Veselić 1992): pairs of
 * columns of $AV$ are rotated until they are orthogonal, then $\sigma_i = \lVert (AV)_{:,i}\rVert$.
 * Unlike the eigenvalues of $A^\top A$, this keeps small singular values to high *relative*
 * accuracy, which the before/after plots of Newton–Schulz need (σ down to 10⁻³ of σ₁).
 * Wide matrices are decomposed through their transpose. Cost ≈ 6–10 sweeps of 3·rows·cols²
 * flops: fine up to a few hundred.
 */
export function svd(A: Vec, rows: number, cols: number): Svd {
  integer('svd', 'rows', rows, 1);
  integer('svd', 'cols', cols, 1);
  vecOfLength('svd', 'A', A, rows * cols);
  if (rows < cols) {
    const t = tallSvd(A, rows, cols, true);
    return { values: t.values, U: t.V, V: t.U };
  }
  return tallSvd(A, rows, cols, false);
}

/** Singular values of a rows×cols matrix, descending (see {@link svd}). */
export function singularValues(A: Vec, rows: number, cols: number): Float64Array {
  return svd(A, rows, cols).values;
}

/**
 * SVD of an m×n matrix with m ≥ n, given either as is (A m×n) or, when `transposed`, as the
 * row-major n'×m' matrix whose transpose it is. Works on the columns of B = AV kept as rows of
 * an n×m array so each rotation touches contiguous memory.
 */
function tallSvd(A: Vec, rowsIn: number, colsIn: number, transposed: boolean): Svd {
  const m = transposed ? colsIn : rowsIn; // tall dimension
  const n = transposed ? rowsIn : colsIn;
  // Bt[j] = column j of the tall matrix
  const Bt: Float64Array[] = [];
  for (let j = 0; j < n; j++) {
    const col = new Float64Array(m);
    if (transposed) col.set(A.subarray(j * colsIn, j * colsIn + m));
    else for (let i = 0; i < m; i++) col[i] = A[i * colsIn + j];
    Bt.push(col);
  }
  const Vt: Float64Array[] = [];
  for (let j = 0; j < n; j++) {
    const e = new Float64Array(n);
    e[j] = 1;
    Vt.push(e);
  }
  const tol = m * 2 ** -52; // rotate until every pair is orthogonal to working accuracy
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const bp = Bt[p];
        const bq = Bt[q];
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (let i = 0; i < m; i++) {
          alpha += bp[i] * bp[i];
          beta += bq[i] * bq[i];
          gamma += bp[i] * bq[i];
        }
        if (gamma === 0 || Math.abs(gamma) <= tol * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (let i = 0; i < m; i++) {
          const x = bp[i];
          const y = bq[i];
          bp[i] = c * x - s * y;
          bq[i] = s * x + c * y;
        }
        const vp = Vt[p];
        const vq = Vt[q];
        for (let i = 0; i < n; i++) {
          const x = vp[i];
          const y = vq[i];
          vp[i] = c * x - s * y;
          vq[i] = s * x + c * y;
        }
      }
    }
    if (!rotated) break;
  }
  const norms = Bt.map((b) => Math.sqrt(b.reduce((acc, x) => acc + x * x, 0)));
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => norms[j] - norms[i]);
  const values = new Float64Array(n);
  const U = new Float64Array(m * n); // m×n, column k = u_k
  const V = new Float64Array(n * n); // n×n, column k = v_k
  for (let k = 0; k < n; k++) {
    const j = order[k];
    const s = norms[j];
    values[k] = s;
    if (s > 0) for (let i = 0; i < m; i++) U[i * n + k] = Bt[j][i] / s;
    for (let i = 0; i < n; i++) V[i * n + k] = Vt[j][i];
  }
  return { values, U, V };
}
