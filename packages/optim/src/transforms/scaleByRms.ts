import type { Sink, Transform, Vec } from '../types.ts';
import { boolean, nonNegative, unitInterval, vecOfLength } from '../internal/validate.ts';

export interface ScaleByRmsOptions {
  /** Smoothing constant α ∈ [0, 1), default 0.99 (PyTorch; Hinton's lecture used 0.9, optax 0.9). */
  alpha?: number;
  /** ε, default 1e-8. */
  eps?: number;
  /** Centered RMSprop (Graves 2013): divide by √(v − ḡ²) instead of √v. */
  centered?: boolean;
  /**
   * ε inside the root, √(ṽ + ε): optax's default (`eps_in_sqrt=True`) and TF/Keras. Default false:
   * PyTorch's √ṽ + ε.
   */
  epsInsideSqrt?: boolean;
  /** Initial value of v, default 0 (PyTorch); optax's `initial_scale`. */
  initialScale?: number;
}

export interface ScaleByRmsState {
  count: number;
  /** EMA of g². */
  v: Vec;
  /** EMA of g (centered only; null otherwise). */
  gAvg: Vec | null;
}

/**
 * RMSprop's scaling: $v \leftarrow \alpha v + (1-\alpha) g^2$; centered:
 * $\bar g \leftarrow \alpha \bar g + (1-\alpha) g$, $\tilde v = v - \bar g^2$ (else $\tilde v = v$);
 * $u = g / (\sqrt{\tilde v} + \varepsilon)$.
 * Reference: Hinton, Srivastava & Swersky, Neural Networks for ML, lecture 6e (2012);
 * Graves (2013), Generating Sequences with RNNs (centered); torch.optim.RMSprop docs.
 */
export function scaleByRms(options: ScaleByRmsOptions = {}): Transform<ScaleByRmsState> {
  const fn = 'scaleByRms';
  const { alpha = 0.99, eps = 1e-8, centered = false, epsInsideSqrt = false, initialScale = 0 } = options;
  unitInterval(fn, 'alpha', alpha);
  nonNegative(fn, 'eps', eps);
  boolean(fn, 'centered', centered);
  boolean(fn, 'epsInsideSqrt', epsInsideSqrt);
  nonNegative(fn, 'initialScale', initialScale);
  const a = 1 - alpha;
  return {
    freshUpdates: true,
    init: (params: Vec) => ({
      count: 0,
      v: new Float64Array(params.length).fill(initialScale),
      gAvg: centered ? new Float64Array(params.length) : null,
    }),
    update: (grads: Vec, state: ScaleByRmsState) => core(grads, state, 1, null, false, false),
    updateScaled: (grads: Vec, state: ScaleByRmsState, _params: Vec, factor: number, inPlace: boolean) =>
      core(grads, state, factor, inPlace ? grads : null, false, false),
    updateOwned: (grads: Vec, state: ScaleByRmsState, _params: Vec, sink: Sink) =>
      core(grads, state, sink.factor, sink.out, sink.add, true).state,
  };
  /** u (+)= f·g/(√ṽ + ε) into `out` (new when null); v, ḡ into the old state's arrays when `reuse`. */
  function core(
    grads: Vec,
    state: ScaleByRmsState,
    f: number,
    out: Vec | null,
    add: boolean,
    reuse: boolean,
  ): { updates: Vec; state: ScaleByRmsState } {
    const n = state.v.length;
    vecOfLength(fn, 'grads', grads, n);
    if (out !== null) vecOfLength(fn, 'sink.out', out, n);
    const v0 = state.v;
    // Element-wise, so writing into the old arrays (and into grads) is safe.
    const v = reuse ? v0 : new Float64Array(n);
    const u = out ?? new Float64Array(n);
    const gAvg0 = state.gAvg;
    const gAvg = gAvg0 ? (reuse ? gAvg0 : new Float64Array(n)) : null;
    if (gAvg === null && !epsInsideSqrt) {
      // The common case (PyTorch defaults), with the add/write choice outside the loop:
      // V8 runs a loop with a ternary in its body several times slower.
      if (add) {
        for (let i = 0; i < n; i++) {
          const g = grads[i];
          const vi = alpha * v0[i] + a * g * g;
          v[i] = vi;
          u[i] = u[i] + f * (g / (Math.sqrt(vi) + eps));
        }
      } else {
        for (let i = 0; i < n; i++) {
          const g = grads[i];
          const vi = alpha * v0[i] + a * g * g;
          v[i] = vi;
          u[i] = f * (g / (Math.sqrt(vi) + eps));
        }
      }
      return { updates: u, state: { count: state.count + 1, v, gAvg } };
    }
    for (let i = 0; i < n; i++) {
      const g = grads[i];
      const vi = alpha * v0[i] + a * g * g;
      v[i] = vi;
      let vt = vi;
      if (gAvg !== null && gAvg0 !== null) {
        const gi = alpha * gAvg0[i] + a * g;
        gAvg[i] = gi;
        vt = vi - gi * gi;
      }
      const ui = f * (epsInsideSqrt ? g / Math.sqrt(vt + eps) : g / (Math.sqrt(vt) + eps));
      u[i] = add ? u[i] + ui : ui;
    }
    return { updates: u, state: { count: state.count + 1, v, gAvg } };
  }
}
