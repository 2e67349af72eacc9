import type { Sink, Transform, Vec } from '../types.ts';
import { boolean, nonNegative, oneOf, unitInterval, vecOfLength } from '../internal/validate.ts';

export interface ScaleByAdamOptions {
  /** β₁ ∈ [0, 1), default 0.9. */
  beta1?: number;
  /** β₂ ∈ [0, 1), default 0.999. */
  beta2?: number;
  /** ε added outside the square root, default 1e-8 (PyTorch, optax `eps`). */
  eps?: number;
  /** ε added inside the square root: √(v̂ + epsRoot). Default 0 (PyTorch); optax's `eps_root`. */
  epsRoot?: number;
  /**
   * When true, ε is added to √v *before* bias correction (Kingma & Ba's "ε̂", used by
   * TensorFlow/Keras): denominator √v̂ + ε/√(1 − β₂ᵗ). Default false (PyTorch, optax).
   */
  epsHat?: boolean;
  /** AMSGrad: divide by the running maximum of the second moment (Reddi et al. 2018). */
  amsgrad?: boolean;
  /**
   * What AMSGrad takes the maximum of: 'raw' v (PyTorch: v_max = max(v_max, v), then
   * bias-corrected with the current t) or the 'corrected' v̂ (optax's `scale_by_amsgrad`:
   * v̂_max = max(v̂_max, v̂)). Default 'raw'. (Reddi et al.'s Algorithm 2 has no bias correction.)
   */
  amsgradMax?: 'raw' | 'corrected';
  /**
   * Divide m and v by 1 − βᵗ (default true). false gives the undebiased u = m/(√v + ε) of
   * LAMB's early versions (You et al. 2019, arXiv v1–v3; cybertronai/pytorch-lamb).
   */
  biasCorrection?: boolean;
}

export interface ScaleByAdamState {
  /** Updates applied so far (t after the last update). */
  count: number;
  /** First moment m (EMA of g). */
  m: Vec;
  /** Second moment v (EMA of g²). */
  v: Vec;
  /** AMSGrad's running maximum (of v or of v̂, see `amsgradMax`); null without AMSGrad. */
  vMax: Vec | null;
  /** 1/(1 − β₁ᵗ): m̂ = m · biasCorrection1 (∞ before the first update). PyTorch's variable of this name is the reciprocal. */
  biasCorrection1: number;
  /** 1/(1 − β₂ᵗ): v̂ = v · biasCorrection2. */
  biasCorrection2: number;
}

/**
 * Adam's preconditioned direction (the learning rate is applied by {@link scaleByLearningRate}):
 *
 * $m_t = \beta_1 m_{t-1} + (1-\beta_1) g_t$, $v_t = \beta_2 v_{t-1} + (1-\beta_2) g_t^2$,
 * $\hat m_t = m_t/(1-\beta_1^t)$, $\hat v_t = v_t/(1-\beta_2^t)$,
 * $u_t = \hat m_t / (\sqrt{\hat v_t + \varepsilon_{root}} + \varepsilon)$.
 *
 * Reference: Kingma & Ba (2015), Adam: A Method for Stochastic Optimization; torch.optim.Adam
 * docs; optax `scale_by_adam`. One fused loop per update; outputs m, v, u are fresh arrays
 * (`updateOwned`, for {@link stepInPlace}, writes m, v into the old state's arrays and u into the sink).
 */
export function scaleByAdam(options: ScaleByAdamOptions = {}): Transform<ScaleByAdamState> {
  const fn = 'scaleByAdam';
  const {
    beta1 = 0.9,
    beta2 = 0.999,
    eps = 1e-8,
    epsRoot = 0,
    epsHat = false,
    amsgrad = false,
    amsgradMax = 'raw',
    biasCorrection = true,
  } = options;
  unitInterval(fn, 'beta1', beta1);
  unitInterval(fn, 'beta2', beta2);
  nonNegative(fn, 'eps', eps);
  nonNegative(fn, 'epsRoot', epsRoot);
  boolean(fn, 'epsHat', epsHat);
  boolean(fn, 'amsgrad', amsgrad);
  oneOf(fn, 'amsgradMax', amsgradMax, ['raw', 'corrected'] as const);
  boolean(fn, 'biasCorrection', biasCorrection);
  const a1 = 1 - beta1;
  const a2 = 1 - beta2;
  return {
    freshUpdates: true,
    init: (params: Vec) => ({
      count: 0,
      m: new Float64Array(params.length),
      v: new Float64Array(params.length),
      vMax: amsgrad ? new Float64Array(params.length) : null,
      biasCorrection1: Infinity,
      biasCorrection2: Infinity,
    }),
    update: (grads: Vec, state: ScaleByAdamState) => core(grads, state, 1, null, false, false),
    updateScaled: (grads: Vec, state: ScaleByAdamState, _params: Vec, factor: number, inPlace: boolean) =>
      // In place is safe: element i of grads is read before element i of u is written.
      core(grads, state, factor, inPlace ? grads : null, false, false),
    updateOwned: (grads: Vec, state: ScaleByAdamState, _params: Vec, sink: Sink) =>
      core(grads, state, sink.factor, sink.out, sink.add, true).state,
  };
  /** u (+)= f·û into `out` (a new array when null); m, v (and vMax) into the old state's arrays when `reuse`, else new ones. */
  function core(
    grads: Vec,
    state: ScaleByAdamState,
    f: number,
    out: Vec | null,
    add: boolean,
    reuse: boolean,
  ): { updates: Vec; state: ScaleByAdamState } {
    const n = state.m.length;
    vecOfLength(fn, 'grads', grads, n);
    const t = state.count + 1;
    const bc1 = biasCorrection ? 1 / (1 - beta1 ** t) : 1;
    const bc2 = biasCorrection ? 1 / (1 - beta2 ** t) : 1;
    const sqrtBc2 = Math.sqrt(bc2);
    // ε̂ form: √v̂ + ε/√(1−β₂ᵗ) = (√v + ε)·√bc2, i.e. ε scaled like √v̂.
    const epsOut = epsHat ? eps * sqrtBc2 : eps;
    const m0 = state.m;
    const v0 = state.v;
    const u = out ?? new Float64Array(n);
    if (out !== null) vecOfLength(fn, 'sink.out', out, n);
    // Reuse is safe element-wise: m0[i] is read before m[i] is written (likewise v, vMax).
    const m = reuse ? m0 : new Float64Array(n);
    const v = reuse ? v0 : new Float64Array(n);
    let vMax: Vec | null = null;
    if (!amsgrad && epsRoot === 0) {
      // The hot path (PyTorch defaults): one pass reading g, m, v (and θ when adding into it)
      // and writing m, v, u. Two copies of the loop so the branch is outside it.
      if (add) {
        for (let i = 0; i < n; i++) {
          const g = grads[i];
          const mi = beta1 * m0[i] + a1 * g;
          const vi = beta2 * v0[i] + a2 * g * g;
          m[i] = mi;
          v[i] = vi;
          u[i] = u[i] + f * ((mi * bc1) / (Math.sqrt(vi) * sqrtBc2 + epsOut));
        }
      } else {
        for (let i = 0; i < n; i++) {
          const g = grads[i];
          const mi = beta1 * m0[i] + a1 * g;
          const vi = beta2 * v0[i] + a2 * g * g;
          m[i] = mi;
          v[i] = vi;
          u[i] = f * ((mi * bc1) / (Math.sqrt(vi) * sqrtBc2 + epsOut));
        }
      }
    } else {
      const prevMax = state.vMax;
      if (amsgrad) vMax = reuse && prevMax !== null ? prevMax : new Float64Array(n);
      const corrected = amsgradMax === 'corrected';
      for (let i = 0; i < n; i++) {
        const g = grads[i];
        const mi = beta1 * m0[i] + a1 * g;
        const vi = beta2 * v0[i] + a2 * g * g;
        m[i] = mi;
        v[i] = vi;
        let vHat: number;
        if (vMax !== null && prevMax !== null) {
          if (corrected) {
            vHat = Math.max(prevMax[i], vi * bc2);
            vMax[i] = vHat;
          } else {
            const raw = Math.max(prevMax[i], vi);
            vMax[i] = raw;
            vHat = raw * bc2;
          }
        } else {
          vHat = vi * bc2;
        }
        const ui = f * ((mi * bc1) / (Math.sqrt(vHat + epsRoot) + epsOut));
        u[i] = add ? u[i] + ui : ui;
      }
    }
    return { updates: u, state: { count: t, m, v, vMax, biasCorrection1: bc1, biasCorrection2: bc2 } };
  }
}
