import type { LearningRate, Transform, Vec } from '../types.ts';
import { learningRate, vecOfLength } from '../internal/validate.ts';
import { toSchedule } from './toSchedule.ts';

export interface AddScheduledDecayedWeightsState {
  /** Updates applied so far (t). */
  count: number;
}

/**
 * u ← u + λ(t)·θ with λ(t) ≥ 0 a schedule of t, the number of updates already applied: an L2
 * coefficient that changes during training. Placed before {@link scaleByLearningRate}(η) with
 * λ(t) = λ/η(t) it turns SGD + L2 into Loshchilov & Hutter's per-step decoupled decay
 * θ ← (1 − λ)θ − η_t g (their Proposition 1 needs λ′ = λ/η at every step); compare {@link sgdw}.
 * Reference: optax `add_decayed_weights` (constant λ); Loshchilov & Hutter (2019), §2.
 */
export function addScheduledDecayedWeights(
  weightDecay: LearningRate,
): Transform<AddScheduledDecayedWeightsState> {
  const fn = 'addScheduledDecayedWeights';
  const lambda = toSchedule(learningRate(fn, 'weightDecay', weightDecay), fn);
  return {
    init: () => ({ count: 0 }),
    update(grads: Vec, state: AddScheduledDecayedWeightsState, params: Vec) {
      vecOfLength(fn, 'params', params, grads.length);
      const l = lambda(state.count);
      const out = new Float64Array(grads.length);
      for (let i = 0; i < grads.length; i++) out[i] = grads[i] + l * params[i];
      return { updates: out, state: { count: state.count + 1 } };
    },
    freshUpdates: true,
  };
}
