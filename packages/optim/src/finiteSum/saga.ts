import type { LearningRate, Vec } from '../types.ts';
import type { FiniteSumMethod, MethodState } from './types.ts';
import { learningRate, oneOf } from '../internal/validate.ts';
import { toSchedule } from '../transforms/toSchedule.ts';

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
  /** The gradient table: row i is the last ∇fᵢ evaluated. Rows are shared between states, never mutated. */
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
        const zero = new Float64Array(d);
        table.fill(zero);
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
      const i = random.int(n);
      const g = problem.gradI(i, s.x);
      const old = s.table[i];
      const gamma = schedule(s.steps);
      const v = new Float64Array(d);
      const x = new Float64Array(d);
      const reuse = options?.reuse === true;
      const mean = reuse ? s.tableMean : new Float64Array(d);
      for (let j = 0; j < d; j++) {
        v[j] = g[j] - old[j] + s.tableMean[j];
        x[j] = s.x[j] - gamma * v[j];
        mean[j] = s.tableMean[j] + (g[j] - old[j]) / n;
      }
      // Copy-on-write: a new row array (O(n) pointers), the old rows are shared. With reuse,
      // the runner owns the state and the O(n) copies are skipped.
      const table = reuse ? s.table : s.table.slice();
      table[i] = g;
      const updatedAt = reuse ? s.updatedAt : s.updatedAt.slice();
      updatedAt[i] = s.steps;
      return {
        state: { x, gradEvals: s.gradEvals + 1, steps: s.steps + 1, table, tableMean: mean, updatedAt },
        info: { kind: 'saga', indices: [i], gradEvals: 1, direction: v, lr: gamma },
      };
    },
  };
}
