import { rng, saga, svrg, type SagaState } from '@descent/optim';
import { buildProblem } from '../lessons/variance-reduction/buildProblem.ts';
import { traceMethod, type TracePoint } from '../lessons/variance-reduction/traceMethod.ts';
import type { SagaTableState } from './state.ts';

export interface SagaTableRun {
  n: number;
  d: number;
  lr: number;
  /** The table right after initialisation at x₀ (row-major n×d). */
  initial: Float64Array;
  /** For step k (1-based frame k): the example drawn and its fresh gradient row. */
  updates: { i: number; row: Float64Array }[];
  /** f − f* after each frame (frame 0 = after initialisation). */
  gaps: number[];
  /** Fraction of rows refreshed at least once, after each frame. */
  fresh: number[];
  /** First frame at which every row has been refreshed; null if not within the run. */
  allFreshAt: number | null;
  /** Largest |entry| over the whole run, for a colour scale that does not jump. */
  maxAbs: number;
  /** SVRG (m = 2n, option I) on the same problem and samples: f − f* against passes, and its snapshots. */
  svrg: { points: TracePoint[]; snapshots: number[] };
  /** SAGA's f − f* against passes on the same scale. */
  sagaPoints: { passes: number; gap: number }[];
}

/**
 * sagaTableModel(state) runs SAGA at 1/(3 L_max) on a small seeded logistic regression and
 * records every step's sampled example and new table row, so the view can replay the table
 * filling in; SVRG on the same problem and index stream gives the curve with snapshot marks.
 */
export function sagaTableModel(state: SagaTableState): SagaTableRun {
  const built = buildProblem({ n: state.n, l2: state.l2, scale: 1, seed: state.seed });
  const { problem, x0, fStar } = built;
  const n = problem.n;
  const d = x0.length;
  const lr = 1 / (3 * built.lMax);
  const method = saga({ lr });
  const random = rng(state.seed);
  let s: SagaState = method.init(problem, x0, random);
  const initial = new Float64Array(n * d);
  s.table.forEach((row, i) => initial.set(row, i * d));
  let maxAbs = initial.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const updates: SagaTableRun['updates'] = [];
  const gaps = [problem.value(s.x) - fStar];
  const seen = new Uint8Array(n);
  let seenCount = 0;
  const fresh = [0];
  let allFreshAt: number | null = null;
  const total = state.passes * n;
  for (let k = 1; k <= total; k++) {
    // The old state is never read again (rows are copied out below), so in-place table updates are safe.
    const { state: next, info } = method.step(problem, s, random, { reuse: true });
    s = next;
    const i = info.indices[0];
    const row = s.table[i];
    for (let j = 0; j < d; j++) maxAbs = Math.max(maxAbs, Math.abs(row[j]));
    updates.push({ i, row: Float64Array.from(row) });
    gaps.push(problem.value(s.x) - fStar);
    if (!seen[i]) {
      seen[i] = 1;
      seenCount++;
    }
    fresh.push(seenCount / n);
    if (allFreshAt === null && seenCount === n) allFreshAt = k;
  }
  const svrgTrace = traceMethod(built, svrg({ lr, innerSteps: 2 * n }), {
    passes: state.passes + 1,
    seed: state.seed,
    recordsPerPass: 8,
    variance: false,
  });
  const sagaPoints = gaps.map((gap, k) => ({ passes: (n + k) / n, gap }));
  sagaPoints.unshift({ passes: 0, gap: problem.value(x0) - fStar });
  return {
    n,
    d,
    lr,
    initial,
    updates,
    gaps,
    fresh,
    allFreshAt,
    maxAbs,
    svrg: { points: svrgTrace.points, snapshots: svrgTrace.snapshots },
    sagaPoints,
  };
}

/**
 * tableAt(run, frame) → the table after `frame` steps and each row's age (steps since it was
 * last written; rows still holding ∇fᵢ(x₀) have age = frame). Pure replay of the recorded updates.
 */
export function tableAt(
  run: SagaTableRun,
  frame: number,
): { table: Float64Array; age: Int32Array; current: number | null } {
  const f = Math.max(0, Math.min(run.updates.length, Math.round(frame)));
  const table = Float64Array.from(run.initial);
  const last = new Int32Array(run.n);
  for (let k = 0; k < f; k++) {
    const { i, row } = run.updates[k];
    table.set(row, i * run.d);
    last[i] = k + 1;
  }
  const age = new Int32Array(run.n);
  for (let i = 0; i < run.n; i++) age[i] = f - last[i];
  return { table, age, current: f > 0 ? run.updates[f - 1].i : null };
}
