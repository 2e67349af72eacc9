import type { Sink, Transform, Vec } from '../types.ts';
import { unitInterval, vecOfLength } from '../internal/validate.ts';

export interface ScaleByLionOptions {
  /** β₁: weight of the old momentum in the *update* direction c, default 0.9. */
  beta1?: number;
  /** β₂: decay of the momentum m that is *stored*, default 0.99. */
  beta2?: number;
}

export interface ScaleByLionState {
  /** Updates applied so far. */
  count: number;
  /** The momentum m (EMA of g with β₂): Lion's only per-parameter state. */
  m: Vec;
}

/**
 * Lion's sign direction (Chen et al. 2023, "Symbolic Discovery of Optimization Algorithms",
 * Algorithm 2): $c_t = \beta_1 m_{t-1} + (1-\beta_1) g_t$, $u_t = \operatorname{sign}(c_t)$, then
 * $m_t = \beta_2 m_{t-1} + (1-\beta_2) g_t$. Two interpolations with different β: the update looks
 * at the current gradient with weight 1 − β₁ = 0.1, the stored momentum forgets with 1 − β₂ = 0.01.
 * Every entry of u is −1, 0 or +1 (0 only where c is exactly 0, as torch's `sign_`).
 * Reference: google/automl `lion/lion_pytorch.py` (`update = exp_avg * beta1 + grad * (1 - beta1)`,
 * `p.add_(update.sign_(), alpha=-lr)`, `exp_avg.mul_(beta2).add_(grad, alpha=1 - beta2)`).
 */
export function scaleByLion(options: ScaleByLionOptions = {}): Transform<ScaleByLionState> {
  const fn = 'scaleByLion';
  const { beta1 = 0.9, beta2 = 0.99 } = options;
  unitInterval(fn, 'beta1', beta1);
  unitInterval(fn, 'beta2', beta2);
  const a1 = 1 - beta1;
  const a2 = 1 - beta2;
  return {
    freshUpdates: true,
    init: (params: Vec) => ({ count: 0, m: new Float64Array(params.length) }),
    update: (grads: Vec, state: ScaleByLionState) => core(grads, state, 1, null, false, false),
    updateScaled: (grads: Vec, state: ScaleByLionState, _params: Vec, factor: number, inPlace: boolean) =>
      core(grads, state, factor, inPlace ? grads : null, false, false),
    updateOwned: (grads: Vec, state: ScaleByLionState, _params: Vec, sink: Sink) =>
      core(grads, state, sink.factor, sink.out, sink.add, true).state,
  };
  /** u (+)= f·sign(c) into `out` (new when null); m into the old array when `reuse`. Element i is read before written. */
  function core(
    grads: Vec,
    state: ScaleByLionState,
    f: number,
    out: Vec | null,
    add: boolean,
    reuse: boolean,
  ) {
    const n = state.m.length;
    vecOfLength(fn, 'grads', grads, n);
    if (out !== null) vecOfLength(fn, 'sink.out', out, n);
    const m0 = state.m;
    const m = reuse ? m0 : new Float64Array(n);
    const u = out ?? new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const g = grads[i];
      const c = m0[i] * beta1 + g * a1;
      m[i] = m0[i] * beta2 + g * a2;
      const ui = f * Math.sign(c);
      u[i] = add ? u[i] + ui : ui;
    }
    return { updates: u, state: { count: state.count + 1, m } };
  }
}
