import type { LearningRate, Sink, Transform, Vec } from '../types.ts';
import { learningRate } from '../internal/validate.ts';
import { toSchedule } from './toSchedule.ts';

export interface ScaleByLearningRateState {
  /** Updates applied so far (t). */
  count: number;
  /** γ_t = lr(count): the rate the *next* update will use (PyTorch's `param_groups[0]['lr']`). */
  lr: number;
}

/**
 * u ← −γ_t u, with γ_t = lr(t) and t the number of updates already applied.
 * Reference: optax `scale_by_learning_rate` (flip_sign = true).
 */
export function scaleByLearningRate(lr: LearningRate): Transform<ScaleByLearningRateState> {
  const schedule = toSchedule(learningRate('scaleByLearningRate', 'lr', lr));
  const run = (grads: Vec, state: ScaleByLearningRateState, out: Vec) => {
    const step = -schedule(state.count);
    const n = grads.length;
    for (let i = 0; i < n; i++) out[i] = step * grads[i];
    return { updates: out, state: { count: state.count + 1, lr: schedule(state.count + 1) } };
  };
  return {
    init: () => ({ count: 0, lr: schedule(0) }),
    update: (grads: Vec, state: ScaleByLearningRateState) =>
      run(grads, state, new Float64Array(grads.length)),
    updateInPlace: (grads: Vec, state: ScaleByLearningRateState) => run(grads, state, grads),
    freshUpdates: true,
    scalar: (state: ScaleByLearningRateState) => ({
      factor: -schedule(state.count),
      state: { count: state.count + 1, lr: schedule(state.count + 1) },
    }),
    updateOwned(grads: Vec, state: ScaleByLearningRateState, _params: Vec, sink: Sink) {
      const step = -schedule(state.count);
      const { out, factor, add } = sink;
      const n = grads.length;
      // Two loops: a ternary inside the loop body makes V8 several times slower.
      if (add) for (let i = 0; i < n; i++) out[i] = out[i] + factor * (step * grads[i]);
      else for (let i = 0; i < n; i++) out[i] = factor * (step * grads[i]);
      return { count: state.count + 1, lr: schedule(state.count + 1) };
    },
  };
}
