import { linearLR, type Rng } from '@descent/optim';
import { defineProblem, distinctOrNaN, md } from '../../../src/lib/problems/index.ts';

const TOL = { sigFigs: 3 };
/** The slip's value, or NaN when it could not be told apart from the key or an earlier slip. */
export const apart = (v: number, ...others: number[]) => distinctOrNaN(v, TOL, ...others);

export interface P {
  lr: number;
  start: number;
  warm: number;
  update: number;
}
/** η(k) after k scheduler steps; update t (from 1) runs after t − 1 steps. */
const eta = ({ lr, start, warm }: P, k: number) =>
  linearLR({ lr, startFactor: start, endFactor: 1, totalIters: warm })(k);
const at = (p: P) => eta(p, p.update - 1);
const fromZero = (p: P) => (p.lr * (p.update - 1)) / p.warm;

const draw = (rng: Rng): P => {
  const warm = rng.pick([20, 50, 100]);
  return {
    lr: rng.pick([0.1, 0.001, 0.0003]),
    start: rng.pick([0.01, 0.1, 0.25]),
    warm,
    update: Math.round(warm * rng.pick([0.2, 0.3, 0.5, 0.7])),
  };
};

export default defineProblem<P>({
  id: 'warmup-lr',
  lesson: 'schedules',
  title: 'The learning rate during linear warmup',
  params: draw,
  prompt: ({
    lr,
    start,
    warm,
    update,
  }) => md`An optimizer with \`lr\` $= ${lr}$ is wrapped in \`LinearLR(optimizer, start_factor=${start}, end_factor=1.0, total_iters=${warm})\`, and \`scheduler.step()\` is called right after every \`optimizer.step()\`. After $k$ calls of \`scheduler.step()\` the rate is
$$\eta(k) = \eta_{\text{base}}\Big(s + (1 - s)\frac{\min(k, W)}{W}\Big),$$
with $s$ = \`start_factor\` and $W$ = \`total_iters\`.
Updates are numbered from 1. **What learning rate does update number $${update}$ use?**`,
  answer: { kind: 'number', value: at, ...TOL, label: 'Learning rate' },
  mistakes: [
    {
      value: (p) => apart(eta(p, p.update), at(p)),
      feedback: (p) =>
        md`Off by one: that is $\eta(${p.update})$. When update ${p.update} runs, \`scheduler.step()\` has been called only ${p.update - 1} times — once after each of the ${p.update - 1} earlier updates (the constructor set the rate for update 1) — so use $k = ${p.update - 1}$.`,
    },
    {
      value: (p) => apart(fromZero(p), at(p), eta(p, p.update)),
      feedback:
        'That ramps from 0. This warmup starts at $s\\,\\eta_{\\text{base}}$, so keep the $s$ term: $\\eta_{\\text{base}}(s + (1-s)k/W)$.',
    },
    {
      value: (p) => apart(p.lr * p.start, at(p), eta(p, p.update), fromZero(p)),
      feedback: 'That is the rate of the very first update ($k = 0$); by now the ramp has moved on.',
    },
  ],
  hints: [
    ({ update }) => md`Before update ${update}, the scheduler has been stepped $k = ${update - 1}$ times.`,
    ({ update, warm }) =>
      md`$k/W = ${update - 1}/${warm} = ${(update - 1) / warm}$. Interpolate the factor linearly between $s$ and 1, then multiply by $\eta_{\text{base}}$.`,
  ],
  solution: (p) => {
    const k = p.update - 1;
    const factor = p.start + ((1 - p.start) * k) / p.warm;
    return md`Update ${p.update} runs after $k = ${k}$ scheduler steps. The factor is $s + (1-s)\,k/W = ${p.start} + ${1 - p.start} \cdot ${k / p.warm} = ${factor}$, so

$$\eta(${k}) = ${p.lr} \cdot ${factor} = ${at(p)}.$$

The ramp *is* the warmup: there is no separate low-rate phase before it. (Computed with \`linearLR\` from \`@descent/optim\`.)`;
  },
});
