import type { Transform, Vec } from '../types.ts';
import { integer, positive, vecOfLength } from '../internal/validate.ts';
import { layoutResolver, type ParamLayout } from '../matrices/paramLayout.ts';
import { gram, gramT, matMul, spectralFunction } from '../internal/matrix.ts';
import { eigh } from '../internal/eigh.ts';

export interface ScaleByShampooOptions {
  /** Blocks: matrices get two Kronecker factors, vectors one full matrix. Default: one vector. */
  layout?: ParamLayout;
  /** ε in L₀ = εI, R₀ = εI, default 1e-4 (torch-optimizer's default; the paper leaves it free). */
  eps?: number;
  /** Recompute the inverse roots every this many updates (1 = every update, Algorithm 1), default 1. */
  updateFreq?: number;
}

/** Shampoo's statistics of one block. */
export type ShampooBlockState =
  | {
      kind: 'matrix';
      /** L = εI + Σ G Gᵀ (rows×rows). */
      L: Vec;
      /** R = εI + Σ GᵀG (cols×cols). */
      R: Vec;
      /** L^{-1/4} as last computed. */
      Lroot: Vec;
      /** R^{-1/4} as last computed. */
      Rroot: Vec;
    }
  | {
      kind: 'vector';
      /** H = εI + Σ g gᵀ (n×n): full-matrix AdaGrad, Shampoo for order-1 tensors. */
      H: Vec;
      /** H^{-1/2} as last computed. */
      Hroot: Vec;
    };

export interface ScaleByShampooState {
  count: number;
  blocks: ShampooBlockState[];
}

/** A^p for a symmetric positive definite A (n×n) through its eigendecomposition. */
export function symmetricMatrixPower(A: Vec, n: number, p: number): Vec {
  const { values, vectors } = eigh(A, n);
  return spectralFunction(values, vectors, n, (l) => l ** p);
}

/**
 * Shampoo's preconditioned direction (Gupta, Koren & Singer 2018, "Shampoo: Preconditioned
 * Stochastic Tensor Optimization", Algorithm 1): for an m×n matrix block,
 * $L_t = L_{t-1} + G_tG_t^\top$, $R_t = R_{t-1} + G_t^\top G_t$ from $L_0 = \varepsilon I_m$, $R_0 = \varepsilon I_n$, and
 * $U_t = L_t^{-1/4}G_tR_t^{-1/4}$ — a Kronecker-factored approximation of full-matrix AdaGrad
 * ($(L_t^{1/2}\otimes R_t^{1/2})$ upper-bounds its preconditioner, Lemma 8). Vectors use Algorithm 2
 * with k = 1: $H_t = H_{t-1} + g_tg_t^\top$, $u_t = H_t^{-1/2}g_t$. Inverse roots by a symmetric
 * eigendecomposition, recomputed every `updateFreq` updates (the first included). Memory
 * m² + n² (+ the cached roots) per m×n block: for small matrices only.
 */
export function scaleByShampoo(options: ScaleByShampooOptions = {}): Transform<ScaleByShampooState> {
  const fn = 'scaleByShampoo';
  const { layout, eps = 1e-4, updateFreq = 1 } = options;
  positive(fn, 'eps', eps);
  integer(fn, 'updateFreq', updateFreq, 1);
  const resolve = layoutResolver(fn, layout);
  const epsEye = (n: number) => {
    const A = new Float64Array(n * n);
    for (let i = 0; i < n; i++) A[i * n + i] = eps;
    return A;
  };
  return {
    freshUpdates: true,
    init(params: Vec) {
      const blocks: ShampooBlockState[] = resolve(params.length).map((b) => {
        if (b.shape.length === 2) {
          const [m, n] = b.shape;
          return {
            kind: 'matrix',
            L: epsEye(m),
            R: epsEye(n),
            Lroot: new Float64Array(m * m),
            Rroot: new Float64Array(n * n),
          };
        }
        const n = b.shape[0];
        return { kind: 'vector', H: epsEye(n), Hroot: new Float64Array(n * n) };
      });
      return { count: 0, blocks };
    },
    update(grads: Vec, state: ScaleByShampooState) {
      let size = 0; // m·n = √(m²·n²), exact for integers below 2²⁶
      for (const s of state.blocks)
        size += s.kind === 'matrix' ? Math.sqrt(s.L.length * s.R.length) : Math.sqrt(s.H.length);
      vecOfLength(fn, 'grads', grads, size);
      const refresh = state.count % updateFreq === 0;
      const u = new Float64Array(grads.length);
      const blocks: ShampooBlockState[] = resolve(grads.length).map((b, k) => {
        const s = state.blocks[k];
        if (s.kind === 'matrix') {
          const [m, n] = b.shape as readonly [number, number];
          const G = grads.subarray(b.offset, b.offset + m * n);
          const GGt = gram(G, m, n);
          const GtG = gramT(G, m, n);
          const L = new Float64Array(m * m);
          const R = new Float64Array(n * n);
          for (let i = 0; i < L.length; i++) L[i] = s.L[i] + GGt[i];
          for (let i = 0; i < R.length; i++) R[i] = s.R[i] + GtG[i];
          const Lroot = refresh ? symmetricMatrixPower(L, m, -0.25) : s.Lroot;
          const Rroot = refresh ? symmetricMatrixPower(R, n, -0.25) : s.Rroot;
          u.set(matMul(matMul(Lroot, G, m, m, n), Rroot, m, n, n), b.offset);
          return { kind: 'matrix', L, R, Lroot, Rroot };
        }
        const n = b.shape[0];
        const g = grads.subarray(b.offset, b.offset + n);
        const H = new Float64Array(n * n);
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) H[i * n + j] = s.H[i * n + j] + g[i] * g[j];
        const Hroot = refresh ? symmetricMatrixPower(H, n, -0.5) : s.Hroot;
        u.set(matMul(Hroot, g, n, n, 1), b.offset);
        return { kind: 'vector', H, Hroot };
      });
      return { updates: u, state: { count: state.count + 1, blocks } };
    },
  };
}
