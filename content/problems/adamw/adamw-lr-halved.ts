import { cumulativeDecay } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  lr: number;
  wd: number;
  steps: number;
}
const factor = (lr: number, wd: number, steps: number) => cumulativeDecay({ lr, weightDecay: wd, steps });

export default defineProblem<P>({
  id: 'adamw-lr-halved',
  lesson: 'adamw',
  title: 'Halving AdamW’s learning rate halves its decay',
  params: (rng) => ({
    lr: rng.pick([1e-3, 2e-3, 5e-4]),
    wd: rng.pick([0.01, 0.05, 0.1]),
    steps: rng.pick([5000, 10_000, 20_000]),
  }),
  prompt: ({
    lr,
    wd,
    steps,
  }) => md`A run uses \`torch.optim.AdamW(lr=${lr}, weight_decay=${wd})\` with a constant learning rate for $T = ${steps}$ updates. Ignoring the gradient steps, the decay alone multiplies every weight by $\prod_{t=1}^{T}(1 - \eta_t\lambda)$ over the run.

You **halve the learning rate** to $\eta = ${lr / 2}$ and keep \`weight_decay=${wd}\`. **What is that factor now?**`,
  answer: {
    kind: 'number',
    value: ({ lr, wd, steps }) => factor(lr / 2, wd, steps),
    sigFigs: 4,
    label: 'Total decay factor',
  },
  mistakes: [
    {
      value: ({ lr, wd, steps }) => factor(lr, wd, steps),
      feedback:
        'That is the factor before the change. In PyTorch the decay per update is $\\eta\\lambda$, so halving the lr halves it (the paper’s convention would leave it unchanged).',
    },
    {
      value: ({ lr, wd, steps }) => factor(2 * lr, wd, steps),
      feedback:
        'The decay per update $\\eta\\lambda$ gets *smaller* with $\\eta$: the weights shrink less, not more.',
    },
    {
      value: ({ lr, wd, steps }) => 1 - (steps * lr * wd) / 2,
      feedback:
        '$1 - T\\eta\\lambda$ is only the first-order approximation; compute $(1 - \\eta\\lambda)^T$, or $\\approx e^{-T\\eta\\lambda}$.',
    },
  ],
  hints: [
    md`
With a constant learning rate the product is $(1 - \eta\lambda)^T$.
    `,
    ({ lr, wd }) => md`The new decay per update is $\eta\lambda = ${(lr / 2) * wd}$.`,
  ],
  solution: ({
    lr,
    wd,
    steps,
  }) => md`The decay per update is now $\eta\lambda = ${lr / 2} \cdot ${wd} = ${(lr / 2) * wd}$, so over the run

$$\big(1 - ${(lr / 2) * wd}\big)^{${steps}} = ${factor(lr / 2, wd, steps)} \approx e^{-${(steps * lr * wd) / 2}},$$

against $${factor(lr, wd, steps)}$ before: half the decay in the exponent. To keep the old regularisation, double \`weight_decay\` to ${2 * wd}. (Computed with \`cumulativeDecay\` from \`@descent/optim\`.)`,
});
