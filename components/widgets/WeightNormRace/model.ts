import {
  adam,
  adamw,
  logisticRegression,
  makeClassification,
  miniBatchGradient,
  rng,
  sampleIndices,
  stepInPlace,
  type Transform,
} from '@descent/optim';
import type { WeightNormRaceState } from './state.ts';

/** Examples and features of the logistic regression the three runs train. */
export const N = 200;
export const D = 6;

export interface NormRun {
  id: 'adam' | 'l2' | 'adamw';
  label: string;
  /** (t, ‖θ_t‖₂) for t = 0, …, steps, thinned to at most ~400 points. */
  norm: { x: number; y: number }[];
  /** |θ_j| after the last step, one per feature (smallest scale first). */
  final: number[];
  /** Mean logistic loss (no penalty) after the last step. */
  loss: number;
  divergedAt: number | null;
}

export interface WeightNormRaceResult {
  /** Feature scales c_j, log-spaced from 1/√spread to √spread. */
  scales: number[];
  runs: NormRun[];
  /** Updates run (the state's `steps`). */
  steps: number;
}

/** The data: makeClassification's rows with feature j multiplied by c_j (labels untouched). */
export function scaledData(state: Pick<WeightNormRaceState, 'spread' | 'seed'>) {
  const data = makeClassification({ n: N, d: D, seed: state.seed, separation: 8, flipY: 0 });
  const scales = Array.from({ length: D }, (_, j) => state.spread ** (j / (D - 1) - 0.5));
  const X = data.X.map((row) => row.map((v, j) => v * scales[j]));
  return { X, y: data.y, scales };
}

/**
 * weightNormRace(state) → Adam (no regularisation), Adam + L2 (torch.optim.Adam(weight_decay=λ))
 * and AdamW (torch.optim.AdamW(weight_decay=λ)) on a linearly separable logistic regression whose
 * features have scales spanning `spread`, all reading the same seeded mini-batches. Without
 * regularisation the norm grows without bound (the loss keeps falling as ‖θ‖ → ∞); the same λ
 * holds it back differently when it is divided by √v̂ (L2) or not (AdamW).
 */
export function weightNormRace(state: WeightNormRaceState): WeightNormRaceResult {
  const { X, y, scales } = scaledData(state);
  const problem = logisticRegression({ X, y, l2: 0 });
  const r = rng(state.seed + 1);
  const batches = Array.from({ length: state.steps }, () =>
    sampleIndices(r, N, Math.min(state.batch, N), true),
  );
  const make: [NormRun['id'], string, Transform<unknown>][] = [
    ['adam', 'Adam (λ = 0)', adam({ lr: state.lr }) as Transform<unknown>],
    ['l2', 'Adam + L2', adam({ lr: state.lr, weightDecay: state.wd * state.l2Factor }) as Transform<unknown>],
    ['adamw', 'AdamW', adamw({ lr: state.lr, weightDecay: state.wd }) as Transform<unknown>],
  ];
  const every = Math.max(1, Math.ceil(state.steps / 400));
  const runs = make.map(([id, label, tx]): NormRun => {
    const theta = new Float64Array(D);
    let s = tx.init(theta);
    const norm = [{ x: 0, y: 0 }];
    let divergedAt: number | null = null;
    for (let t = 1; t <= state.steps; t++) {
      s = stepInPlace(tx, miniBatchGradient(problem, batches[t - 1], theta), s, theta);
      let sq = 0;
      for (let j = 0; j < D; j++) sq += theta[j] * theta[j];
      const nrm = Math.sqrt(sq);
      if (!(nrm < 1e10)) {
        divergedAt = t;
        break;
      }
      if (t % every === 0 || t === state.steps) norm.push({ x: t, y: nrm });
    }
    return {
      id,
      label,
      norm,
      final: Array.from(theta, Math.abs),
      loss: divergedAt === null ? problem.value(theta) : NaN,
      divergedAt,
    };
  });
  return { scales, runs, steps: state.steps };
}
