import type { Transform, Vec } from '../types.ts';
import { finite, integer, nonNegative, vecOfLength } from '../internal/validate.ts';
import { layoutResolver, type ParamLayout } from '../matrices/paramLayout.ts';

export interface ScaleByFactoredRmsOptions {
  /** Parameter shapes; default: the whole vector as one (unfactored) vector block. */
  layout?: ParamLayout;
  /** c in β̂₂ₜ = 1 − t^c, default −0.8 (Shazeer & Stern 2018, Section 7 and 9). */
  decayRate?: number;
  /** ε₁ added to g² before averaging, default 1e-30. */
  eps1?: number;
  /**
   * A matrix is factored when its smaller side is ≥ this, default 1: every matrix, as the
   * PyTorch port in transformers does (`factored = len(shape) >= 2`). tensor2tensor and optax
   * use 128 (factor only matrices whose second-largest dimension is ≥ 128).
   */
  minDimSizeToFactor?: number;
}

/** Per block: factored row/column statistics (matrices), or a full second moment (vectors). */
export type FactoredBlockState =
  | {
      kind: 'factored';
      /** R/m: EMA of the row means of g² + ε₁ (length rows). */
      row: Vec;
      /** C/n: EMA of the column means of g² + ε₁ (length cols). */
      col: Vec;
    }
  | {
      kind: 'full';
      /** EMA of g² + ε₁, one entry per parameter. */
      v: Vec;
    };

export interface ScaleByFactoredRmsState {
  /** Updates applied so far (t after the last update). */
  count: number;
  /** β̂₂ of the last update (0 before the first, and at t = 1). */
  beta2: number;
  /** One entry per layout block, in layout order. */
  blocks: FactoredBlockState[];
}

/**
 * Adafactor's second-moment estimate and its preconditioned direction (Shazeer & Stern 2018,
 * "Adafactor: Adaptive Learning Rates with Sublinear Memory Cost", Algorithms 4 (matrices) and 5
 * (vectors), with the increasing decay of Section 7): $\hat\beta_{2t} = 1 - t^{c}$, c = −0.8.
 * For an n×m matrix block,
 * $R_t = \hat\beta_{2t}R_{t-1} + (1-\hat\beta_{2t})(G_t^2 + \varepsilon_1 1_n1_m^\top)1_m$,
 * $C_t = \hat\beta_{2t}C_{t-1} + (1-\hat\beta_{2t})1_n^\top(G_t^2 + \varepsilon_1 1_n1_m^\top)$,
 * $\hat V_t = R_tC_t/(1_n^\top R_t)$, $U_t = G_t/\sqrt{\hat V_t}$ — the rank-1 approximation of the
 * second moment that is optimal in I-divergence, stored in n + m numbers instead of nm.
 * Vector blocks keep the full $\hat V_t = \hat\beta_{2t}\hat V_{t-1} + (1-\hat\beta_{2t})(g_t^2 + \varepsilon_1)$.
 * Stored as row and column *means* (R/m, C/n), as the PyTorch port in huggingface/transformers
 * (`Adafactor._approx_sq_grad`): the ratio $\hat V$ is the same.
 */
export function scaleByFactoredRms(
  options: ScaleByFactoredRmsOptions = {},
): Transform<ScaleByFactoredRmsState> {
  const fn = 'scaleByFactoredRms';
  const { layout, decayRate = -0.8, eps1 = 1e-30, minDimSizeToFactor = 1 } = options;
  finite(fn, 'decayRate', decayRate);
  if (decayRate > 0)
    throw new RangeError(`${fn}: decayRate must be ≤ 0 (β̂₂ₜ = 1 − t^decayRate), got ${decayRate}`);
  nonNegative(fn, 'eps1', eps1);
  integer(fn, 'minDimSizeToFactor', minDimSizeToFactor, 1);
  const resolve = layoutResolver(fn, layout);
  return {
    freshUpdates: true,
    init(params: Vec) {
      const blocks: FactoredBlockState[] = resolve(params.length).map((b) =>
        b.shape.length === 2 && Math.min(b.shape[0], b.shape[1]) >= minDimSizeToFactor
          ? { kind: 'factored', row: new Float64Array(b.shape[0]), col: new Float64Array(b.shape[1]) }
          : {
              kind: 'full',
              v: new Float64Array(b.shape.length === 1 ? b.shape[0] : b.shape[0] * b.shape[1]),
            },
      );
      return { count: 0, beta2: 0, blocks };
    },
    update(grads: Vec, state: ScaleByFactoredRmsState) {
      let n = 0;
      for (const s of state.blocks) n += s.kind === 'full' ? s.v.length : s.row.length * s.col.length;
      vecOfLength(fn, 'grads', grads, n);
      const blocks = resolve(n);
      const t = state.count + 1;
      const beta2 = 1 - t ** decayRate;
      const keep = 1 - beta2;
      const u = new Float64Array(n);
      const next: FactoredBlockState[] = blocks.map((b, k) => {
        const s = state.blocks[k];
        const o = b.offset;
        if (s.kind === 'full') {
          const v = new Float64Array(s.v.length);
          for (let i = 0; i < v.length; i++) {
            const g = grads[o + i];
            v[i] = s.v[i] * beta2 + (g * g + eps1) * keep;
            u[o + i] = g / Math.sqrt(v[i]);
          }
          return { kind: 'full', v };
        }
        const rows = s.row.length;
        const cols = s.col.length;
        const rowMean = new Float64Array(rows);
        const colMean = new Float64Array(cols);
        for (let i = 0; i < rows; i++) {
          let acc = 0;
          for (let j = 0; j < cols; j++) {
            const g = grads[o + i * cols + j];
            const q = g * g + eps1;
            acc += q;
            colMean[j] += q;
          }
          rowMean[i] = acc / cols;
        }
        const row = new Float64Array(rows);
        const col = new Float64Array(cols);
        let rowAvg = 0;
        for (let i = 0; i < rows; i++) {
          row[i] = s.row[i] * beta2 + rowMean[i] * keep;
          rowAvg += row[i];
        }
        rowAvg /= rows;
        for (let j = 0; j < cols; j++) col[j] = s.col[j] * beta2 + (colMean[j] / rows) * keep;
        // u_ij = g_ij / sqrt(row_i col_j / mean(row))  (= G/√V̂ with V̂ = R C / 1ᵀR)
        const cInv = new Float64Array(cols);
        for (let j = 0; j < cols; j++) cInv[j] = 1 / Math.sqrt(col[j]);
        for (let i = 0; i < rows; i++) {
          const rInv = 1 / Math.sqrt(row[i] / rowAvg);
          const base = o + i * cols;
          for (let j = 0; j < cols; j++) u[base + j] = grads[base + j] * rInv * cInv[j];
        }
        return { kind: 'factored', row, col };
      });
      return { updates: u, state: { count: t, beta2, blocks: next } };
    },
  };
}
