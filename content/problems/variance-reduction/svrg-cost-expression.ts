import { svrgPassesPerSnapshot } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

export interface P {
  n: number;
}
/** Component gradients of K outer loops: K snapshots of n, plus m inner steps of two each. */
const evaluations =
  ({ n }: P) =>
  (v: Readonly<Record<string, number>>) =>
    Math.round(v.K) * svrgPassesPerSnapshot(n, Math.round(v.m)) * n;
const variables = [
  { name: 'K', tex: 'K', min: 1, max: 50, integer: true },
  { name: 'm', tex: 'm', min: 1, max: 20000, integer: true },
] as const;

export default defineProblem<P>({
  id: 'svrg-cost-expression',
  lesson: 'variance-reduction',
  title: 'The cost of an SVRG run, in K and m',
  params: (rng) => ({ n: rng.pick([500, 1000, 2000, 5000]) }),
  prompt: ({ n }) =>
    md`SVRG runs on a finite sum of $n = ${n}$ terms for $K$ outer loops. Each outer loop takes a snapshot (the full gradient $\tilde g = \nabla f(\tilde\theta)$) and then $m$ inner steps with $v_t = \nabla f_{i_t}(\theta_{t-1}) - \nabla f_{i_t}(\tilde\theta) + \tilde g$; nothing is cached between steps. **Write the total number of component gradients $\nabla f_i$ the run evaluates, as an expression in \`K\` and \`m\`.**`,
  answer: {
    kind: 'expression',
    variables,
    value: evaluations,
    tex: ({ n }) => `K\\,(${n} + 2m)`,
    typed: ({ n }) => `K*(${n}+2*m)`,
    label: 'Gradient evaluations of the run',
  },
  mistakes: [
    {
      value:
        ({ n }) =>
        (v) =>
          v.K * (n + v.m),
      feedback:
        'Each inner step evaluates *two* component gradients, $\\nabla f_{i_t}(\\theta_{t-1})$ and $\\nabla f_{i_t}(\\tilde\\theta)$, so the inner loop costs $2m$.',
    },
    {
      value: () => (v) => 2 * v.K * v.m,
      feedback:
        'That counts the inner steps only. Every outer loop also starts with a snapshot, whose full gradient costs $n$ evaluations.',
    },
    {
      value:
        ({ n }) =>
        (v) =>
          n + 2 * v.K * v.m,
      feedback:
        'The snapshot is taken again at the start of *every* outer loop (that is what keeps the correction small), so $n$ is paid $K$ times.',
    },
    {
      value:
        ({ n }) =>
        (v) =>
          (v.K * (n + 2 * v.m)) / n,
      feedback: 'That is the number of passes over the data; the question asks for gradient evaluations.',
    },
  ],
  hints: [
    md`
One outer loop: the snapshot's full gradient costs $n$ evaluations, and each of the $m$ inner steps needs $\nabla f_{i_t}$ at two points.
    `,
    md`
One outer loop costs $n + 2m$; the run repeats it $K$ times.
    `,
  ],
  solution: ({ n }) => md`
One outer loop evaluates $n = ${n}$ component gradients for the snapshot and $2$ per inner step, $n + 2m$ in all; $K$ outer loops cost

$$K\,(${n} + 2m).$$

Type it as \`K*(${n}+2*m)\`. With Johnson and Zhang's $m = 2n$ that is $${svrgPassesPerSnapshot(n, 2 * n)}$ passes over the data per outer loop, $${svrgPassesPerSnapshot(n, 2 * n) * n}$ evaluations. (Computed with \`svrgPassesPerSnapshot\` from \`@descent/optim\`.)`,
});
