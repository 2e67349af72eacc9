import { inverseTimeLR, rng, sgdNoiseFloor, sgdSampler, type LearningRate } from '@descent/optim';
import { formatNumber } from '../kit/formatNumber.ts';
import { recordSteps } from '../kit/logSpacedSteps.ts';
import { lessonProblem } from '../lessons/sgd/lessonProblem.ts';
import type { NoiseFloorState } from './state.ts';

export interface FloorSeries {
  id: string;
  label: string;
  /** (t_m, mean of f(θ_k) − f* over all runs and over the steps t_{m−1} < k ≤ t_m) at log-spaced t_m. */
  points: { x: number; y: number }[];
  /** First step at which any run diverged; its points stop before it. */
  divergedAt: number | null;
  /** Mean of f − f* over the second half of the steps (all runs): the measured level. */
  level: number | null;
  /** Bottou–Curtis–Nocedal bound ηLσ²/(2μ) with σ² = σ²(θ*)/b; null for decaying steps or η > 1/L. */
  bound: number | null;
}

export interface NoiseFloorResult {
  series: FloorSeries[];
  L: number;
  mu: number;
  sigma2: number;
}

/** The learning rates of the constant curves, as multiples of η. */
export const FRACTIONS = [1, 1 / 3, 1 / 10] as const;
const EXPLODE = 1e10;

function runSeries(
  id: string,
  label: string,
  lr: LearningRate,
  state: NoiseFloorState,
  bound: number | null,
): FloorSeries {
  const { problem, fStar, start } = lessonProblem();
  const marks = recordSteps(state.steps);
  // sums[m]: f − f* summed over runs and over the steps in the bin (marks[m−1], marks[m]];
  // averaging over the bin as well as over runs smooths the curve without hiding its level.
  const sums = new Float64Array(marks.length);
  const half = Math.floor(state.steps / 2);
  let tail = 0;
  let divergedAt: number | null = null;
  const method = sgdSampler({ lr, batchSize: state.batch });
  for (let r = 0; r < state.runs; r++) {
    // Run r of every curve reads the same stream, so the curves differ only by their steps.
    const random = rng(`${state.seed}/${r}`);
    let s = method.init(problem, Float64Array.from(start), random);
    const f0 = problem.value(s.x);
    const limit = EXPLODE * Math.max(1, Math.abs(f0));
    sums[0] += f0 - fStar;
    let m = 1;
    const last = divergedAt ?? state.steps;
    for (let k = 1; k <= last; k++) {
      s = method.step(problem, s, random).state;
      const f = problem.value(s.x);
      if (!Number.isFinite(f) || Math.abs(f) > limit) {
        divergedAt = Math.min(divergedAt ?? k, k);
        break;
      }
      if (k > marks[m]) m++;
      sums[m] += f - fStar;
      if (k > half) tail += f - fStar;
    }
  }
  const points: { x: number; y: number }[] = [];
  marks.forEach((step, i) => {
    if (divergedAt !== null && step >= divergedAt) return;
    const width = i === 0 ? 1 : step - marks[i - 1];
    points.push({ x: step, y: sums[i] / (state.runs * width) });
  });
  return {
    id,
    label,
    points,
    divergedAt,
    level: divergedAt === null ? tail / (state.runs * (state.steps - half)) : null,
    bound,
  };
}

/**
 * noiseFloor(state) → mean suboptimality curves of mini-batch SGD (optim's sgdSampler) with
 * constant learning rates η, η/3, η/10 and, optionally, the decaying rate for update t,
 * η_t = η/(1 + ημ(t − 1)/2) — that is a/(τ + t) with a = 2/μ > 1/μ as Bottou, Curtis & Nocedal's
 * Theorem 4.7 asks (their β/(γ + k)) and τ = 2/(ημ) − 1 (optim's inverseTimeLR, called with t − 1). Divergence truncates a curve and is reported; nothing returns NaN.
 */
export function noiseFloor(state: NoiseFloorState): NoiseFloorResult {
  const { L, mu, sigma2Star } = lessonProblem();
  const sigma2 = sigma2Star / state.batch;
  const series = FRACTIONS.map((fr, i) => {
    const a = state.lr * fr;
    const bound = a <= 1 / L ? sgdNoiseFloor({ lr: a, L, mu, sigma2 }) : null;
    return runSeries(`const-${i}`, `η = ${formatNumber(a)}`, a, state, bound);
  });
  if (state.decay) {
    series.push(
      runSeries(
        'decay',
        `ηₜ = ${formatNumber(state.lr)}/(1 + ${formatNumber((state.lr * mu) / 2, 2)}·(t − 1))`,
        inverseTimeLR({ lr: state.lr, decay: (state.lr * mu) / 2 }),
        state,
        null,
      ),
    );
  }
  return { series, L, mu, sigma2 };
}
