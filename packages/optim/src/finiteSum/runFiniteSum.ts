import type { Vec } from '../types.ts';
import type { FiniteSum, FiniteSumMethod, MethodState } from './types.ts';
import { finiteVec, integer, nonNegative, vecOfLength } from '../internal/validate.ts';
import { rng } from '../rng.ts';

export interface RunFiniteSumOptions {
  x0: Vec;
  /** Budget in effective passes: stop at the first step boundary where gradEvals ≥ epochs·n. */
  epochs: number;
  seed: number | string;
  /** History points per effective pass (at least one per pass), default 4. */
  recordsPerPass?: number;
}

export interface FiniteSumHistoryPoint {
  /** Component-gradient evaluations so far. */
  gradEvals: number;
  /** gradEvals / n. */
  passes: number;
  /** f(x) at that moment. */
  value: number;
  /** Steps taken so far. */
  step: number;
}

export interface RunFiniteSumResult<S extends MethodState> {
  x: Vec;
  history: FiniteSumHistoryPoint[];
  /** Final method state (table, snapshot, …). */
  state: S;
  diverged: boolean;
  /** Step at which f became non-finite or exploded (> 1e10·max(1, |f(x₀)|)); null otherwise. */
  divergedAt: number | null;
}

/**
 * Runs a method for a budget of `epochs` effective passes, counting every component gradient
 * (SVRG snapshot n, inner step 2; SAGA init n, step 1; mini-batch b). History starts at
 * (0, f(x₀)), gets a point whenever the cost crosses a multiple of n/recordsPerPass, and ends
 * at the final iterate. Divergence stops the run and is reported, never thrown.
 */
export function runFiniteSum<S extends MethodState>(
  problem: FiniteSum,
  method: FiniteSumMethod<S>,
  { x0, epochs, seed, recordsPerPass = 4 }: RunFiniteSumOptions,
): RunFiniteSumResult<S> {
  const fn = 'runFiniteSum';
  vecOfLength(fn, 'x0', x0, problem.dim);
  finiteVec(fn, 'x0', x0);
  nonNegative(fn, 'epochs', epochs);
  integer(fn, 'recordsPerPass', recordsPerPass, 1);
  const random = rng(seed);
  const n = problem.n;
  const budget = epochs * n;
  const spacing = n / recordsPerPass;
  const f0 = problem.value(x0);
  const limit = 1e10 * Math.max(1, Math.abs(f0));
  const history: FiniteSumHistoryPoint[] = [{ gradEvals: 0, passes: 0, value: f0, step: 0 }];
  let state = method.init(problem, x0, random);
  let nextMark = spacing;
  const record = (s: S) => {
    const value = problem.value(s.x);
    history.push({ gradEvals: s.gradEvals, passes: s.gradEvals / n, value, step: s.steps });
    while (nextMark <= s.gradEvals) nextMark += spacing;
    return value;
  };
  if (state.gradEvals >= nextMark) record(state);
  let divergedAt: number | null = null;
  let last = state;
  while (state.gradEvals < budget) {
    const next = method.step(problem, state, random, { reuse: true }).state;
    if (!next.x.every(Number.isFinite)) {
      divergedAt = next.steps;
      break;
    }
    state = next;
    last = state;
    if (state.gradEvals >= nextMark || state.gradEvals >= budget) {
      const v = record(state);
      if (!Number.isFinite(v) || Math.abs(v) > limit) {
        divergedAt = state.steps;
        history.pop();
        break;
      }
    }
  }
  if (divergedAt === null && history[history.length - 1].gradEvals !== last.gradEvals) record(last);
  return { x: last.x, history, state: last, diverged: divergedAt !== null, divergedAt };
}
