import type { Transform, Vec } from '../types.ts';
import { nonNegative, unitInterval, vecOfLength } from '../internal/validate.ts';

export interface ScaleByDebiasedRmsOptions {
  /** β₂, default 0.999. */
  beta2?: number;
  /** ε outside the root, default 1e-8. */
  eps?: number;
}

export interface ScaleByDebiasedRmsState {
  count: number;
  /** Second moment v (EMA of g²). */
  v: Vec;
}

/**
 * Adam without its first moment: $v_t = \beta_2v_{t-1} + (1-\beta_2)g_t^2$,
 * $u_t = g_t/(\sqrt{v_t/(1-\beta_2^t)} + \varepsilon)$ — RMSprop with Adam's bias correction. The
 * z-step of Schedule-Free AdamW (facebookresearch/schedule_free `adamw_schedulefree.py`:
 * `denom = exp_avg_sq.div(bias_correction2).sqrt_().add_(eps)`, `grad.div_(denom)`), whose
 * momentum comes from the averaging instead; one state vector instead of Adam's two.
 */
export function scaleByDebiasedRms(
  options: ScaleByDebiasedRmsOptions = {},
): Transform<ScaleByDebiasedRmsState> {
  const fn = 'scaleByDebiasedRms';
  const { beta2 = 0.999, eps = 1e-8 } = options;
  unitInterval(fn, 'beta2', beta2);
  nonNegative(fn, 'eps', eps);
  return {
    freshUpdates: true,
    init: (params: Vec) => ({ count: 0, v: new Float64Array(params.length) }),
    update(grads: Vec, state: ScaleByDebiasedRmsState) {
      const n = state.v.length;
      vecOfLength(fn, 'grads', grads, n);
      const t = state.count + 1;
      const bc2 = 1 - beta2 ** t;
      const v = new Float64Array(n);
      const u = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const g = grads[i];
        v[i] = state.v[i] * beta2 + g * g * (1 - beta2);
        u[i] = g / (Math.sqrt(v[i] / bc2) + eps);
      }
      return { updates: u, state: { count: t, v } };
    },
  };
}
