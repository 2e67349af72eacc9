import { estimatorVariance, rng, type FiniteSumMethod, type MethodState } from '@descent/optim';
import type { BuiltProblem } from './buildProblem.ts';

export interface TracePoint {
  /** Component-gradient evaluations so far ÷ n. */
  passes: number;
  /** f(x) − f* (may be ≤ 0 within rounding once converged; views floor it). */
  gap: number;
  /** E_i‖g_i − ∇f(x)‖² of the method's estimator at x (NaN when not measured). */
  variance: number;
}

export interface Trace {
  points: TracePoint[];
  /** Passes at which SVRG took a snapshot (full gradient). */
  snapshots: number[];
  /** Passes at which the run was stopped because it diverged; null if it did not. */
  divergedAt: number | null;
  /** First recorded passes with gap ≤ 1e-10; null if never. */
  reachedAt: number | null;
  /** Measured contraction of f − f* per pass in the linear phase (1e-12 ≤ gap ≤ 1e-3); null if too few points. */
  ratePerPass: number | null;
}

export interface TraceOptions {
  passes: number;
  seed: number;
  recordsPerPass: number;
  /** Measure the estimator variance (n to 2n extra gradients each time, not charged to the method)? */
  variance: boolean;
  /** Measure it at most once per this many passes (default 1). */
  varianceEvery?: number;
}

export const TARGET_GAP = 1e-10;

/**
 * traceMethod(built, method, options) runs a finite-sum method step by step from x₀ = built.x0
 * for a budget of effective passes (costs counted by the method itself: SVRG snapshot n, inner
 * step 2, SAGA table initialisation n), recording f − f* (and optionally the estimator variance)
 * `recordsPerPass` times per pass. A fresh rng(seed) per method, so every method sees the same
 * sequence of sampled indices. Divergence (non-finite x, or f above 1e10·max(1, |f(x₀)|)) stops
 * the run and is reported, never thrown.
 */
export function traceMethod<S extends MethodState>(
  built: BuiltProblem,
  method: FiniteSumMethod<S>,
  opts: TraceOptions,
): Trace {
  const { problem, fStar, x0 } = built;
  const n = problem.n;
  const random = rng(opts.seed);
  const budget = opts.passes * n;
  const spacing = n / opts.recordsPerPass;
  const f0 = problem.value(x0);
  const limit = 1e10 * Math.max(1, Math.abs(f0));
  const points: TracePoint[] = [];
  const snapshots: number[] = [];
  let divergedAt: number | null = null;
  let state = method.init(problem, x0, random);
  points.push({
    passes: 0,
    gap: f0 - fStar,
    variance:
      opts.variance && state.gradEvals === 0
        ? estimatorVariance(problem, { x: x0, gradEvals: 0, steps: 0 })
        : NaN,
  });
  let nextMark = spacing;
  const varianceSpacing = (opts.varianceEvery ?? 1) * n;
  let nextVariance = 0;
  const record = (s: S): boolean => {
    const value = problem.value(s.x);
    if (!Number.isFinite(value) || value > limit) return false;
    let variance = NaN;
    if (opts.variance && s.gradEvals >= nextVariance) {
      variance = estimatorVariance(problem, s);
      while (nextVariance <= s.gradEvals) nextVariance += varianceSpacing;
    }
    points.push({ passes: s.gradEvals / n, gap: value - fStar, variance });
    while (nextMark <= s.gradEvals) nextMark += spacing;
    return true;
  };
  if (state.gradEvals > 0) record(state);
  while (state.gradEvals < budget) {
    // This loop owns the state and never reads an old one again, so SAGA may update its table in place.
    const { state: next, info } = method.step(problem, state, random, { reuse: true });
    if (!next.x.every(Number.isFinite)) {
      divergedAt = next.gradEvals / n;
      break;
    }
    state = next;
    if (info.kind === 'snapshot') snapshots.push(state.gradEvals / n);
    if (state.gradEvals >= nextMark || state.gradEvals >= budget) {
      if (!record(state)) {
        divergedAt = state.gradEvals / n;
        break;
      }
    }
  }
  const reached = points.find((p) => p.gap <= TARGET_GAP);
  return {
    points,
    snapshots,
    divergedAt,
    reachedAt: reached ? reached.passes : null,
    ratePerPass: measuredRate(points),
  };
}

/** exp(slope) of a least-squares fit of ln(f − f*) against passes over the linear phase. */
export function measuredRate(points: readonly TracePoint[]): number | null {
  const use = points.filter((p) => p.gap >= 1e-12 && p.gap <= 1e-3);
  if (use.length < 4) return null;
  const mx = use.reduce((s, p) => s + p.passes, 0) / use.length;
  const my = use.reduce((s, p) => s + Math.log(p.gap), 0) / use.length;
  let sxy = 0;
  let sxx = 0;
  for (const p of use) {
    sxy += (p.passes - mx) * (Math.log(p.gap) - my);
    sxx += (p.passes - mx) ** 2;
  }
  if (sxx === 0) return null;
  return Math.exp(sxy / sxx);
}
