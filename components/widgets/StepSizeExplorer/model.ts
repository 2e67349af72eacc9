import { saga, sgdSampler, svrg } from '@descent/optim';
import { buildProblem } from '../lessons/variance-reduction/buildProblem.ts';
import { traceMethod } from '../lessons/variance-reduction/traceMethod.ts';
import type { MethodId } from '../lessons/variance-reduction/raceModel.ts';
import type { StepSweepState } from './state.ts';

export interface SweepCell {
  /** f − f* after the budget; null when the run diverged. */
  gap: number | null;
  /** Passes at which it diverged; null if it did not. */
  divergedAt: number | null;
}

export interface StepSweepResult {
  lMax: number;
  /** Budget per run, in passes (echoed so the view describes the result it shows). */
  passes: number;
  /** The multiples c of 1/L_max tried, ascending (lr = c / L_max). */
  multiples: number[];
  rows: Record<MethodId, SweepCell[]>;
  /** Per method: the smallest multiple that diverged (null if none did). */
  firstDiverged: Record<MethodId, number | null>;
  /** Per method: the multiple with the lowest final f − f* among those that did not diverge. */
  best: Record<MethodId, number | null>;
}

/** The sweep grid: 1/64 · 2^k up to maxMultiple (at most 27 points), always including 1/3. */
export function sweepMultiples(maxMultiple: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < 27; k++) {
    const c = (1 / 64) * 2 ** k;
    if (c > maxMultiple * (1 + 1e-12)) break;
    out.push(Number(c.toPrecision(6)));
  }
  out.push(1 / 3);
  return [...new Set(out)].sort((a, b) => a - b);
}

/**
 * stepSweepModel(state) runs SGD, SVRG (m = 2n, option I) and SAGA at lr = c/L_max for each c of
 * the grid on the same seeded problem and sample stream, and reports the final f − f* or the pass
 * at which each run diverged.
 */
export function stepSweepModel(state: StepSweepState): StepSweepResult {
  const built = buildProblem({ n: state.n, l2: state.l2, scale: 1, seed: state.seed });
  const multiples = sweepMultiples(state.maxMultiple);
  const rows: Record<MethodId, SweepCell[]> = { sgd: [], svrg: [], saga: [] };
  const opts = { passes: state.passes, seed: state.seed, recordsPerPass: 1, variance: false };
  for (const c of multiples) {
    const lr = c / built.lMax;
    const runs: [MethodId, ReturnType<typeof traceMethod>][] = [
      ['sgd', traceMethod(built, sgdSampler({ lr }), opts)],
      ['svrg', traceMethod(built, svrg({ lr, innerSteps: 2 * built.problem.n }), opts)],
      ['saga', traceMethod(built, saga({ lr }), opts)],
    ];
    for (const [id, t] of runs) {
      rows[id].push(
        t.divergedAt !== null
          ? { gap: null, divergedAt: t.divergedAt }
          : { gap: Math.max(0, t.points[t.points.length - 1].gap), divergedAt: null },
      );
    }
  }
  const ids: MethodId[] = ['sgd', 'svrg', 'saga'];
  const firstDiverged = Object.fromEntries(
    ids.map((id) => {
      const k = rows[id].findIndex((c) => c.divergedAt !== null);
      return [id, k < 0 ? null : multiples[k]];
    }),
  ) as Record<MethodId, number | null>;
  const best = Object.fromEntries(
    ids.map((id) => {
      let bi = -1;
      rows[id].forEach((c, k) => {
        if (c.gap !== null && (bi < 0 || c.gap < (rows[id][bi].gap as number))) bi = k;
      });
      return [id, bi < 0 ? null : multiples[bi]];
    }),
  ) as Record<MethodId, number | null>;
  return { lMax: built.lMax, passes: state.passes, multiples, rows, firstDiverged, best };
}
