import { sgd } from '@descent/optim';
import { applySteps, defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  lr: number;
  beta: number;
  g: number;
  x0: number;
}
const after2 = ({ lr, beta, g, x0 }: P) => applySteps(sgd({ lr, momentum: beta }), [x0], () => [g], 2)[2][0];

export default defineProblem<P>({
  id: 'momentum-two-steps',
  lesson: 'momentum',
  title: 'Two steps of PyTorch’s momentum SGD',
  params: (rng) => ({
    lr: rng.pick([0.1, 0.2, 0.5]),
    beta: rng.pick([0.5, 0.8, 0.9]),
    g: rng.pick([-2, -1, 0.5, 2, 4]),
    x0: rng.pick([0, 1, 3]),
  }),
  prompt: ({ lr, beta, g, x0 }) =>
    md`PyTorch's SGD with momentum keeps a buffer $b_1 = g_1$, $b_t = \beta b_{t-1} + g_t$, and updates $\theta_t = \theta_{t-1} - \eta b_t$. Starting from $\theta_0 = ${x0}$ with $\eta = ${lr}$, $\beta = ${beta}$ and the gradient $g_t = ${g}$ at both steps, **what is $\theta_2$?**`,
  answer: { kind: 'number', value: after2, sigFigs: 4, label: 'θ₂' },
  mistakes: [
    {
      value: ({ lr, g, x0 }) => x0 - 2 * lr * g,
      feedback: 'That ignores momentum: the second step uses $b_2 = \\beta b_1 + g_2$, not just $g_2$.',
    },
    {
      value: ({ lr, beta, g, x0 }) => x0 - lr * g * (1 + beta),
      feedback: 'That is only the second step. Add the first one, $-\\eta b_1 = -\\eta g_1$.',
    },
    {
      value: ({ lr, beta, g, x0 }) => x0 + lr * g * (2 + beta),
      feedback: 'Check the sign: the parameter moves *against* the gradient.',
    },
    {
      value: ({ lr, beta, g, x0 }) => x0 - lr * g * (1 - beta) * (2 + beta),
      feedback:
        'That is the EMA form $b_t = \\beta b_{t-1} + (1-\\beta) g_t$ started from zero. PyTorch adds the full gradient (dampening 0) and starts the buffer at $g_1$.',
    },
  ],
  hints: [
    md`
Step 1: $b_1 = g_1$, so $\theta_1 = \theta_0 - \eta g$.
    `,
    md`
Step 2: $b_2 = \beta g + g$.
    `,
  ],
  solution: (
    p,
  ) => md`Step 1: $b_1 = ${p.g}$, $\theta_1 = ${p.x0} - ${p.lr} \cdot ${p.g} = ${p.x0 - p.lr * p.g}$.
Step 2: $b_2 = ${p.beta} \cdot ${p.g} + ${p.g} = ${p.g * (1 + p.beta)}$, so

$$\theta_2 = \theta_1 - \eta b_2 = ${p.x0 - p.lr * p.g} - ${p.lr} \cdot ${p.g * (1 + p.beta)} = ${after2(p)}.$$

(Computed with \`sgd({ lr: ${p.lr}, momentum: ${p.beta} })\` from \`@descent/optim\`.)`,
});
