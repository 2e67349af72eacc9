import type { LearningRate, Vec } from '../types.ts';
import type { FiniteSumMethod, MethodState } from './types.ts';
import { boolean, integer, learningRate } from '../internal/validate.ts';
import { toSchedule } from '../transforms/toSchedule.ts';
import { miniBatchGradient, miniBatchGradientInto, sampleIndices } from './miniBatchGradient.ts';
import { nextIterate, scratch } from './componentGradient.ts';
import type { Rng } from '../rng.ts';

export interface ScheduledSgdOptions {
  /** Learning rate: a number or a schedule of t, the updates already applied. */
  lr: LearningRate;
  /** Batch size: a number or a function of t (rounded, clamped to [1, n]); default 1. */
  batchSize?: number | ((t: number) => number);
  /** Momentum β with PyTorch's buffer b_t = β b_{t−1} + g_t; default 0. */
  momentum?: number;
  /** Draw each batch with replacement (default false: a uniformly random b-subset). */
  replacement?: boolean;
}

/**
 * b distinct indices from {0, …, n−1} by sequential rejection: each accepted draw is uniform over
 * the indices not yet taken, so the batch is a uniformly random b-subset (as sampleIndices
 * without replacement), in O(b) expected work for b ≤ n/8 instead of O(n).
 */
function distinctIndices(random: Rng, n: number, b: number): number[] {
  const seen = new Set<number>();
  const out: number[] = [];
  while (out.length < b) {
    const i = random.int(n);
    if (!seen.has(i)) {
      seen.add(i);
      out.push(i);
    }
  }
  return out;
}

export interface ScheduledSgdState extends MethodState {
  /** Momentum buffer b_t (zeros before the first update, so b_1 = g_1 as in PyTorch). */
  buf: Float64Array;
}

/**
 * Mini-batch SGD whose learning rate and batch size both follow schedules of t:
 * update t draws B_t of size b(t − 1), $g_t = \tfrac1{|B_t|}\sum_{i\in B_t}\nabla f_i(\theta_{t-1})$,
 * $b_t = \beta b_{t-1} + g_t$, $\theta_t = \theta_{t-1} - \eta_t b_t$ with η_t = lr(t − 1)
 * (torch.optim.SGD with momentum, dampening 0). A growing b(t) is the batch-size schedule of
 * Smith, Kindermans, Ying & Le (2018); `info.gradEvals` counts what each update cost.
 */
export function scheduledSgd({
  lr,
  batchSize = 1,
  momentum = 0,
  replacement = false,
}: ScheduledSgdOptions): FiniteSumMethod<ScheduledSgdState> {
  const fn = 'scheduledSgd';
  learningRate(fn, 'lr', lr);
  if (typeof batchSize === 'number') integer(fn, 'batchSize', batchSize, 1);
  else if (typeof batchSize !== 'function')
    throw new RangeError(`${fn}: batchSize must be an integer ≥ 1 or a function of t`);
  if (!(momentum >= 0 && momentum < 1))
    throw new RangeError(`${fn}: momentum must be in [0, 1), got ${momentum}`);
  boolean(fn, 'replacement', replacement);
  const schedule = toSchedule(lr, fn);
  const batchAt = (t: number, n: number): number => {
    const raw = typeof batchSize === 'number' ? batchSize : batchSize(t);
    if (!Number.isFinite(raw))
      throw new RangeError(`${fn}: batchSize(${t}) must be finite, got ${String(raw)}`);
    return Math.min(n, Math.max(1, Math.round(raw)));
  };
  // Used only by `reuse` steps (StepOptions): the last iterate stepped from, and scratch arrays.
  let spare: Vec | null = null;
  let gradBuffer: Vec | null = null;
  let componentBuffer: Vec | null = null;
  return {
    name: 'scheduled-sgd',
    init: (_problem, x0) => ({
      x: Float64Array.from(x0),
      gradEvals: 0,
      steps: 0,
      buf: new Float64Array(x0.length),
    }),
    step(problem, state, random, options) {
      const reuse = options?.reuse === true;
      const b = batchAt(state.steps, problem.n);
      const indices =
        replacement || 8 * b > problem.n
          ? sampleIndices(random, problem.n, b, replacement)
          : distinctIndices(random, problem.n, b);
      const d = state.x.length;
      const g = reuse
        ? miniBatchGradientInto(
            problem,
            indices,
            state.x,
            (gradBuffer = scratch(gradBuffer, d)),
            (componentBuffer = scratch(componentBuffer, d)),
          )
        : miniBatchGradient(problem, indices, state.x);
      const eta = schedule(state.steps);
      // With reuse the momentum buffer is updated in place (element j is read before it is written).
      const buf = reuse ? state.buf : new Float64Array(d);
      const x = reuse ? nextIterate(spare, state.x) : new Float64Array(d);
      if (reuse) spare = state.x;
      for (let j = 0; j < d; j++) {
        buf[j] = momentum * state.buf[j] + g[j];
        x[j] = state.x[j] - eta * buf[j];
      }
      return {
        state: { x, gradEvals: state.gradEvals + b, steps: state.steps + 1, buf },
        info: { kind: 'sgd', indices, gradEvals: b, direction: buf, lr: eta },
      };
    },
  };
}
