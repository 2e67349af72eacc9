import { svrgPassesPerSnapshot } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

export default defineProblem({
  id: 'svrg-epoch-cost',
  lesson: 'variance-reduction',
  title: 'What one SVRG outer loop costs',
  params: (rng) => ({ n: rng.pick([1000, 5000, 10000, 50000, 60000]) }),
  prompt: ({ n }) =>
    md`SVRG on a finite sum of $n = ${n}$ terms takes a snapshot (the full gradient $\nabla f(\tilde\theta)$) and then $m = 2n$ inner steps, each using $v_t = \nabla f_{i_t}(\theta_{t-1}) - \nabla f_{i_t}(\tilde\theta) + \nabla f(\tilde\theta)$. **How many component gradients $\nabla f_i$ does one outer loop (snapshot plus inner steps) evaluate?** (Nothing is cached between steps.)`,
  answer: {
    kind: 'number',
    value: ({ n }) => svrgPassesPerSnapshot(n, 2 * n) * n,
    atol: 0.5,
    label: 'Gradient evaluations',
  },
  mistakes: [
    {
      value: ({ n }) => n + 2 * n,
      feedback:
        'Each inner step evaluates *two* component gradients: $\\nabla f_{i_t}(\\theta_{t-1})$ and $\\nabla f_{i_t}(\\tilde\\theta)$.',
    },
    {
      value: ({ n }) => 4 * n,
      feedback: "The inner steps cost $2 \\cdot 2n = 4n$; add the snapshot's full gradient, which costs $n$.",
    },
    {
      value: ({ n }) => 2 * n,
      feedback: 'That counts inner steps, not gradient evaluations; and the snapshot costs $n$ too.',
    },
  ],
  hints: [
    md`
The snapshot's full gradient $\nabla f(\tilde\theta) = \frac1n\sum_i \nabla f_i(\tilde\theta)$ costs $n$ evaluations.
    `,
    md`
Each inner step needs $\nabla f_i$ at two points.
    `,
  ],
  solution: ({
    n,
  }) => md`Snapshot: $n = ${n}$ evaluations. Inner loop: $m = 2n = ${2 * n}$ steps of 2 evaluations each, $${4 * n}$. Total

$$n + 2m = ${n} + ${4 * n} = ${svrgPassesPerSnapshot(n, 2 * n) * n},$$

i.e. ${svrgPassesPerSnapshot(n, 2 * n)} effective passes per outer loop.`,
});
