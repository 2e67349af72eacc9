import type { Transform, Vec } from '../types.ts';
import type { Objective } from './types.ts';
import { finiteVec, integer, positive, vecOfLength } from '../internal/validate.ts';
import { applyUpdates } from '../transforms/applyUpdates.ts';
import { stepInPlace } from '../transforms/stepInPlace.ts';

export interface MinimizeOptions {
  x0: Vec;
  /** Number of updates. */
  steps: number;
  /**
   * A run counts as diverged when a value, gradient or iterate is non-finite, or when
   * |f(x_k)| > factor·max(1, |f(x_0)|) or ‖x_k‖ > factor·max(1, ‖x_0‖). Default 1e10.
   */
  divergenceFactor?: number;
  /** Keep the optimizer state after every step (for step-by-step views). Default false. */
  keepStates?: boolean;
}

export interface MinimizeResult<S> {
  /** Last finite iterate. */
  x: Vec;
  /** x_0, x_1, …: all finite iterates (steps + 1 of them unless the run diverged). */
  trajectory: Vec[];
  /** f(x_k) for every point in the trajectory. */
  losses: number[];
  /** ‖∇f(x_k)‖ for every point in the trajectory. */
  gradNorms: number[];
  diverged: boolean;
  /** The step k whose result x_k was non-finite or exploding (trajectory then has k points); null otherwise. */
  divergedAt: number | null;
  /** States after steps 1, 2, … when keepStates is set. */
  states?: S[];
}

/**
 * Runs x_{k+1} = x_k + update(∇f(x_k)) for `steps` steps. Never throws on divergence and never
 * returns NaN: it stops at the first non-finite or exploding point and reports the step.
 * Without `keepStates` it steps with {@link stepInPlace} (the state is internal to the run);
 * with it, with the pure `update`. The iterates are bitwise the same.
 */
export function minimize<S>(
  objective: Objective,
  transform: Transform<S>,
  options: MinimizeOptions,
): MinimizeResult<S> {
  const fn = 'minimize';
  const { x0, steps, divergenceFactor = 1e10, keepStates = false } = options;
  vecOfLength(fn, 'x0', x0, objective.dim);
  finiteVec(fn, 'x0', x0);
  integer(fn, 'steps', steps, 0);
  positive(fn, 'divergenceFactor', divergenceFactor);
  let x: Vec = Float64Array.from(x0);
  const f = objective.value(x);
  let g = objective.grad(x);
  const normOf = (v: Vec) => Math.sqrt(v.reduce((s, a) => s + a * a, 0));
  const fLimit = divergenceFactor * Math.max(1, Math.abs(f));
  const xLimit = divergenceFactor * Math.max(1, normOf(x));
  const trajectory: Vec[] = [x];
  const losses = [f];
  const gradNorms = [normOf(g)];
  const states: S[] | undefined = keepStates ? [] : undefined;
  const result = (divergedAt: number | null): MinimizeResult<S> => ({
    x: trajectory[trajectory.length - 1],
    trajectory,
    losses,
    gradNorms,
    diverged: divergedAt !== null,
    divergedAt,
    ...(states ? { states } : {}),
  });
  if (!Number.isFinite(f) || !g.every(Number.isFinite)) return result(0);
  let state = transform.init(x);
  for (let k = 1; k <= steps; k++) {
    let next: Vec;
    if (states) {
      // Every state is kept: the pure path, so each one stays as it was.
      const r = transform.update(g, state, x);
      state = r.state;
      next = applyUpdates(x, r.updates);
    } else {
      // The run owns its state (it is never returned), so the owned-state fast path is safe;
      // x itself is in the trajectory, so the step goes into a copy. Same numbers either way.
      next = Float64Array.from(x);
      state = stepInPlace(transform, g, state, next);
    }
    const nx = normOf(next);
    if (!Number.isFinite(nx) || nx > xLimit) return result(k);
    const fNext = objective.value(next);
    const gNext = objective.grad(next);
    const gn = normOf(gNext);
    if (!Number.isFinite(fNext) || Math.abs(fNext) > fLimit || !Number.isFinite(gn)) return result(k);
    x = next;
    g = gNext;
    trajectory.push(x);
    losses.push(fNext);
    gradNorms.push(gn);
    states?.push(state);
  }
  return result(null);
}
