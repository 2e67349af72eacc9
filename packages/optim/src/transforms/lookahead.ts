import type { Transform, Vec } from '../types.ts';
import { closedUnitInterval, integer } from '../internal/validate.ts';

export interface LookaheadOptions {
  /** Fast steps per synchronisation, default 5. */
  k?: number;
  /** Slow-weights step size α ∈ (0, 1], default 0.5. */
  alpha?: number;
}

export interface LookaheadState<S> {
  /** The inner optimizer's state (kept unchanged across synchronisations). */
  inner: S;
  /** Slow weights φ. */
  slow: Vec;
  /** Fast updates since the last synchronisation (0 … k−1). */
  fast: number;
}

/**
 * Lookahead (Zhang, Lucas, Hinton & Ba 2019, Algorithm 1) around any transform: the inner
 * optimizer moves the fast weights θ for k steps from the slow weights φ; then
 * $\phi \leftarrow \phi + \alpha(\theta - \phi)$ and the fast weights restart there, θ ← φ.
 * As a transform: a fast step's update is the inner update u; the k-th one returns
 * φ′ − θ with φ′ = φ + α(θ + u − φ), so θ + update = φ′. φ starts at the initial parameters.
 * The inner optimizer's state carries over synchronisations unchanged (some implementations
 * reset or pull back the momentum buffer instead). Defaults k = 5, α = 0.5.
 * Reference: Zhang, Lucas, Hinton & Ba (2019), Lookahead Optimizer: k steps forward, 1 step back, NeurIPS.
 */
export function lookahead<S>(
  inner: Transform<S>,
  options: LookaheadOptions = {},
): Transform<LookaheadState<S>> {
  const fn = 'lookahead';
  const { k = 5, alpha = 0.5 } = options;
  integer(fn, 'k', k, 1);
  closedUnitInterval(fn, 'alpha', alpha);
  if (alpha === 0) throw new RangeError(`${fn}: alpha must be in (0, 1], got 0`);
  return {
    init: (params: Vec) => ({ inner: inner.init(params), slow: Float64Array.from(params), fast: 0 }),
    update(grads: Vec, state: LookaheadState<S>, params: Vec) {
      const r = inner.update(grads, state.inner, params);
      const fast = state.fast + 1;
      if (fast < k) return { updates: r.updates, state: { inner: r.state, slow: state.slow, fast } };
      const n = params.length;
      const slow = new Float64Array(n);
      const updates = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const thetaK = params[i] + r.updates[i];
        const phi = state.slow[i] + alpha * (thetaK - state.slow[i]);
        slow[i] = phi;
        updates[i] = phi - params[i];
      }
      return { updates, state: { inner: r.state, slow, fast: 0 } };
    },
  };
}
