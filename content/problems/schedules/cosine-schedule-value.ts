import { cosineAnnealingLR, type Rng } from '@descent/optim';
import { defineProblem, distinctOrNaN, md } from '../../../src/lib/problems/index.ts';

const TOL = { sigFigs: 3 };
/** The slip's value, or NaN when it could not be told apart from the key or an earlier slip. */
export const apart = (v: number, ...others: number[]) => distinctOrNaN(v, TOL, ...others);

export interface P {
  lr: number;
  etaMin: number;
  tMax: number;
  epoch: number;
}
/** η(k) after k scheduler steps; epoch e (from 1) runs after e − 1 steps. */
const eta = ({ lr, etaMin, tMax }: P, k: number) => cosineAnnealingLR({ lr, tMax, etaMin })(k);
const at = (p: P) => eta(p, p.epoch - 1);
const half = (p: P) => 0.5 * (1 + Math.cos((Math.PI * (p.epoch - 1)) / p.tMax));
const dropHalf = (p: P) => p.etaMin + (p.lr - p.etaMin) * 2 * half(p);
/** The angle πk/T_max typed into a calculator set to degrees. */
const degrees = (p: P) =>
  p.etaMin + 0.5 * (p.lr - p.etaMin) * (1 + Math.cos(((Math.PI * (p.epoch - 1)) / p.tMax) * (Math.PI / 180)));

const draw = (rng: Rng): P => {
  const tMax = rng.pick([20, 40, 50, 80]);
  const epoch = Math.round(tMax * rng.pick([0.1, 0.25, 0.3, 0.6, 0.75, 0.9])) + 1;
  const lr = rng.pick([0.1, 0.05, 0.01]);
  // η_min 0, a tenth or a fifth of the base rate, so forgetting it changes the answer visibly.
  return { lr, etaMin: lr * rng.pick([0, 0.1, 0.2]), tMax, epoch };
};

export default defineProblem<P>({
  id: 'cosine-schedule-value',
  lesson: 'schedules',
  title: 'A value of the cosine schedule',
  params: draw,
  prompt: ({
    lr,
    etaMin,
    tMax,
    epoch,
  }) => md`An optimizer with \`lr\` $= ${lr}$ is wrapped in \`CosineAnnealingLR(optimizer, T_max=${tMax}, eta_min=${etaMin})\`, and \`scheduler.step()\` is called once at the end of every epoch. After $k$ calls the rate is
$$\eta(k) = \eta_{\min} + \tfrac12(\eta_{\text{base}} - \eta_{\min})\Big(1 + \cos\frac{\pi k}{T_{\max}}\Big).$$
Epochs are numbered from 1. **What learning rate is used during epoch $${epoch}$?**`,
  answer: { kind: 'number', value: at, ...TOL, label: 'Learning rate' },
  mistakes: [
    {
      value: (p) => apart(eta(p, p.epoch), at(p)),
      feedback: (p) =>
        md`Off by one: that is $\eta(${p.epoch})$. During epoch ${p.epoch} the scheduler has been stepped only ${p.epoch - 1} times (once after each earlier epoch), so use $k = ${p.epoch - 1}$.`,
    },
    {
      value: (p) => apart(dropHalf(p), at(p), eta(p, p.epoch)),
      feedback: 'You dropped the factor $\\tfrac12$ in front of $(\\eta_{\\text{base}} - \\eta_{\\min})$.',
    },
    {
      value: (p) => apart(degrees(p), at(p), eta(p, p.epoch), dropHalf(p)),
      feedback:
        'Your calculator is in degrees: the angle $\\pi k/T_{\\max}$ is in radians, so the cosine came out almost 1.',
    },
    {
      value: (p) =>
        p.etaMin === 0 ? NaN : apart(p.lr * half(p), at(p), eta(p, p.epoch), dropHalf(p), degrees(p)),
      feedback: 'You left out $\\eta_{\\min}$: the schedule decays to $\\eta_{\\min}$, not to 0.',
    },
  ],
  hints: [
    ({ epoch }) => md`During epoch ${epoch}, \`scheduler.step()\` has run $k = ${epoch - 1}$ times.`,
    ({ epoch, tMax }) => md`The angle is $\pi k/T_{\max} = \pi \cdot ${(epoch - 1) / tMax}$, in radians.`,
  ],
  solution: (p) => {
    const k = p.epoch - 1;
    const c = Math.cos((Math.PI * k) / p.tMax);
    return md`Epoch ${p.epoch} runs after $k = ${k}$ scheduler steps. $\cos(\pi \cdot ${k}/${p.tMax}) = ${c}$, so

$$\eta(${k}) = ${p.etaMin} + \tfrac12(${p.lr} - ${p.etaMin})(1 + ${c}) = ${at(p)}.$$

(Computed with \`cosineAnnealingLR({ lr: ${p.lr}, tMax: ${p.tMax}, etaMin: ${p.etaMin} })(${k})\` from \`@descent/optim\`.)`;
  },
});
