import type { Transform, Vec } from '../types.ts';
import { boolean, integer, nonNegative, unitInterval, vecOfLength } from '../internal/validate.ts';
import { layoutResolver, type ParamLayout } from '../matrices/paramLayout.ts';
import { gram, gramT, matMul, transpose } from '../internal/matrix.ts';
import { eigh } from '../internal/eigh.ts';
import { householderQ } from '../internal/householderQr.ts';

export interface ScaleBySoapOptions {
  /** Blocks: matrices get a basis per side; vectors are plain Adam unless `precondition1d`. */
  layout?: ParamLayout;
  /** β₁ of Adam's first moment, default 0.95. */
  beta1?: number;
  /** β₂ of Adam's second moment, default 0.95. */
  beta2?: number;
  /** β of the preconditioner averages L, R; default: β₂ (the reference's shampoo_beta = −1). */
  shampooBeta?: number;
  /** ε outside the root, default 1e-8. */
  eps?: number;
  /** Refresh the eigenbasis every f updates, default 10. */
  preconditionFrequency?: number;
  /** Sides longer than this get no rotation, default 10000. */
  maxPrecondDim?: number;
  /** Rotate vector blocks too (one n×n factor), default false. */
  precondition1d?: boolean;
  /** Divide the direction by its RMS (+1e-30), default false. */
  normalizeGrads?: boolean;
  /** Adam's bias correction √(1−β₂ᵗ)/(1−β₁ᵗ), default true. */
  correctBias?: boolean;
}

/** SOAP's state for one block; a vector block of length n is treated as n×1. */
export interface SoapBlockState {
  rows: number;
  cols: number;
  /** Adam's first moment, kept in the eigenbasis (rows×cols). */
  m: Vec;
  /** Adam's second moment in the eigenbasis (rows×cols). */
  v: Vec;
  /** L: EMA of GGᵀ (rows×rows), or null (no rotation on this side). */
  L: Vec | null;
  /** R: EMA of GᵀG (cols×cols), or null. */
  R: Vec | null;
  /** Q_L: eigenbasis of L (columns, descending eigenvalue order at the last refresh; zeros before the first call), or null. */
  QL: Vec | null;
  /** Q_R: eigenbasis of R, or null. */
  QR: Vec | null;
}

export interface ScaleBySoapState {
  /** Calls so far, including the first (which only initialises the preconditioners). */
  count: number;
  /** Adam steps taken (count − 1 after the first call): the t of the bias correction. */
  step: number;
  blocks: SoapBlockState[];
}

/** torch's lerp (start + w(end − start) for w < ½, end − (end − start)(1 − w) otherwise). */
function lerpInto(start: Vec, end: Vec, w: number): Vec {
  const out = new Float64Array(start.length);
  for (let i = 0; i < out.length; i++) {
    out[i] = w < 0.5 ? start[i] + w * (end[i] - start[i]) : end[i] - (end[i] - start[i]) * (1 - w);
  }
  return out;
}

/** Q_Lᵀ X Q_R (a null factor is the identity). */
function project(X: Vec, b: SoapBlockState): Vec {
  let Y = X;
  if (b.QL !== null) Y = matMul(transpose(b.QL, b.rows, b.rows), Y, b.rows, b.rows, b.cols);
  if (b.QR !== null) Y = matMul(Y, b.QR, b.rows, b.cols, b.cols);
  return Y;
}

/** Q_L X Q_Rᵀ. */
function projectBack(X: Vec, b: SoapBlockState): Vec {
  let Y = X;
  if (b.QL !== null) Y = matMul(b.QL, Y, b.rows, b.rows, b.cols);
  if (b.QR !== null) Y = matMul(Y, transpose(b.QR, b.cols, b.cols), b.rows, b.cols, b.cols);
  return Y;
}

/** Eigenvectors of (A + 10⁻³⁰I) as columns, in descending eigenvalue order (torch.linalg.eigh, flipped). */
function eigenbasis(A: Vec, n: number): Vec {
  const shifted = Float64Array.from(A);
  for (let i = 0; i < n; i++) shifted[i * n + i] += 1e-30;
  const { vectors } = eigh(shifted, n);
  const Q = new Float64Array(n * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) Q[i * n + j] = vectors[(n - 1 - j) * n + i];
  return Q;
}

/**
 * The eigenbasis refresh of SOAP's code (`get_orthogonal_matrix_QR`): estimate the eigenvalues
 * as diag(QᵀPQ), sort the columns of Q by them (descending) and permute the second moment the
 * same way along `axis`, then one step of power iteration, Q ← qr(P Q).Q.
 */
function refreshBasis(
  P: Vec,
  Q: Vec,
  n: number,
  v: Vec,
  rows: number,
  cols: number,
  axis: 0 | 1,
): { Q: Vec; v: Vec } {
  const PQ = matMul(P, Q, n, n, n);
  const est = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += Q[i * n + j] * PQ[i * n + j];
    est[j] = s;
  }
  const order = Array.from({ length: n }, (_, j) => j).sort((a, b) => est[b] - est[a] || a - b);
  const sorted = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sorted[i * n + j] = Q[i * n + order[j]];
  const vNext = new Float64Array(v.length);
  if (axis === 0)
    for (let i = 0; i < rows; i++) vNext.set(v.subarray(order[i] * cols, order[i] * cols + cols), i * cols);
  else
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) vNext[i * cols + j] = v[i * cols + order[j]];
  return { Q: householderQ(matMul(P, sorted, n, n, n), n), v: vNext };
}

/**
 * SOAP's direction, "ShampoO with Adam in the Preconditioner's eigenbasis" (Vyas et al. 2024,
 * "SOAP: Improving and Stabilizing Shampoo using Adam", Algorithm 1, as the authors' code
 * nikhilvyas/SOAP `soap.py`, commit a1e55353, Dec 2024). Per m×n block, with $Q_L, Q_R$ the
 * eigenbases of the Shampoo statistics $L \approx E[GG^\top]$, $R \approx E[G^\top G]$:
 * $G' = Q_L^\top G Q_R$; $M \leftarrow \beta_1M + (1-\beta_1)G'$, $V \leftarrow \beta_2V + (1-\beta_2)G'^2$ (kept in the
 * eigenbasis); $D = \frac{\sqrt{1-\beta_2^t}}{1-\beta_1^t}\,Q_L\big(M/(\sqrt V + \varepsilon)\big)Q_R^\top$. Then
 * $L \leftarrow$ lerp$(L, GG^\top, 1-\beta)$, $R \leftarrow$ lerp$(R, G^\top G, 1-\beta)$, and every f steps the
 * basis is refreshed by one power-iteration step and a QR decomposition (sorting by the estimated
 * eigenvalues and permuting V accordingly); M is carried to the new basis, V is not rotated.
 * The first call only initialises L, R and the bases (by eigendecomposition) and returns 0:
 * "the first step is skipped so that we never use the current gradients in the projection".
 * Vector blocks are plain Adam (rotated too with `precondition1d`). The reference's `merge_dims`
 * (for ≥ 3-D tensors) is not needed for matrices and not implemented.
 */
export function scaleBySoap(options: ScaleBySoapOptions = {}): Transform<ScaleBySoapState> {
  const fn = 'scaleBySoap';
  const {
    layout,
    beta1 = 0.95,
    beta2 = 0.95,
    shampooBeta = beta2,
    eps = 1e-8,
    preconditionFrequency = 10,
    maxPrecondDim = 10000,
    precondition1d = false,
    normalizeGrads = false,
    correctBias = true,
  } = options;
  unitInterval(fn, 'beta1', beta1);
  unitInterval(fn, 'beta2', beta2);
  unitInterval(fn, 'shampooBeta', shampooBeta);
  nonNegative(fn, 'eps', eps);
  integer(fn, 'preconditionFrequency', preconditionFrequency, 1);
  integer(fn, 'maxPrecondDim', maxPrecondDim, 1);
  boolean(fn, 'precondition1d', precondition1d);
  boolean(fn, 'normalizeGrads', normalizeGrads);
  boolean(fn, 'correctBias', correctBias);
  const resolve = layoutResolver(fn, layout);
  const w = 1 - shampooBeta;
  return {
    freshUpdates: true,
    init(params: Vec) {
      const blocks = resolve(params.length).map((b): SoapBlockState => {
        const matrix = b.shape.length === 2;
        const rows = b.shape[0];
        const cols = b.shape.length === 2 ? b.shape[1] : 1;
        const leftSide = (matrix || precondition1d) && rows <= maxPrecondDim;
        const rightSide = matrix && cols <= maxPrecondDim;
        return {
          rows,
          cols,
          m: new Float64Array(rows * cols),
          v: new Float64Array(rows * cols),
          L: leftSide ? new Float64Array(rows * rows) : null,
          R: rightSide ? new Float64Array(cols * cols) : null,
          // allocated now (so the state's size is its steady-state size); filled by the first call
          QL: leftSide ? new Float64Array(rows * rows) : null,
          QR: rightSide ? new Float64Array(cols * cols) : null,
        };
      });
      return { count: 0, step: 0, blocks };
    },
    update(grads: Vec, state: ScaleBySoapState) {
      let size = 0;
      for (const b of state.blocks) size += b.rows * b.cols;
      vecOfLength(fn, 'grads', grads, size);
      const layoutNow = resolve(size);
      const out = new Float64Array(size);
      const first = state.count === 0;
      const step = first ? 0 : state.step + 1;
      const blocks = state.blocks.map((s, k): SoapBlockState => {
        const { rows, cols } = s;
        const o = layoutNow[k].offset;
        const G = grads.slice(o, o + rows * cols);
        const outerL = () => gram(G, rows, cols);
        const outerR = () => gramT(G, rows, cols);
        if (first) {
          const L = s.L === null ? null : lerpInto(s.L, outerL(), w);
          const R = s.R === null ? null : lerpInto(s.R, outerR(), w);
          return {
            ...s,
            L,
            R,
            QL: L === null ? null : eigenbasis(L, rows),
            QR: R === null ? null : eigenbasis(R, cols),
          };
        }
        const gp = project(G, s);
        const n = rows * cols;
        const mRot = new Float64Array(n);
        let v: Vec = new Float64Array(n);
        const ratio = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          mRot[i] = s.m[i] * beta1 + gp[i] * (1 - beta1);
          v[i] = s.v[i] * beta2 + gp[i] * gp[i] * (1 - beta2);
          ratio[i] = mRot[i] / (Math.sqrt(v[i]) + eps);
        }
        const stepSize = correctBias ? Math.sqrt(1 - beta2 ** step) / (1 - beta1 ** step) : 1;
        const d = projectBack(ratio, s);
        let norm = 1;
        if (normalizeGrads) {
          let ss = 0;
          for (let i = 0; i < n; i++) ss += d[i] * d[i];
          norm = 1e-30 + Math.sqrt(ss / n);
        }
        for (let i = 0; i < n; i++) out[o + i] = (d[i] / norm) * stepSize;
        // Preconditioner update: M back to the original space, new statistics, maybe a new basis,
        // M into the (new) basis.
        const mOrig = projectBack(mRot, s);
        const L = s.L === null ? null : lerpInto(s.L, outerL(), w);
        const R = s.R === null ? null : lerpInto(s.R, outerR(), w);
        let QL: Vec | null = s.QL;
        let QR: Vec | null = s.QR;
        if (step % preconditionFrequency === 0) {
          if (L !== null && QL !== null) ({ Q: QL, v } = refreshBasis(L, QL, rows, v, rows, cols, 0));
          if (R !== null && QR !== null) ({ Q: QR, v } = refreshBasis(R, QR, cols, v, rows, cols, 1));
        }
        const next: SoapBlockState = { rows, cols, m: mOrig, v, L, R, QL, QR };
        next.m = project(mOrig, next);
        return next;
      });
      return { updates: out, state: { count: state.count + 1, step, blocks } };
    },
  };
}
