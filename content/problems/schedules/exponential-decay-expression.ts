import { exponentialLR } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

export interface P {
  lr: number;
  gamma: number;
}
/** The rate of update t, η_t = schedule(t − 1), from the package's ExponentialLR. */
const rateOfUpdate =
  ({ lr, gamma }: P) =>
  (v: Readonly<Record<string, number>>) =>
    exponentialLR({ lr, gamma })(Math.round(v.t) - 1);
const variables = [{ name: 't', tex: 't', min: 1, max: 200, integer: true }] as const;

export default defineProblem<P>({
  id: 'exponential-decay-expression',
  lesson: 'schedules',
  title: 'Exponential decay, update by update',
  params: (rng) => ({ lr: rng.pick([0.1, 0.05, 0.01]), gamma: rng.pick([0.95, 0.98, 0.99]) }),
  prompt: ({ lr, gamma }) =>
    md`An optimizer with \`lr\` $= ${lr}$ is wrapped in \`ExponentialLR(optimizer, gamma=${gamma})\`, and \`scheduler.step()\` is called right after every \`optimizer.step()\`. Updates are numbered $t = 1, 2, \dots$ **Write the learning rate $\eta_t$ that update $t$ uses, as an expression in \`t\`.**`,
  answer: {
    kind: 'expression',
    variables,
    value: rateOfUpdate,
    tex: ({ lr, gamma }) => `${lr}\\cdot ${gamma}^{t-1}`,
    typed: ({ lr, gamma }) => `${lr}*${gamma}^(t-1)`,
    label: 'Learning rate of update t',
  },
  mistakes: [
    {
      value:
        ({ lr, gamma }) =>
        (v) =>
          lr * gamma ** v.t,
      feedback:
        'Off by one: update $t$ runs after only $t - 1$ calls of `scheduler.step()` (the constructor set the rate of update 1), so the exponent is $t - 1$.',
    },
    {
      value:
        ({ lr, gamma }) =>
        (v) =>
          lr * (1 - gamma) ** (v.t - 1),
      feedback:
        '`gamma` is the factor the rate is *multiplied* by at each step, not the fraction taken off: $\\gamma = 0.99$ keeps 99 %.',
    },
    {
      value:
        ({ lr, gamma }) =>
        (v) =>
          lr * (1 - (1 - gamma) * (v.t - 1)),
      feedback:
        'That takes off the same amount at every step (a linear decay, which even turns negative). Exponential decay multiplies by $\\gamma$ each time, so the factors compound: $\\gamma^{t-1}$.',
    },
  ],
  hints: [
    md`
Before update $t$, \`scheduler.step()\` has been called $k = t - 1$ times.
    `,
    md`
Each call multiplies the rate by $\gamma$: after $k$ calls it is $\eta_{\text{base}}\gamma^{k}$.
    `,
  ],
  solution: ({ lr, gamma }) => md`
After $k$ calls of \`scheduler.step()\` the rate is $\eta(k) = ${lr}\cdot ${gamma}^{k}$, and update $t$ runs after $k = t - 1$ calls, so

$$\eta_t = \eta(t - 1) = ${lr}\cdot ${gamma}^{\,t-1}.$$

Type it as \`${lr}*${gamma}^(t-1)\`. Update 1 uses the full ${lr}; update 101 uses $${lr}\cdot ${gamma}^{100} = ${exponentialLR({ lr, gamma })(100)}$. (Computed with \`exponentialLR\` from \`@descent/optim\`.)`,
});
