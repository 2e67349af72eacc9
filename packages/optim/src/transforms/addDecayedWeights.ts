import type { Sink, Transform, Vec } from '../types.ts';
import { nonNegative, vecOfLength } from '../internal/validate.ts';

export interface AddDecayedWeightsOptions {
  /** λ ≥ 0. */
  weightDecay: number;
}

/**
 * u ← u + λθ.
 *
 * Placed *before* a preconditioner (scaleByAdam, …) it is coupled L2 regularisation
 * (PyTorch's `weight_decay` in SGD/Adam/Adagrad/RMSprop: g ← g + λθ). Placed *after* it and
 * before {@link scaleByLearningRate}, it is decoupled weight decay (AdamW):
 * −γ(û + λθ) gives θ ← θ(1 − γλ) − γû, which is PyTorch's AdamW (decay the old θ by 1 − γλ,
 * then take the Adam step; the Adam step does not depend on θ, so the order is immaterial).
 * Reference: optax `add_decayed_weights`; Loshchilov & Hutter (2019), Decoupled Weight Decay
 * Regularization.
 *
 * With λ = 0 the incoming array is returned as is (no copy): treat updates as read-only.
 */
export function addDecayedWeights({
  weightDecay,
}: AddDecayedWeightsOptions): Transform<Record<string, never>> {
  nonNegative('addDecayedWeights', 'weightDecay', weightDecay);
  const run = (grads: Vec, state: Record<string, never>, params: Vec, out: Vec, f = 1) => {
    vecOfLength('addDecayedWeights', 'params', params, grads.length);
    const n = grads.length;
    for (let i = 0; i < n; i++) out[i] = f * (grads[i] + weightDecay * params[i]);
    return { updates: out, state };
  };
  return {
    init: () => ({}),
    update(grads: Vec, state: Record<string, never>, params: Vec) {
      if (weightDecay === 0) return { updates: grads, state };
      return run(grads, state, params, new Float64Array(grads.length));
    },
    updateInPlace(grads: Vec, state: Record<string, never>, params: Vec) {
      if (weightDecay === 0) return { updates: grads, state };
      return run(grads, state, params, grads);
    },
    freshUpdates: weightDecay !== 0,
    updateScaled: (grads: Vec, state: Record<string, never>, params: Vec, factor: number, inPlace: boolean) =>
      run(grads, state, params, inPlace ? grads : new Float64Array(grads.length), factor),
    updateOwned(grads: Vec, state: Record<string, never>, params: Vec, sink: Sink) {
      vecOfLength('addDecayedWeights', 'params', params, grads.length);
      const { out, factor, add } = sink;
      const n = grads.length;
      // λ = 0 with factor 1 mirrors `update` (the identity); otherwise `updateScaled`'s formula.
      // (Two loops each: a ternary inside the loop body makes V8 several times slower.)
      if (weightDecay === 0 && factor === 1) {
        if (add) for (let i = 0; i < n; i++) out[i] = out[i] + grads[i];
        else for (let i = 0; i < n; i++) out[i] = grads[i];
        return state;
      }
      if (add) for (let i = 0; i < n; i++) out[i] = out[i] + factor * (grads[i] + weightDecay * params[i]);
      else for (let i = 0; i < n; i++) out[i] = factor * (grads[i] + weightDecay * params[i]);
      return state;
    },
  };
}
