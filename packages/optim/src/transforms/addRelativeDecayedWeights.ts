import type { Transform, Vec } from '../types.ts';
import { nonNegative, vecOfLength } from '../internal/validate.ts';
import { layoutResolver, blockSize } from '../matrices/paramLayout.ts';
import { relativeStepSize, resolveRelativeStep, type RelativeStepOptions } from './scaleByRelativeStep.ts';

export interface AddRelativeDecayedWeightsOptions extends RelativeStepOptions {
  /** λ ≥ 0. */
  weightDecay: number;
}

/**
 * u ← u + λ α_t θ per block, with Adafactor's step size α_t (see {@link scaleByRelativeStep},
 * computed the same way from the same options): the decoupled weight decay of the PyTorch port
 * in huggingface/transformers (`p.add_(p, alpha=-weight_decay * lr)` with lr = α_t), which decays
 * θ outside the first-moment average. With λ = 0 the input is returned as is.
 */
export function addRelativeDecayedWeights(
  options: AddRelativeDecayedWeightsOptions,
): Transform<{ count: number }> {
  const fn = 'addRelativeDecayedWeights';
  const { weightDecay } = options;
  nonNegative(fn, 'weightDecay', weightDecay);
  const r = resolveRelativeStep(fn, options);
  const resolve = layoutResolver(fn, options.layout);
  return {
    init: () => ({ count: 0 }),
    update(grads: Vec, state: { count: number }, params: Vec) {
      const t = state.count + 1;
      if (weightDecay === 0) return { updates: grads, state: { count: t } };
      vecOfLength(fn, 'params', params, grads.length);
      const out = new Float64Array(grads.length);
      for (const b of resolve(grads.length)) {
        const size = blockSize(b);
        const c = weightDecay * relativeStepSize(r, t, params, b.offset, size);
        for (let i = b.offset; i < b.offset + size; i++) out[i] = grads[i] + c * params[i];
      }
      return { updates: out, state: { count: t } };
    },
  };
}
