import type { Transform, Vec } from '../types.ts';
import { unitInterval, vecOfLength } from '../internal/validate.ts';

export interface EmaState {
  /** Updates seen so far. */
  count: number;
  /** The average m (starts at 0, no bias correction). */
  m: Vec;
}

/**
 * Exponential moving average of the incoming updates, started at zero and not debiased:
 * $m_t = \beta m_{t-1} + (1-\beta)u_t$, output $m_t$ (optax `ema(decay, debias=False)`). Adafactor's
 * optional first moment β₁ (transformers applies it after the step size, so it averages α_t·Û_t).
 * Unlike {@link trace}, the first output is (1 − β)u₁, not u₁.
 */
export function ema({ decay }: { decay: number }): Transform<EmaState> {
  unitInterval('ema', 'decay', decay);
  const keep = 1 - decay;
  return {
    init: (params: Vec) => ({ count: 0, m: new Float64Array(params.length) }),
    update(grads: Vec, state: EmaState) {
      vecOfLength('ema', 'grads', grads, state.m.length);
      const m = new Float64Array(grads.length);
      for (let i = 0; i < m.length; i++) m[i] = state.m[i] * decay + grads[i] * keep;
      // the output is the state's own array (not fresh): chains copy before writing into it
      return { updates: m, state: { count: state.count + 1, m } };
    },
  };
}
