import {
  componentTrajectory,
  dampingRegime,
  eigenComponents,
  empiricalRate,
  stepsToAccuracy,
  type DampingRegime,
  type MomentumMethod,
} from '@descent/optim';
import { runMethod } from '../lessons/momentum/ravineRuns.ts';
import { ravine } from '../lessons/momentum/ravine.ts';
import type { MomentumParams } from '../lessons/momentum/momentumParams.ts';

export interface ComponentView {
  /** 0 for the shallow direction (λ = 1/κ), 1 for the steep one (λ = 1). */
  index: number;
  lambda: number;
  /** ηλ, the number the regimes are read from. */
  lrLambda: number;
  regime: DampingRegime;
  /** Spectral radius of this component's 2×2 iteration. */
  predictedRate: number;
  /** Peak-to-peak rate measured on the run over its second half (NaN if too short or diverged). */
  measuredRate: number;
  /** Steps for ρᵗ ≤ 10⁻⁶. */
  predictedSteps: number;
  /** First step after which |cᵢ(t)| stays ≤ 10⁻⁶|cᵢ(0)| in the run; null if it never does within the run. */
  measuredSteps: number | null;
  /** |cᵢ(t)| measured from the run (projection of θ_t − θ* on eigenvector i). */
  measured: { x: number; y: number }[];
  /** |cᵢ(0)|·ρᵢᵗ: the slope the spectral radius predicts. */
  envelope: { x: number; y: number }[];
  /** Largest gap between the run's component and the scalar recurrence's (a check, ~1e-15). */
  recurrenceGap: number;
}

export interface EigenResult {
  method: MomentumMethod;
  components: ComponentView[];
  divergedAt: number | null;
}

export const ACCURACY = 1e-6;

/** Splits a ravine run into its eigen-components and sets each against its predicted rate. */
export function eigenSplit(p: MomentumParams, method: MomentumMethod): EigenResult {
  const q = ravine(p.kappa);
  const run = runMethod(method, p);
  const beta = method === 'gd' ? 0 : p.beta;
  const comps = run.points.map((x) => eigenComponents(x, [0, 0], q.eigenvectors));
  const components = q.eigenvalues.map((lambda, i): ComponentView => {
    const c = comps.map((v) => v[i]);
    const info = dampingRegime(p.lr, beta, lambda, method);
    const T = c.length - 1;
    const window = Math.max(2, Math.min(40, Math.ceil(info.halfPeriod ?? 1) + 1));
    const half = Math.floor(T / 2);
    const measuredRate =
      run.divergedAt === null && T >= 8 ? empiricalRate(c, Math.max(half, window - 1), T, window) : NaN;
    const c0 = Math.abs(c[0]);
    let last = -1;
    for (let k = 0; k < c.length; k++) if (Math.abs(c[k]) > ACCURACY * c0) last = k;
    const predicted = componentTrajectory(method, p.lr, beta, lambda, c[0], T);
    let gap = 0;
    for (let k = 0; k < Math.min(predicted.length, c.length); k++)
      gap = Math.max(gap, Math.abs(predicted[k] - c[k]));
    return {
      index: i,
      lambda,
      lrLambda: p.lr * lambda,
      regime: info.regime,
      predictedRate: info.rate,
      measuredRate,
      predictedSteps: stepsToAccuracy(info.rate, ACCURACY),
      measuredSteps: c0 === 0 ? 0 : last < c.length - 1 ? last + 1 : null,
      measured: c.map((v, k) => ({ x: k, y: Math.abs(v) })),
      envelope: c.map((_, k) => ({ x: k, y: c0 * info.rate ** k })),
      recurrenceGap: gap,
    };
  });
  return { method, components, divergedAt: run.divergedAt };
}
