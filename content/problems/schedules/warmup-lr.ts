import { linearLR } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P { lr: number; start: number; warm: number; k: number }
const at = ({ lr, start, warm, k }: P) => linearLR({ lr, startFactor: start, endFactor: 1, totalIters: warm })(k);

export default defineProblem<P>({
  id: 'warmup-lr',
  lesson: 'schedules',
  title: 'The learning rate during linear warmup',
  params: (rng) => {
    const warm = rng.pick([20, 50, 100]);
    return { lr: rng.pick([0.1, 0.001, 0.0003]), start: rng.pick([0.01, 0.1, 0.25]), warm, k: Math.round(warm * rng.pick([0.2, 0.3, 0.5, 0.7])) };
  },
  prompt: ({ lr, start, warm, k }) => md`A linear warmup (PyTorch's \`LinearLR\` with \`start_factor\` $= ${start}$, \`end_factor\` $= 1$, \`total_iters\` $= ${warm}$) ramps the learning rate from $${start} \cdot ${lr}$ to the base rate $\eta = ${lr}$:
$$\eta_t = \eta\Big(s + (1 - s)\frac{\min(t, T)}{T}\Big),$$
where $t$ is the number of updates already applied. **What learning rate does update number $${k + 1}$ use** (so $t = ${k}$)?`,
  answer: { kind: 'number', value: at, rtol: 1e-4, label: 'Learning rate' },
  mistakes: [
    { value: ({ lr, warm, k }) => (lr * k) / warm, feedback: 'That ramps from 0. This warmup starts at $s\\,\\eta$, so add the $s$ term: $\\eta(s + (1-s)t/T)$.' },
    { value: (p) => at({ ...p, k: p.k + 1 }), feedback: 'Off by one: $t$ counts the updates already applied, so update $k+1$ uses $t = k$.' },
    { value: ({ lr, start }) => lr * start, feedback: 'That is the starting rate at $t = 0$; by now the ramp has moved on.' },
  ],
  hints: [({ k, warm }) => md`$t/T = ${k}/${warm} = ${k / warm}$.`, md`Interpolate the factor linearly between $s$ and 1, then multiply by $\eta$.`],
  solution: (p) => md`The factor is $s + (1-s)\,t/T = ${p.start} + ${1 - p.start} \cdot ${p.k / p.warm} = ${p.start + ((1 - p.start) * p.k) / p.warm}$, so

$$\eta_{${p.k}} = ${p.lr} \cdot ${p.start + ((1 - p.start) * p.k) / p.warm} = ${at(p)}.$$

The ramp *is* the warmup: there is no separate low-rate phase before it. (Computed with \`linearLR\` from \`@descent/optim\`.)`,
});
