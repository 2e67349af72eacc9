import type { LearningRate, Vec } from '../types.ts';
import type { FiniteSumMethod, MethodState } from './types.ts';
import { learningRate, oneOf } from '../internal/validate.ts';
import { toSchedule } from '../transforms/toSchedule.ts';
import { gradIInto, nextIterate, scratch } from './componentGradient.ts';

export interface SagaOptions {
  /** Step size (number or schedule of the step count). */
  lr: LearningRate;
  /**
   * Table start: 'full' evaluates every ∇fᵢ(x₀) (cost n, the contract's accounting, Defazio et
   * al.'s algorithm) or 'zeros' (free). Either start is **unbiased**: the step uses the exact mean
   * of the stored rows (divided by n), so E_j[v] = ∇f(x) whatever the table holds; zero rows only
   * add variance until they are first refreshed. (Bias comes from dividing by the number of rows
   * seen so far instead of n, as scikit-learn's `sag_fast` and SAG's practical variant do.)
   */
  tableInit?: 'full' | 'zeros';
}

export interface SagaState extends MethodState {
  /**
   * The gradient table: row i is the last ∇fᵢ evaluated. Rows are shared between states and never
   * mutated, except by `reuse` steps, which write the new row into the old one.
   */
  table: Vec[];
  /** Mean of the table rows. */
  tableMean: Vec;
  /** Step at which each row was last refreshed (−1: from the initialisation). */
  updatedAt: Int32Array;
}

/**
 * SAGA (Defazio, Bach & Lacoste-Julien 2014): pick j, $g = \nabla f_j(x)$,
 * $v = g - \phi_j + \tfrac1n\sum_i \phi_i$, $x \leftarrow x - \gamma v$, $\phi_j \leftarrow g$.
 * Cost 1 per step after an initialisation of n; memory n·d for the table.
 */
export function saga({ lr, tableInit = 'full' }: SagaOptions): FiniteSumMethod<SagaState> {
  learningRate('saga', 'lr', lr);
  oneOf('saga', 'tableInit', tableInit, ['full', 'zeros'] as const);
  const schedule = toSchedule(lr, 'saga');
  // Used only by `reuse` steps (StepOptions): the last iterate stepped from, and scratch arrays.
  let spare: Vec | null = null;
  let gradBuffer: Vec | null = null;
  let dirBuffer: Vec | null = null;
  return {
    name: 'saga',
    init(problem, x0) {
      const n = problem.n;
      const d = x0.length;
      const x = Float64Array.from(x0);
      const mean = new Float64Array(d);
      const table: Vec[] = new Array(n);
      if (tableInit === 'full') {
        for (let i = 0; i < n; i++) {
          const g = problem.gradI(i, x);
          table[i] = g;
          for (let j = 0; j < d; j++) mean[j] += g[j];
        }
        for (let j = 0; j < d; j++) mean[j] /= n;
      } else {
        // A row each (not one shared zero row): a `reuse` step writes a new row into the old one.
        for (let i = 0; i < n; i++) table[i] = new Float64Array(d);
      }
      return {
        x,
        gradEvals: tableInit === 'full' ? n : 0,
        steps: 0,
        table,
        tableMean: mean,
        updatedAt: new Int32Array(n).fill(-1),
      };
    },
    step(problem, s, random, options) {
      const n = problem.n;
      const d = s.x.length;
      const reuse = options?.reuse === true;
      const i = random.int(n);
      const g = reuse
        ? gradIInto(problem, i, s.x, (gradBuffer = scratch(gradBuffer, d)))
        : problem.gradI(i, s.x);
      const old = s.table[i];
      const gamma = schedule(s.steps);
      const v = reuse ? (dirBuffer = scratch(dirBuffer, d)) : new Float64Array(d);
      const x = reuse ? nextIterate(spare, s.x) : new Float64Array(d);
      if (reuse) spare = s.x;
      const mean = reuse ? s.tableMean : new Float64Array(d);
      for (let j = 0; j < d; j++) {
        v[j] = g[j] - old[j] + s.tableMean[j];
        x[j] = s.x[j] - gamma * v[j];
        mean[j] = s.tableMean[j] + (g[j] - old[j]) / n;
      }
      // Copy-on-write: a new row array (O(n) pointers), the old rows are shared. With reuse,
      // the runner owns the state: the O(n) copies are skipped and the new row is written into
      // the old one (every row is an array of its own).
      const table = reuse ? s.table : s.table.slice();
      if (reuse) old.set(g);
      else table[i] = g;
      const updatedAt = reuse ? s.updatedAt : s.updatedAt.slice();
      updatedAt[i] = s.steps;
      return {
        state: { x, gradEvals: s.gradEvals + 1, steps: s.steps + 1, table, tableMean: mean, updatedAt },
        info: { kind: 'saga', indices: [i], gradEvals: 1, direction: v, lr: gamma },
      };
    },
  };
}
