import type { LearningRate, Transform, Vec } from '../types.ts';
import { boolean, finite, learningRate, nonNegative, vecOfLength } from '../internal/validate.ts';
import { toSchedule } from './toSchedule.ts';

export interface ScheduleFreeOptions {
  /**
   * γ_t, the rate the base optimizer uses at update t (number or schedule, warmup included): it
   * sets the averaging weights and the decay at y. Give the base the same schedule.
   */
  lr: LearningRate;
  /** β, the interpolation y = (1 − β)z + βx, default 0.9 (the reference's `momentum`/`betas[0]`). */
  beta?: number;
  /** λ of the weight decay evaluated at y (z ← z − γ_tλy), default 0. */
  weightDecay?: number;
  /** Polynomial weighting power r of the average, default 0. */
  r?: number;
  /** The average's weights ∝ (max γ so far)^power, default 2. */
  weightLrPower?: number;
  /** Keep x in the state (default true); without it x is recovered from y and z by {@link scheduleFreeEvalPoint}. */
  keepX?: boolean;
}

export interface ScheduleFreeState<S> {
  /** The base optimizer's state (it steps z). */
  base: S;
  /** Updates applied so far (the reference's k). */
  count: number;
  /** z: the base optimizer's iterate (SGD/AdamW steps taken from the gradients at y). */
  z: Vec;
  /** x: the weighted average of the z's, the point to *evaluate* (the reference's `eval()` swaps it in); null without keepX. */
  x: Vec | null;
  /** β of the interpolation y = (1 − β)z + βx (kept so x can be recovered from y and z). */
  beta: number;
  /** Σ weights so far. */
  weightSum: number;
  /** max of γ so far (−1 before the first update, as the reference). */
  lrMax: number;
  /** c_{t+1} of the last update (weight / weightSum). */
  c: number;
  /** γ of the last update. */
  lr: number;
}

/** torch's lerp formula (two branches, so lerp(s, e, 1) = e exactly). */
function lerp(start: number, end: number, w: number): number {
  return w < 0.5 ? start + w * (end - start) : end - (end - start) * (1 - w);
}

/**
 * Schedule-Free averaging around any base optimizer (Defazio et al. 2024, "The Road Less
 * Scheduled", Algorithm 1; facebookresearch/schedule_free `ScheduleFreeWrapper` and the
 * `*_schedulefree.py` optimizers). Three sequences: the gradient is taken at
 * $y_t = (1-\beta)z_t + \beta x_t$ (the parameters θ this transform moves), the base optimizer
 * steps $z_{t+1} = z_t + \mathrm{base}(g_t) - \gamma_t\lambda y_t$, and
 * $x_{t+1} = (1 - c_{t+1})x_t + c_{t+1}z_{t+1}$ with
 * $c_{t+1} = w_t/\sum_{i\le t} w_i$, $w_t = (t+1)^r\,(\max_{i\le t}\gamma_i)^{p}$ (r = 0, p = 2): with a constant
 * rate, c = 1/(t+1) and x is the plain average of z₁…z_{t+1}. β sets where the gradient is taken:
 * β = 0 gives y = z, plain SGD whose iterates are averaged (Polyak–Ruppert averaging); β = 1 gives
 * y = x, gradients at the average itself (primal averaging); the default 0.9 sits between
 * (Defazio et al. 2024, Section 2). No T anywhere.
 * The update is $y_{t+1} - y_t$ computed as the reference does in place,
 * $y_{t+1} = \mathrm{lerp}(y_t, z_t, c) + (1 - \beta(1-c))\,(z_{t+1} - z_t)$. Evaluate at x.
 */
export function scheduleFree<S>(
  base: Transform<S>,
  options: ScheduleFreeOptions,
): Transform<ScheduleFreeState<S>> {
  const fn = 'scheduleFree';
  if (options === null || typeof options !== 'object') throw new RangeError(`${fn}: options { lr } required`);
  const { lr, beta = 0.9, weightDecay = 0, r = 0, weightLrPower = 2, keepX = true } = options;
  const schedule = toSchedule(learningRate(fn, 'lr', lr), fn);
  if (typeof beta !== 'number' || !(beta > 0 && beta < 1)) {
    throw new RangeError(`${fn}: beta must be in (0, 1), got ${String(beta)}`);
  }
  nonNegative(fn, 'weightDecay', weightDecay);
  finite(fn, 'r', r);
  finite(fn, 'weightLrPower', weightLrPower);
  boolean(fn, 'keepX', keepX);
  return {
    freshUpdates: true,
    init(params: Vec) {
      return {
        base: base.init(params),
        count: 0,
        z: Float64Array.from(params),
        x: keepX ? Float64Array.from(params) : null,
        beta,
        weightSum: 0,
        lrMax: -1,
        c: 0,
        lr: schedule(0),
      };
    },
    update(grads: Vec, state: ScheduleFreeState<S>, params: Vec) {
      const n = state.z.length;
      vecOfLength(fn, 'grads', grads, n);
      vecOfLength(fn, 'params', params, n);
      const k = state.count;
      const gamma = schedule(k);
      const lrMax = Math.max(gamma, state.lrMax);
      const weight = (k + 1) ** r * lrMax ** weightLrPower;
      const weightSum = state.weightSum + weight;
      const c = weightSum === 0 ? 0 : weight / weightSum;
      const stepped = base.update(grads, state.base, state.z);
      vecOfLength(fn, 'base updates', stepped.updates, n);
      const z = new Float64Array(n);
      const x = state.x === null ? null : new Float64Array(n);
      const u = new Float64Array(n);
      const decay = gamma * weightDecay;
      const yCoef = 1 - beta * (1 - c);
      for (let i = 0; i < n; i++) {
        const y = params[i];
        const dz = stepped.updates[i] - decay * y;
        const zi = state.z[i] + dz;
        z[i] = zi;
        if (x !== null && state.x !== null) x[i] = lerp(state.x[i], zi, c);
        u[i] = lerp(y, state.z[i], c) + yCoef * dz - y;
      }
      return {
        updates: u,
        state: { base: stepped.state, count: k + 1, z, x, beta, weightSum, lrMax, c, lr: gamma },
      };
    },
  };
}

/**
 * The evaluation point x of a Schedule-Free run whose parameters (the y sequence) are `params`:
 * the stored x, or, without `keepX`, $x = \mathrm{lerp}(y, z, 1 - 1/\beta) = (y - (1-\beta)z)/\beta$ — what the
 * reference's `optimizer.eval()` writes into the model. Returns a new array.
 */
export function scheduleFreeEvalPoint(params: Vec, state: { x: Vec | null; z: Vec; beta: number }): Vec {
  vecOfLength('scheduleFreeEvalPoint', 'params', params, state.z.length);
  if (state.x !== null) return Float64Array.from(state.x);
  const out = new Float64Array(params.length);
  const w = 1 - 1 / state.beta;
  for (let i = 0; i < out.length; i++) out[i] = lerp(params[i], state.z[i], w);
  return out;
}
