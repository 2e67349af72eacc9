import { minimize, rng, sgd, sgdSampler, type FiniteSum } from '@descent/optim';
import type { Point } from '../kit/index.ts';
import { lessonProblem } from '../lessons/sgd/lessonProblem.ts';
import type { SgdTrajectoriesState } from './state.ts';

export interface Run {
  id: string;
  label: string;
  /** θ₀, θ₁, …: finite iterates only (a diverged run stops before its first bad point). */
  points: Point[];
  /** f(θ_k) − f* for each point. */
  gaps: number[];
  /** The step whose iterate was non-finite or exploding; null if the run finished. */
  divergedAt: number | null;
  /** Per-example gradient evaluations one step costs (n for GD, b for SGD). */
  costPerStep: number;
}

/** A run counts as diverged once f exceeds this multiple of max(1, f(θ₀)) (as optim's minimize). */
const EXPLODE = 1e10;

/**
 * sgdRun(problem, { lr, batch, steps, seed, x0 }) → mini-batch SGD via optim's sgdSampler,
 * drawing indices from rng(seed). Runs with different b read the SAME stream: b = 1 uses
 * i₁, i₂, …; b = 8 uses (i₁…i₈), (i₉…i₁₆), … — so differences are the method's, not luck's.
 */
export function sgdRun(
  problem: FiniteSum,
  fStar: number,
  opts: { lr: number; batch: number; steps: number; seed: number; x0: Point },
): Pick<Run, 'points' | 'gaps' | 'divergedAt'> {
  const method = sgdSampler({ lr: opts.lr, batchSize: opts.batch });
  const random = rng(opts.seed);
  let state = method.init(problem, Float64Array.from(opts.x0), random);
  const f0 = problem.value(state.x);
  const limit = EXPLODE * Math.max(1, Math.abs(f0));
  const points: Point[] = [[state.x[0], state.x[1]]];
  const gaps = [f0 - fStar];
  for (let k = 1; k <= opts.steps; k++) {
    state = method.step(problem, state, random).state;
    const f = problem.value(state.x);
    if (!Number.isFinite(f) || Math.abs(f) > limit || !state.x.every(Number.isFinite)) {
      return { points, gaps, divergedAt: k };
    }
    points.push([state.x[0], state.x[1]]);
    gaps.push(f - fStar);
  }
  return { points, gaps, divergedAt: null };
}

/**
 * sgdTrajectories(state) → full-batch GD (optim's sgd transform on ∇f, via minimize), SGD with
 * b = 1 and SGD with the chosen b, all from the same start with the same step size.
 */
export function sgdTrajectories(state: SgdTrajectoriesState): Run[] {
  const { problem, fStar, n } = lessonProblem();
  const x0: Point = [state.x0, state.y0];
  const gd = minimize(problem, sgd({ lr: state.lr }), { x0: Float64Array.from(x0), steps: state.steps });
  const runs: Run[] = [
    {
      id: 'gd',
      label: `GD (full batch, b = ${n})`,
      points: gd.trajectory.map((x) => [x[0], x[1]] as Point),
      gaps: gd.losses.map((f) => f - fStar),
      divergedAt: gd.divergedAt,
      costPerStep: n,
    },
  ];
  const batches = state.batch === 1 ? [1] : [1, state.batch];
  for (const b of batches) {
    runs.push({
      id: `sgd-${b}`,
      label: `SGD, b = ${b}`,
      ...sgdRun(problem, fStar, { lr: state.lr, batch: b, steps: state.steps, seed: state.seed, x0 }),
      costPerStep: b,
    });
  }
  return runs;
}
