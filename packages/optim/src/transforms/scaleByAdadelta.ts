import type { Transform, Vec } from '../types.ts';
import { nonNegative, unitInterval, vecOfLength } from '../internal/validate.ts';

export interface ScaleByAdadeltaOptions {
  /** Decay ρ of both running averages, ρ ∈ [0, 1); default 0.9 (PyTorch; Zeiler's experiments used 0.95). */
  rho?: number;
  /** ε inside both roots, default 1e-6 (PyTorch and Zeiler 2012). */
  eps?: number;
}

export interface ScaleByAdadeltaState {
  count: number;
  /** v: EMA of g² (PyTorch's `square_avg`). */
  squareAvg: Vec;
  /** u: EMA of Δx² (PyTorch's `acc_delta`), Δx the *unscaled* step (before the lr). */
  accDelta: Vec;
}

/**
 * AdaDelta's step (the learning rate is applied by {@link scaleByLearningRate}):
 *
 * $v_t = \rho v_{t-1} + (1-\rho) g_t^2$,
 * $\Delta x_t = \frac{\sqrt{u_{t-1} + \varepsilon}}{\sqrt{v_t + \varepsilon}}\, g_t$,
 * $u_t = \rho u_{t-1} + (1-\rho)\,\Delta x_t^2$; the update is $\Delta x_t$ (then $\theta \leftarrow \theta - \gamma\,\Delta x_t$).
 *
 * The ratio of two RMS values has the units of θ over the units of g, which is Zeiler's
 * "unit correction". As in PyTorch, u accumulates Δx *before* the lr multiplies it (with
 * lr = 1, Zeiler's Algorithm 1 exactly). Reference: Zeiler (2012), ADADELTA: An Adaptive
 * Learning Rate Method, Algorithm 1; torch.optim.Adadelta docs.
 */
export function scaleByAdadelta(options: ScaleByAdadeltaOptions = {}): Transform<ScaleByAdadeltaState> {
  const fn = 'scaleByAdadelta';
  const { rho = 0.9, eps = 1e-6 } = options;
  unitInterval(fn, 'rho', rho);
  nonNegative(fn, 'eps', eps);
  const a = 1 - rho;
  return {
    freshUpdates: true,
    init: (params: Vec) => ({
      count: 0,
      squareAvg: new Float64Array(params.length),
      accDelta: new Float64Array(params.length),
    }),
    update(grads: Vec, state: ScaleByAdadeltaState) {
      const n = state.squareAvg.length;
      vecOfLength(fn, 'grads', grads, n);
      const squareAvg = new Float64Array(n);
      const accDelta = new Float64Array(n);
      const u = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const g = grads[i];
        const v = rho * state.squareAvg[i] + a * g * g;
        const dx = (Math.sqrt(state.accDelta[i] + eps) / Math.sqrt(v + eps)) * g;
        squareAvg[i] = v;
        accDelta[i] = rho * state.accDelta[i] + a * dx * dx;
        u[i] = dx;
      }
      return { updates: u, state: { count: state.count + 1, squareAvg, accDelta } };
    },
  };
}
