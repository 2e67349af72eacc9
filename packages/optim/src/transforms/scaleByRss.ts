import type { Sink, Transform, Vec } from '../types.ts';
import { boolean, nonNegative, vecOfLength } from '../internal/validate.ts';

export interface ScaleByRssOptions {
  /** Initial accumulator s₀, default 0 (PyTorch; optax uses 0.1). */
  initialAccumulatorValue?: number;
  /** ε, default 1e-10 (PyTorch). */
  eps?: number;
  /** ε inside the root, √(s + ε): optax's `scale_by_rss` and Keras' Adagrad. Default false (PyTorch: √s + ε). */
  epsInsideSqrt?: boolean;
}

export interface ScaleByRssState {
  count: number;
  /** Running sum of squared gradients s. */
  sum: Vec;
}

/**
 * AdaGrad's scaling by the root of the sum of squares: $s \leftarrow s + g^2$,
 * $u = g/(\sqrt{s} + \varepsilon)$.
 * Reference: Duchi, Hazan & Singer (2011), Adaptive Subgradient Methods; torch.optim.Adagrad
 * docs; optax `scale_by_rss`.
 */
export function scaleByRss(options: ScaleByRssOptions = {}): Transform<ScaleByRssState> {
  const fn = 'scaleByRss';
  const { initialAccumulatorValue = 0, eps = 1e-10, epsInsideSqrt = false } = options;
  nonNegative(fn, 'initialAccumulatorValue', initialAccumulatorValue);
  nonNegative(fn, 'eps', eps);
  boolean(fn, 'epsInsideSqrt', epsInsideSqrt);
  return {
    freshUpdates: true,
    init: (params: Vec) => ({ count: 0, sum: new Float64Array(params.length).fill(initialAccumulatorValue) }),
    update: (grads: Vec, state: ScaleByRssState) => core(grads, state, 1, null, false, false),
    updateScaled: (grads: Vec, state: ScaleByRssState, _params: Vec, factor: number, inPlace: boolean) =>
      core(grads, state, factor, inPlace ? grads : null, false, false),
    updateOwned: (grads: Vec, state: ScaleByRssState, _params: Vec, sink: Sink) =>
      core(grads, state, sink.factor, sink.out, sink.add, true).state,
  };
  /** u (+)= f·g/(√s + ε) into `out` (new when null); s into the old state's array when `reuse`. */
  function core(
    grads: Vec,
    state: ScaleByRssState,
    f: number,
    out: Vec | null,
    add: boolean,
    reuse: boolean,
  ): { updates: Vec; state: ScaleByRssState } {
    const n = state.sum.length;
    vecOfLength(fn, 'grads', grads, n);
    if (out !== null) vecOfLength(fn, 'sink.out', out, n);
    const s0 = state.sum;
    // Element-wise, so writing into the old array (and into grads) is safe.
    const sum = reuse ? s0 : new Float64Array(n);
    const u = out ?? new Float64Array(n);
    if (!epsInsideSqrt) {
      // PyTorch's form, with the add/write choice outside the loop (a ternary inside is slow).
      if (add) {
        for (let i = 0; i < n; i++) {
          const g = grads[i];
          const s = s0[i] + g * g;
          sum[i] = s;
          u[i] = u[i] + f * (g / (Math.sqrt(s) + eps));
        }
      } else {
        for (let i = 0; i < n; i++) {
          const g = grads[i];
          const s = s0[i] + g * g;
          sum[i] = s;
          u[i] = f * (g / (Math.sqrt(s) + eps));
        }
      }
      return { updates: u, state: { count: state.count + 1, sum } };
    }
    for (let i = 0; i < n; i++) {
      const g = grads[i];
      const s = s0[i] + g * g;
      sum[i] = s;
      const ui = f * (epsInsideSqrt ? g / Math.sqrt(s + eps) : g / (Math.sqrt(s) + eps));
      u[i] = add ? u[i] + ui : ui;
    }
    return { updates: u, state: { count: state.count + 1, sum } };
  }
}
