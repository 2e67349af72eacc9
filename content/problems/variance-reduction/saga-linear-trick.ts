import { sagaMemoryFloats } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

// For linear models ∇fᵢ(θ) = ℓ'(xᵢᵀθ, yᵢ)·xᵢ + λθ: storing the scalar ℓ' per example rebuilds the row φᵢ.
export default defineProblem({
  id: 'saga-linear-trick',
  lesson: 'variance-reduction',
  title: 'SAGA’s memory for linear models',
  params: (rng) => ({ n: rng.pick([10_000, 50_000, 100_000]), d: rng.pick([100, 300, 1000]) }),
  prompt: ({ n, d }) =>
    md`For a linear model (logistic or least-squares regression) each component gradient is $\nabla f_i(\theta) = \ell'(x_i^\top \theta, y_i)\,x_i + \lambda \theta$: the data row $x_i$ times one scalar, plus a term every example shares. SAGA can therefore store one scalar per example instead of a whole stored gradient $\varphi_i$ (the data $x_i$ are kept anyway), handling the regulariser's gradient $\lambda\theta$ exactly, at the current $\theta$, instead of through the table. With $n = ${n}$ and $d = ${d}$, **how many floats does SAGA store**, counting the per-example scalars and the $d$-vector running average of the table?`,
  answer: { kind: 'number', value: ({ n, d }) => n + d, atol: 0.5, label: 'Floats stored' },
  mistakes: [
    {
      value: ({ n, d }) => sagaMemoryFloats(n, d),
      feedback:
        'That is the full $n \\times d$ table (plus the average). With the trick each row is one scalar.',
    },
    {
      value: ({ n }) => n,
      feedback: 'Almost: SAGA also keeps the running average of the stored gradients, a $d$-vector.',
    },
    {
      value: ({ n, d }) => n * d,
      feedback: 'That is the full table. With the linear-model trick a row is one scalar.',
    },
  ],
  hints: [
    md`
With the regulariser handled exactly (its gradient $\lambda\theta$ taken at the current $\theta$), the table's row is $\varphi_i = s_i x_i$, with the scalar $s_i = \ell'(x_i^\top \theta, y_i)$ taken when the row was stored; only $s_i$ needs to be kept.
    `,
    md`
Count $n$ scalars plus the average, which SAGA needs at every step.
    `,
  ],
  solution: ({
    n,
    d,
  }) => md`Store the scalar $s_i$ for each example ($n = ${n}$ floats) and the average $\bar\varphi$ of the table ($d = ${d}$ floats):

$$n + d = ${n + d}\ \text{floats}, \quad\text{instead of}\quad nd + d = ${sagaMemoryFloats(n, d)}.$$

That is ${sagaMemoryFloats(n, d) / (n + d)} times less, which is why SAGA is practical for generalised linear models.`,
});
