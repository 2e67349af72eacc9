import type { Transform, Vec } from '../types.ts';
import { finite, integer, nonNegative, oneOf, vecOfLength } from '../internal/validate.ts';
import { checkLayout, type ParamLayout } from '../matrices/paramLayout.ts';
import { NEWTON_SCHULZ_COEFFICIENTS, newtonSchulzUnchecked } from '../matrices/newtonSchulz.ts';

/**
 * How Muon scales an orthogonalised rows×cols update:
 * 'jordan' $\sqrt{\max(1, \text{rows}/\text{cols})}$ (KellerJordan/Muon, the default);
 * 'moonlight' $0.2\sqrt{\max(\text{rows}, \text{cols})}$ (Liu et al. 2025, "Muon is Scalable for LLM
 * Training", Section 2.2, and Moonlight's `adjust_lr_for_muon`: an orthogonal r×c matrix has RMS
 * 1/√max(r, c), so this gives the update an RMS of 0.2, AdamW's typical one, and AdamW's lr and
 * decay carry over);
 * 'none' 1 (the bare polar-factor approximation).
 */
export type MuonShapeScale = 'jordan' | 'moonlight' | 'none';

export interface OrthogonalizeOptions {
  /** Matrix blocks (every block must be [rows, cols]). Required. */
  layout: ParamLayout;
  /** Newton–Schulz steps, default 5. */
  nsSteps?: number;
  /** (a, b, c), default (3.4445, −4.7750, 2.0315). */
  coefficients?: readonly [number, number, number];
  /** ε in X/(‖X‖_F + ε), default 1e-7. */
  eps?: number;
  /** Default 'jordan'. */
  shapeScale?: MuonShapeScale;
}

/** The factor {@link orthogonalize} multiplies a rows×cols block by. */
export function muonShapeScale(shapeScale: MuonShapeScale, rows: number, cols: number): number {
  if (shapeScale === 'jordan') return Math.max(1, rows / cols) ** 0.5;
  if (shapeScale === 'moonlight') return 0.2 * Math.sqrt(Math.max(rows, cols));
  return 1;
}

/**
 * Replaces each matrix block U of the update by its Newton–Schulz orthogonalisation times the
 * shape scale s: $U \leftarrow s \cdot \mathrm{NS}_5(U) \approx s\,U_UV_U^\top$ (see {@link newtonSchulz}).
 * Muon's second part (after {@link muonMomentum}); stateless. Steepest descent under the spectral
 * norm: for U = AΣBᵀ, the direction of unit spectral norm most aligned with U is ABᵀ (Bernstein &
 * Newhouse 2024, "Old Optimizer, New Norm").
 */
export function orthogonalize(options: OrthogonalizeOptions): Transform<Record<string, never>> {
  const fn = 'orthogonalize';
  if (options === null || typeof options !== 'object')
    throw new RangeError(`${fn}: options { layout } required`);
  const {
    layout,
    nsSteps = 5,
    coefficients = NEWTON_SCHULZ_COEFFICIENTS,
    eps = 1e-7,
    shapeScale = 'jordan',
  } = options;
  if (!Array.isArray(layout)) throw new RangeError(`${fn}: layout (matrix blocks) is required`);
  layout.forEach((b, i) => {
    if (b?.shape?.length !== 2) {
      throw new RangeError(
        `${fn}: layout[${i}] is not a matrix; Muon is for 2-D weights (use muonWithAdamw for the rest)`,
      );
    }
  });
  integer(fn, 'nsSteps', nsSteps, 0);
  if (!Array.isArray(coefficients) || coefficients.length !== 3)
    throw new RangeError(`${fn}: coefficients must be [a, b, c]`);
  coefficients.forEach((c, i) => finite(fn, `coefficients[${i}]`, c));
  nonNegative(fn, 'eps', eps);
  oneOf(fn, 'shapeScale', shapeScale, ['jordan', 'moonlight', 'none'] as const);
  let checkedN = -1;
  return {
    freshUpdates: true,
    init(params: Vec) {
      checkLayout(fn, layout, params.length);
      checkedN = params.length;
      return {};
    },
    update(grads: Vec, state: Record<string, never>) {
      if (grads.length !== checkedN) {
        vecOfLength(fn, 'grads', grads, grads.length);
        checkLayout(fn, layout, grads.length);
        checkedN = grads.length;
      }
      const out = new Float64Array(grads.length);
      for (const b of layout) {
        const [rows, cols] = b.shape as readonly [number, number];
        const size = rows * cols;
        const G = grads.subarray(b.offset, b.offset + size);
        const O = newtonSchulzUnchecked(G, rows, cols, nsSteps, coefficients, eps);
        const s = muonShapeScale(shapeScale, rows, cols);
        for (let i = 0; i < size; i++) out[b.offset + i] = O[i] * s;
      }
      return { updates: out, state };
    },
  };
}
