import { warmupCosine } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  lr: number;
  warm: number;
  total: number;
  t: number;
}
/** The rate update t uses: η_t = schedule(t − 1), the schedule after t − 1 updates. */
const at = ({ lr, warm, total, t }: P) => warmupCosine({ lr, warmupSteps: warm, totalSteps: total })(t - 1);

export default defineProblem<P>({
  id: 'capstone-recipe-lr',
  lesson: 'capstone',
  title: 'The learning rate of a warmup + cosine recipe',
  params: (rng) => {
    const warm = rng.pick([500, 1000, 2000]);
    const total = rng.pick([10000, 20000, 50000]);
    const frac = rng.pick([0.25, 0.4, 0.6, 0.75]);
    return { lr: rng.pick([3e-4, 6e-4, 1e-3]), warm, total, t: Math.round(warm + frac * (total - warm)) + 1 };
  },
  prompt: (
    p,
  ) => md`A transformer recipe uses AdamW with a peak rate $\eta = ${p.lr}$, a linear warmup from 0 over the first $W = ${p.warm}$ updates and then cosine decay to 0 at $T = ${p.total}$. After $k$ updates have been applied the schedule gives
$$\texttt{schedule}(k) = \tfrac12\,\eta\,\Big(1 + \cos\frac{\pi (k - W)}{T - W}\Big) \quad (W \le k \le T),$$
and update $t$ (counted from 1) uses $\eta_t = \texttt{schedule}(t - 1)$. **What learning rate does update $t = ${p.t}$ use?**`,
  answer: { kind: 'number', value: at, sigFigs: 3, label: 'Learning rate' },
  mistakes: [
    {
      value: (p) => 0.5 * p.lr * (1 + Math.cos((Math.PI * (p.t - 1)) / p.total)),
      feedback:
        'That runs the cosine from $k = 0$. The decay starts after the warmup: use $(k - W)/(T - W)$ with $k = t - 1$.',
    },
    {
      value: (p) => p.lr * (1 - (p.t - 1 - p.warm) / (p.total - p.warm)),
      feedback:
        'That is a linear decay. This recipe decays along a cosine: $\\tfrac12\\eta(1 + \\cos(\\pi\\,\\cdot))$.',
    },
    {
      value: (p) => p.lr,
      feedback: 'The warmup ended after $W$ updates; since then the rate has been decaying.',
    },
  ],
  hints: [
    (p) =>
      md`Update $t = ${p.t}$ runs after $k = ${p.t - 1}$ updates. The fraction of the decay done: $(k - W)/(T - W) = ${p.t - 1 - p.warm}/${p.total - p.warm}$.`,
    md`
Then $\eta_t = \tfrac12\eta(1 + \cos(\pi \cdot \text{fraction}))$.
    `,
  ],
  solution: (p) => {
    const k = p.t - 1;
    const f = (k - p.warm) / (p.total - p.warm);
    return md`Update ${p.t} runs after $k = ${k}$ updates. The warmup is over ($k \ge W$), and the decay is a fraction $(${k} - ${p.warm})/(${p.total} - ${p.warm}) = ${f}$ done, so

$$\eta_{${p.t}} = \texttt{schedule}(${k}) = \tfrac12 \cdot ${p.lr}\,\big(1 + \cos(${f}\pi)\big) = ${at(p)}.$$

(Computed with \`warmupCosine\` from \`@descent/optim\`; optax's \`warmup_cosine_decay_schedule\` gives the same.)`;
  },
});
