import { adamw, lion, minimize, type Transform, type Vec } from '@descent/optim';
import type { Point } from '../kit/contourGeometry.ts';
import { lionProblem } from './problem.ts';
import type { LionVsAdamState } from './state.ts';

export interface LionRun {
  id: 'lion' | 'adam';
  label: string;
  points: Point[];
  /** |θ_{t,i} − θ_{t−1,i}| for t = 1 … and coordinate i = 0, 1. */
  stepSizes: [number[], number[]];
  /** f(θ_t) − f* for t = 0 …. */
  gaps: number[];
  divergedAt: number | null;
}

export interface LionVsAdamResult {
  runs: [LionRun, LionRun];
  fStar: number;
}

const run = (id: LionRun['id'], label: string, tx: Transform<unknown>, state: LionVsAdamState): LionRun => {
  const f = lionProblem();
  const r = minimize(f, tx, { x0: Float64Array.from([state.x0, state.y0]), steps: state.steps });
  const fStar = f.minimum ?? 0;
  const points = r.trajectory.map((x: Vec) => [x[0], x[1]] as Point);
  const stepSizes: [number[], number[]] = [[], []];
  for (let t = 1; t < points.length; t++)
    for (const i of [0, 1] as const) stepSizes[i].push(Math.abs(points[t][i] - points[t - 1][i]));
  return { id, label, points, stepSizes, gaps: r.losses.map((v) => v - fStar), divergedAt: r.divergedAt };
};

/**
 * lionVsAdam(state) → Lion (Chen et al. 2023: θ ← θ(1 − ηλ) − η·sign(β₁m + (1 − β₁)g)) and AdamW
 * (same η, β₁, λ; β₂ = 0.999) from the same start on the axis-aligned quadratic of problem.ts,
 * with each step's size per coordinate: Lion's is η(1 ± λθ) in every coordinate at every step.
 */
export function lionVsAdam(state: LionVsAdamState): LionVsAdamResult {
  const common = { lr: state.lr, beta1: state.beta1, weightDecay: state.wd };
  return {
    runs: [
      run('lion', 'Lion', lion({ ...common, beta2: state.beta2 }) as Transform<unknown>, state),
      run('adam', 'AdamW', adamw({ ...common, beta2: 0.999 }) as Transform<unknown>, state),
    ],
    fStar: lionProblem().minimum ?? 0,
  };
}
