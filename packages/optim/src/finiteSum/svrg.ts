import type { LearningRate, Vec } from '../types.ts';
import type { FiniteSumMethod, MethodState } from './types.ts';
import { integer, learningRate, oneOf } from '../internal/validate.ts';
import { toSchedule } from '../transforms/toSchedule.ts';
import { gradIInto, nextIterate, scratch } from './componentGradient.ts';

export interface SvrgOptions {
  /** Step size (number or schedule of the inner-step count). */
  lr: LearningRate;
  /** Inner steps m per snapshot; default 2n. */
  innerSteps?: number;
  /**
   * Next snapshot: the 'last' inner iterate (Johnson & Zhang's option I, what practitioners use)
   * or a uniformly 'random' one of w_0 … w_{m−1} (option II, the one their proof covers).
   */
  snapshot?: 'last' | 'random';
}

export interface SvrgState extends MethodState {
  /** Snapshot point w̃ (null before the first snapshot). */
  snapshotX: Vec | null;
  /** Full gradient μ = ∇f(w̃). */
  snapshotGrad: Vec | null;
  /** Inner steps taken since the snapshot. */
  inner: number;
  /** m. */
  innerSteps: number;
  /** Inner steps taken in total (the schedule's t). */
  innerTotal: number;
  /** Option II: which inner iterate becomes the next snapshot, and its saved value. */
  chosen: number;
  saved: Vec | null;
  /** Number of snapshots taken. */
  snapshots: number;
}

/**
 * SVRG (Johnson & Zhang 2013, Accelerating Stochastic Gradient Descent using Predictive Variance
 * Reduction). Snapshot: w̃ ← x (or a random inner iterate), μ = ∇f(w̃) — cost n. Inner step:
 * $v = \nabla f_i(x) - \nabla f_i(\tilde w) + \mu$, $x \leftarrow x - \gamma v$ — cost 2.
 * v is unbiased and its variance vanishes as x, w̃ → x*, so a constant step converges linearly
 * on strongly convex problems.
 */
export function svrg({ lr, innerSteps, snapshot = 'last' }: SvrgOptions): FiniteSumMethod<SvrgState> {
  learningRate('svrg', 'lr', lr);
  if (innerSteps !== undefined) integer('svrg', 'innerSteps', innerSteps, 1);
  oneOf('svrg', 'snapshot', snapshot, ['last', 'random'] as const);
  const schedule = toSchedule(lr, 'svrg');
  // Used only by `reuse` steps (StepOptions): the last iterate stepped from, and scratch arrays.
  let spare: Vec | null = null;
  let gxBuffer: Vec | null = null;
  let gwBuffer: Vec | null = null;
  let dirBuffer: Vec | null = null;
  return {
    name: 'svrg',
    init: (problem, x0) => ({
      x: Float64Array.from(x0),
      gradEvals: 0,
      steps: 0,
      snapshotX: null,
      snapshotGrad: null,
      inner: 0,
      innerSteps: innerSteps ?? 2 * problem.n,
      innerTotal: 0,
      chosen: 0,
      saved: null,
      snapshots: 0,
    }),
    step(problem, s, random, options) {
      const m = s.innerSteps;
      const reuse = options?.reuse === true;
      // A reuse step may write a later iterate into the array of this one: keep copies of any
      // iterate that must outlive it (the snapshot point, option II's saved iterate).
      const keep = (v: Vec) => (reuse ? Float64Array.from(v) : v);
      if (s.snapshotX === null || s.inner >= m) {
        // Option II jumps to the saved random inner iterate; option I keeps the last one.
        const w = snapshot === 'random' && s.saved !== null ? s.saved : s.x;
        const mu = problem.grad(w);
        const chosen = snapshot === 'random' ? random.int(m) : 0;
        return {
          state: {
            ...s,
            x: w,
            snapshotX: keep(w),
            snapshotGrad: mu,
            inner: 0,
            chosen,
            saved: snapshot === 'random' && chosen === 0 ? keep(w) : null,
            gradEvals: s.gradEvals + problem.n,
            steps: s.steps + 1,
            snapshots: s.snapshots + 1,
          },
          info: { kind: 'snapshot', indices: [], gradEvals: problem.n, direction: null, lr: 0 },
        };
      }
      const i = random.int(problem.n);
      const d = s.x.length;
      const gx = reuse
        ? gradIInto(problem, i, s.x, (gxBuffer = scratch(gxBuffer, d)))
        : problem.gradI(i, s.x);
      const gw = reuse
        ? gradIInto(problem, i, s.snapshotX, (gwBuffer = scratch(gwBuffer, d)))
        : problem.gradI(i, s.snapshotX);
      const mu = s.snapshotGrad as Vec;
      const v = reuse ? (dirBuffer = scratch(dirBuffer, d)) : new Float64Array(d);
      const x = reuse ? nextIterate(spare, s.x) : new Float64Array(d);
      if (reuse) spare = s.x;
      const gamma = schedule(s.innerTotal);
      for (let j = 0; j < d; j++) {
        v[j] = gx[j] - gw[j] + mu[j];
        x[j] = s.x[j] - gamma * v[j];
      }
      const inner = s.inner + 1;
      const saved = snapshot === 'random' && inner === s.chosen ? keep(x) : s.saved;
      return {
        state: {
          ...s,
          x,
          inner,
          saved,
          innerTotal: s.innerTotal + 1,
          gradEvals: s.gradEvals + 2,
          steps: s.steps + 1,
        },
        info: { kind: 'inner', indices: [i], gradEvals: 2, direction: v, lr: gamma },
      };
    },
  };
}
