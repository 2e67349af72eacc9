import type { LearningRate, Vec } from '../types.ts';
import type { FiniteSumMethod, MethodState } from './types.ts';
import { integer, learningRate } from '../internal/validate.ts';
import { toSchedule } from '../transforms/toSchedule.ts';
import { gradIInto, nextIterate, scratch } from './componentGradient.ts';

export interface SgdSamplerOptions {
  /** Step size: a number or a schedule of the step count t. */
  lr: LearningRate;
  /** b ≥ 1, default 1. */
  batchSize?: number;
}

/**
 * Mini-batch SGD on a finite sum: draw b indices uniformly with replacement,
 * $x \leftarrow x - \gamma_t \tfrac1b\sum_{i\in B}\nabla f_i(x)$. Unbiased, with variance σ²/b.
 * Cost b per step. Reference: Robbins & Monro (1951); Bottou, Curtis & Nocedal (2018).
 */
export function sgdSampler({ lr, batchSize = 1 }: SgdSamplerOptions): FiniteSumMethod<MethodState> {
  learningRate('sgdSampler', 'lr', lr);
  integer('sgdSampler', 'batchSize', batchSize, 1);
  const schedule = toSchedule(lr, 'sgdSampler');
  // Used only by `reuse` steps (StepOptions): the last iterate stepped from, and scratch arrays.
  let spare: Vec | null = null;
  let dirBuffer: Vec | null = null;
  let gradBuffer: Vec | null = null;
  return {
    name: 'sgd',
    init: (_problem, x0) => ({ x: Float64Array.from(x0), gradEvals: 0, steps: 0 }),
    step(problem, state, random, options) {
      const d = state.x.length;
      const reuse = options?.reuse === true;
      const dir = reuse ? (dirBuffer = scratch(dirBuffer, d)).fill(0) : new Float64Array(d);
      if (reuse) gradBuffer = scratch(gradBuffer, d);
      const indices: number[] = [];
      for (let k = 0; k < batchSize; k++) {
        const i = random.int(problem.n);
        indices.push(i);
        const g = reuse ? gradIInto(problem, i, state.x, gradBuffer as Vec) : problem.gradI(i, state.x);
        for (let j = 0; j < d; j++) dir[j] += g[j];
      }
      for (let j = 0; j < d; j++) dir[j] /= batchSize;
      const gamma = schedule(state.steps);
      const x = reuse ? nextIterate(spare, state.x) : new Float64Array(d);
      if (reuse) spare = state.x;
      for (let j = 0; j < d; j++) x[j] = state.x[j] - gamma * dir[j];
      return {
        state: { x, gradEvals: state.gradEvals + batchSize, steps: state.steps + 1 },
        info: { kind: 'sgd', indices, gradEvals: batchSize, direction: dir, lr: gamma },
      };
    },
  };
}
