import { multiStepLR, type Rng } from '@descent/optim';
import { defineProblem, distinctOrNaN, md } from '../../../src/lib/problems/index.ts';

const TOL = { sigFigs: 3 };
/** The slip's value, or NaN when it could not be told apart from the key or an earlier slip. */
export const apart = (v: number, ...others: number[]) => distinctOrNaN(v, TOL, ...others);

export interface P {
  lr: number;
  gamma: number;
  m1: number;
  m2: number;
  epoch: number;
}
const eta = ({ lr, gamma, m1, m2 }: P, k: number) => multiStepLR({ lr, milestones: [m1, m2], gamma })(k);
const at = (p: P) => eta(p, p.epoch - 1);

// Milestones that are not multiples of each other, and epochs on both sides of 2·m₁, so that reading
// m₁ as a StepLR period gives a different rate in many variants (with m₂ = 2m₁ it never would).
const draw = (rng: Rng): P => {
  const m1 = rng.pick([10, 20, 30]);
  const m2 = m1 + rng.pick([15, 25, 45]);
  const epoch = rng.pick([m1, m1 + 1, m1 + 5, 2 * m1 + 2, m2, m2 + 1, m2 + 10]);
  return { lr: rng.pick([0.1, 0.05, 0.4]), gamma: rng.pick([0.1, 0.2, 0.5]), m1, m2, epoch };
};

export default defineProblem<P>({
  id: 'step-decay-lr',
  lesson: 'schedules',
  title: 'Multi-step decay, epoch by epoch',
  params: draw,
  prompt: ({ lr, gamma, m1, m2, epoch }) =>
    md`A ResNet-style recipe uses SGD with \`lr\` $= ${lr}$ and \`MultiStepLR(optimizer, milestones=[${m1}, ${m2}], gamma=${gamma})\`, with \`scheduler.step()\` called once at the end of every epoch. After $k$ calls the rate is $\eta(k) = \eta_{\text{base}}\,\gamma^{m(k)}$, where $m(k)$ is the number of milestones $\le k$. Epochs are numbered from 1. **What learning rate is used during epoch $${epoch}$?**`,
  answer: { kind: 'number', value: at, ...TOL, label: 'Learning rate' },
  mistakes: [
    {
      value: (p) => apart(eta(p, p.epoch), at(p)),
      feedback: (p) =>
        md`Off by one: during epoch ${p.epoch} the scheduler has been stepped ${p.epoch - 1} times, not ${p.epoch}. A milestone $m$ takes effect from epoch $m + 1$ on.`,
    },
    {
      value: (p) => (p.epoch - 1 >= p.m2 ? apart(p.lr * p.gamma, at(p), eta(p, p.epoch)) : NaN),
      feedback:
        'The decays compound: after two milestones the rate is $\\eta_{\\text{base}}\\gamma^2$, not $\\eta_{\\text{base}}\\gamma$.',
    },
    {
      value: (p) =>
        apart(
          p.lr * p.gamma ** Math.floor((p.epoch - 1) / p.m1),
          at(p),
          eta(p, p.epoch),
          p.epoch - 1 >= p.m2 ? p.lr * p.gamma : NaN,
        ),
      feedback: (p) =>
        md`That treats ${p.m1} as a period, as \`StepLR(step_size=${p.m1})\` would. \`MultiStepLR\` decays only at the listed milestones.`,
    },
  ],
  hints: [
    ({ epoch }) => md`During epoch ${epoch}, \`scheduler.step()\` has run $k = ${epoch - 1}$ times.`,
    ({ m1, m2 }) =>
      md`Count the milestones among ${m1} and ${m2} that are $\le k$; each multiplies the rate by $\gamma$.`,
  ],
  solution: (p) => {
    const k = p.epoch - 1;
    const count = [p.m1, p.m2].filter((m) => m <= k).length;
    return md`Epoch ${p.epoch} runs after $k = ${k}$ steps; ${count} of the milestones ${p.m1}, ${p.m2} are $\le ${k}$, so

$$\eta(${k}) = ${p.lr} \cdot ${p.gamma}^{${count}} = ${at(p)}.$$

(Computed with \`multiStepLR\` from \`@descent/optim\`.)`;
  },
});
