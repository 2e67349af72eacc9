import type { Transform, Vec } from '../types.ts';
import type { OnlineLinearProblem } from './reddiOnline.ts';
import { finite, integer } from '../internal/validate.ts';
import { applyUpdates } from '../transforms/applyUpdates.ts';

export interface RunOnlineOptions {
  /** Starting point x_0 in [−1, 1] (the paper's x_1). */
  x0: number;
  /** Number of rounds T. */
  steps: number;
}

export interface RunOnlineResult {
  /** x[t] is the iterate after t updates, t = 0 … T (x[t−1] is the point played in round t). */
  x: Float64Array;
  /**
   * avgRegret[t] = R_t/t for t = 1 … T (avgRegret[0] = 0), where
   * $R_t = \sum_{s \le t} f_s(x_{s-1}) - \min_{x \in [-1, 1]} \sum_{s \le t} f_s(x)$.
   */
  avgRegret: Float64Array;
  /** The first round whose update was not finite (the run stops there), or null. */
  divergedAt: number | null;
}

/**
 * Plays the online problem with a gradient transformation: in round t the learner plays
 * $x_{t-1}$, suffers $f_t(x_{t-1}) = c_t x_{t-1}$, receives $g_t = c_t$ and updates. Put
 * {@link projectOntoBox} last in the transform so the iterates stay in [−1, 1]. The comparator
 * of the regret is the best fixed point for the rounds played so far, $-|\sum_{s\le t} c_s|$.
 */
export function runOnline<S>(
  problem: OnlineLinearProblem,
  transform: Transform<S>,
  { x0, steps }: RunOnlineOptions,
): RunOnlineResult {
  const fn = 'runOnline';
  finite(fn, 'x0', x0);
  integer(fn, 'steps', steps, 0);
  const x = new Float64Array(steps + 1);
  const avgRegret = new Float64Array(steps + 1);
  let params: Vec = Float64Array.of(x0);
  let state = transform.init(params);
  x[0] = x0;
  let loss = 0;
  let sum = 0;
  const g = new Float64Array(1);
  for (let t = 1; t <= steps; t++) {
    const c = problem.coefficient(t);
    loss += c * params[0];
    sum += c;
    avgRegret[t] = (loss + Math.abs(sum)) / t;
    g[0] = c;
    const r = transform.update(g, state, params);
    const next = applyUpdates(params, r.updates);
    if (!Number.isFinite(next[0])) {
      return { x: x.slice(0, t), avgRegret: avgRegret.slice(0, t + 1), divergedAt: t };
    }
    state = r.state;
    params = next;
    x[t] = next[0];
  }
  return { x, avgRegret, divergedAt: null };
}
