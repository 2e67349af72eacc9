import type { Vec } from '../types.ts';
import type { FiniteSum, MethodState } from './types.ts';
import type { SagaState } from './saga.ts';
import type { SvrgState } from './svrg.ts';
import { gradIInto } from './componentGradient.ts';

/**
 * The exact variance of a method's single-sample gradient estimator at its current iterate x,
 * over a uniformly drawn index i (no sampling: the sum runs over all n components):
 *
 * - SGD:  $\tfrac1n\sum_i \|\nabla f_i(x) - \nabla f(x)\|^2$
 * - SVRG: $\tfrac1n\sum_i \|\nabla f_i(x) - \nabla f_i(\tilde w) + \nabla f(\tilde w) - \nabla f(x)\|^2$
 * - SAGA: $\tfrac1n\sum_i \|\nabla f_i(x) - \phi_i + \bar\phi - \nabla f(x)\|^2$
 *
 * All three estimators are unbiased, so this is $\mathbb{E}_i\|g_i - \nabla f(x)\|^2$. The
 * method is read from the state's shape (a table → SAGA, a snapshot → SVRG, else SGD); an SVRG
 * state before its first snapshot is measured as SGD. Costs n (SGD, SAGA) or 2n (SVRG)
 * component gradients, which are measurement and not charged to the method.
 * Reference: Johnson & Zhang (2013), §2; Defazio, Bach & Lacoste-Julien (2014), §2.
 */
export function estimatorVariance(problem: FiniteSum, state: MethodState | SagaState | SvrgState): number {
  const { n } = problem;
  const x = state.x;
  const d = x.length;
  const full = problem.grad(x);
  // c_i is what the estimator subtracts from ∇f_i(x) before adding back its mean.
  let correction: ((i: number) => Vec) | null = null;
  let correctionMean: Vec | null = null;
  // Component gradients go into two arrays reused for every i (see StepOptions.reuse for why).
  const gi = new Float64Array(d);
  if ('table' in state) {
    correction = (i) => state.table[i];
    correctionMean = state.tableMean;
  } else if ('snapshotX' in state && state.snapshotX !== null && state.snapshotGrad !== null) {
    const w = state.snapshotX;
    const gw = new Float64Array(d);
    correction = (i) => gradIInto(problem, i, w, gw);
    correctionMean = state.snapshotGrad;
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    const g = gradIInto(problem, i, x, gi);
    const c = correction ? correction(i) : null;
    let s = 0;
    for (let j = 0; j < d; j++) {
      const e = c && correctionMean ? g[j] - c[j] + correctionMean[j] - full[j] : g[j] - full[j];
      s += e * e;
    }
    total += s;
  }
  return total / n;
}
