import type { LearningRate, Transform, Vec } from '../types.ts';
import { integer, learningRate, nonNegative, vecOfLength } from '../internal/validate.ts';
import { toSchedule } from './toSchedule.ts';

export interface DecayUpdatedWeightsOptions {
  /** λ ≥ 0. */
  weightDecay: number;
  /** The learning rate γ_t that multiplies λ (number or schedule). */
  lr: LearningRate;
  /** Updates at the start that get no decay (SOAP's skipped first call: 1), default 0. */
  skipSteps?: number;
}

/**
 * Decoupled weight decay applied to the *updated* weights, last in a chain:
 * θ' = (θ + u)(1 − γ_tλ), i.e. u ← u − γ_tλ(θ + u). SOAP's code decays after its step
 * (nikhilvyas/SOAP `soap.py`: `p.add_(norm_grad, alpha=-step_size)` and then
 * `p.add_(p, alpha=-lr * weight_decay)`, "Add weight decay at the end (fixed version)"); AdamW
 * decays the old weights instead (θ(1 − γλ) + u), which differs by γλu, a second-order term.
 */
export function decayUpdatedWeights(options: DecayUpdatedWeightsOptions): Transform<{ count: number }> {
  const fn = 'decayUpdatedWeights';
  const { weightDecay, lr, skipSteps = 0 } = options;
  nonNegative(fn, 'weightDecay', weightDecay);
  integer(fn, 'skipSteps', skipSteps, 0);
  const schedule = toSchedule(learningRate(fn, 'lr', lr), fn);
  return {
    init: () => ({ count: 0 }),
    update(grads: Vec, state: { count: number }, params: Vec) {
      const count = state.count + 1;
      if (weightDecay === 0 || state.count < skipSteps) return { updates: grads, state: { count } };
      vecOfLength(fn, 'params', params, grads.length);
      const c = schedule(state.count) * weightDecay;
      const out = new Float64Array(grads.length);
      for (let i = 0; i < out.length; i++) out[i] = grads[i] - c * (params[i] + grads[i]);
      return { updates: out, state: { count } };
    },
  };
}
