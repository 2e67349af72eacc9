import { cosineAnnealingLR } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P { lr: number; etaMin: number; tMax: number; t: number }
const at = ({ lr, etaMin, tMax, t }: P) => cosineAnnealingLR({ lr, tMax, etaMin })(t);

export default defineProblem<P>({
  id: 'cosine-schedule-value',
  lesson: 'schedules',
  title: 'A value of the cosine schedule',
  params: (rng) => {
    const tMax = rng.pick([100, 200, 1000]);
    const t = Math.round(tMax * rng.pick([0.1, 0.25, 0.3, 0.6, 0.75, 0.9]));
    const lr = rng.pick([0.1, 0.01, 0.003]);
    // η_min a tenth or a fifth of η₀ (or 0), so forgetting it changes the answer visibly.
    return { lr, etaMin: lr * rng.pick([0, 0.1, 0.2]), tMax, t };
  },
  prompt: ({ lr, etaMin, tMax, t }) => md`Cosine annealing (PyTorch's \`CosineAnnealingLR\`) sets
$$\eta_t = \eta_{\min} + \tfrac12(\eta_0 - \eta_{\min})\Big(1 + \cos\frac{\pi t}{T_{\max}}\Big),$$
where $t$ counts the updates already applied. With $\eta_0 = ${lr}$, $\eta_{\min} = ${etaMin}$ and $T_{\max} = ${tMax}$, **what is $\eta_t$ at $t = ${t}$?**`,
  answer: { kind: 'number', value: at, rtol: 1e-3, label: 'Learning rate' },
  mistakes: [
    { value: ({ lr, etaMin, tMax, t }) => etaMin + (lr - etaMin) * (1 + Math.cos((Math.PI * t) / tMax)), feedback: 'You dropped the factor $\\tfrac12$ in front of $(\\eta_0 - \\eta_{\\min})$.' },
    { value: ({ lr, etaMin, tMax, t }) => etaMin + 0.5 * (lr - etaMin) * (1 + Math.cos((180 * t) / tMax)), feedback: 'Your calculator is in degrees: the cosine’s argument $\\pi t/T_{\\max}$ is in radians.' },
    { value: ({ lr, etaMin, tMax, t }) => (etaMin === 0 ? NaN : 0.5 * lr * (1 + Math.cos((Math.PI * t) / tMax))), feedback: 'You left out $\\eta_{\\min}$: the schedule decays to $\\eta_{\\min}$, not to 0.' },
  ],
  hints: [({ tMax, t }) => md`First compute the angle $\pi t/T_{\max} = \pi \cdot ${t / tMax}$ (radians).`, md`Then $\eta_t = \eta_{\min} + \tfrac12(\eta_0 - \eta_{\min})(1 + \cos(\cdot))$.`],
  solution: (p) => md`$\cos(\pi \cdot ${p.t}/${p.tMax}) = ${Math.cos((Math.PI * p.t) / p.tMax)}$, so

$$\eta_{${p.t}} = ${p.etaMin} + \tfrac12(${p.lr} - ${p.etaMin})(1 + ${Math.cos((Math.PI * p.t) / p.tMax)}) = ${at(p)}.$$

(Computed with \`cosineAnnealingLR({ lr: ${p.lr}, tMax: ${p.tMax}, etaMin: ${p.etaMin} })(${p.t})\`.)`,
});
