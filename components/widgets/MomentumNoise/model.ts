import {
  effectiveStepSize,
  illConditionedQuadratic,
  momentumNoiseFloor,
  rng,
  sgd,
  stepInPlace,
} from '@descent/optim';
import { recordSteps } from '../kit/logSpacedSteps.ts';
import type { MomentumNoiseState } from './state.ts';

export interface NoiseSeries {
  id: 'sgd' | 'momentum' | 'same-lr';
  label: string;
  lr: number;
  beta: number;
  /** η/(1 − β). */
  effLr: number;
  /** (t, mean f(θ_t) − f* over runs and over the steps since the previous mark). */
  points: { x: number; y: number }[];
  /** Mean f − f* over the second half of the steps, all runs. */
  level: number | null;
  /** momentumNoiseFloor: the stationary E[f − f*] (Infinity if unstable). */
  predicted: number;
  divergedAt: number | null;
}

export interface MomentumNoiseResult {
  series: NoiseSeries[];
  eigenvalues: number[];
}

const START = [2, 1] as const;
const EXPLODE = 1e12;

function runSeries(
  id: NoiseSeries['id'],
  label: string,
  lr: number,
  beta: number,
  s: MomentumNoiseState,
  eigenvalues: number[],
): NoiseSeries {
  const q = illConditionedQuadratic({ mu: 1 / s.kappa, L: 1 });
  const tx = beta === 0 ? sgd({ lr }) : sgd({ lr, momentum: beta });
  const marks = recordSteps(s.steps);
  const sums = new Float64Array(marks.length);
  const counts = new Float64Array(marks.length);
  const half = Math.floor(s.steps / 2);
  let tail = 0;
  let tailCount = 0;
  let divergedAt: number | null = null;
  for (let r = 0; r < s.runs && divergedAt === null; r++) {
    // Run r of every series reads the same noise stream.
    const random = rng(`${s.seed}/${r}`);
    const x = Float64Array.from(START);
    let state = tx.init(x);
    const g = new Float64Array(2);
    sums[0] += q.value(x);
    counts[0]++;
    let m = 1;
    for (let k = 1; k <= s.steps; k++) {
      const grad = q.grad(x);
      g[0] = grad[0] + s.sigma * random.normal(0, 1);
      g[1] = grad[1] + s.sigma * random.normal(0, 1);
      state = stepInPlace(tx, g, state, x);
      const f = q.value(x);
      if (!Number.isFinite(f) || f > EXPLODE) {
        divergedAt = k;
        break;
      }
      if (k > marks[m]) m++;
      sums[m] += f;
      counts[m]++;
      if (k > half) {
        tail += f;
        tailCount++;
      }
    }
  }
  const points: { x: number; y: number }[] = [];
  for (let m = 0; m < marks.length; m++) {
    if (divergedAt !== null && marks[m] >= divergedAt) break;
    if (counts[m] > 0) points.push({ x: Math.max(1, marks[m]), y: sums[m] / counts[m] });
  }
  return {
    id,
    label,
    lr,
    beta,
    effLr: effectiveStepSize(lr, beta),
    points,
    level: divergedAt === null && tailCount > 0 ? tail / tailCount : null,
    predicted: momentumNoiseFloor({ lr, beta, eigenvalues, sigma2: s.sigma * s.sigma }),
    divergedAt,
  };
}

/**
 * momentumNoise(state) → SGD at step η_eff, momentum β at η = η_eff(1 − β) (the same effective step),
 * and optionally momentum at η = η_eff (the same lr), on ½(θ₁²/κ + θ₂²) with gradient noise of
 * standard deviation σ per coordinate; all read the same seeded noise.
 */
export function momentumNoise(s: MomentumNoiseState): MomentumNoiseResult {
  const eigenvalues = illConditionedQuadratic({ mu: 1 / s.kappa, L: 1 }).eigenvalues;
  return {
    series: seriesPlan(s).map((c) => runSeries(c.id, c.label, c.lr, c.beta, s, eigenvalues)),
    eigenvalues,
  };
}

export interface PlannedSeries {
  id: NoiseSeries['id'];
  label: string;
  lr: number;
  beta: number;
  effLr: number;
  predicted: number;
}

/**
 * seriesPlan(state) → the compared runs and their predicted floors, without running them (cheap,
 * synchronous): the view draws the predictions and the legend at once while the worker measures.
 */
export function seriesPlan(s: MomentumNoiseState): PlannedSeries[] {
  const eigenvalues = illConditionedQuadratic({ mu: 1 / s.kappa, L: 1 }).eigenvalues;
  const sigma2 = s.sigma * s.sigma;
  const plan = (id: NoiseSeries['id'], label: string, lr: number, beta: number): PlannedSeries => ({
    id,
    label,
    lr,
    beta,
    effLr: effectiveStepSize(lr, beta),
    predicted: momentumNoiseFloor({ lr, beta, eigenvalues, sigma2 }),
  });
  const out = [
    plan('sgd', 'SGD (β = 0)', s.effLr, 0),
    plan('momentum', `momentum β = ${s.beta}, same effective step`, s.effLr * (1 - s.beta), s.beta),
  ];
  if (s.sameLr && s.beta > 0) out.push(plan('same-lr', `momentum β = ${s.beta}, same η`, s.effLr, s.beta));
  return out;
}
