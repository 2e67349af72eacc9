import { matchedBatchSize, sgdNoiseScale, type Rng } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

export interface P {
  n: number;
  b0: number;
  factor: number;
  lr: number;
}
const at = (p: P) => matchedBatchSize({ lr0: p.lr, batchSize0: p.b0, lr: p.lr / p.factor, n: p.n });
/** How far the b ≪ n shortcut b₀·factor lands above the exact batch, in per cent (two significant figures). */
export const overshootPct = (p: P) => Number(((100 * (p.b0 * p.factor - at(p))) / at(p)).toPrecision(2));
/** b₀·factor as a percentage of n (two significant figures). */
export const sharePct = (p: P) => Number(((100 * p.b0 * p.factor) / p.n).toPrecision(2));

const draw = (rng: Rng): P => ({
  n: rng.pick([10_000, 20_000, 50_000]),
  b0: rng.pick([128, 256, 500]),
  factor: rng.pick([5, 10]),
  lr: rng.pick([0.1, 0.4]),
});

export default defineProblem<P>({
  id: 'batch-size-noise-scale',
  lesson: 'schedules',
  title: 'Grow the batch instead of decaying the rate',
  params: draw,
  prompt: (p) =>
    md`SGD with learning rate $\eta = ${p.lr}$ and batches of $b = ${p.b0}$ examples, drawn without replacement from $n = ${p.n}$, has noise scale $\zeta = \eta\,(n/b - 1)$ (Smith, Kindermans, Ying & Le, 2018). A schedule would now divide the learning rate by ${p.factor}. Instead, keep $\eta = ${p.lr}$ and grow the batch. **Which batch size $b$ gives exactly the noise scale the decayed rate would have had?**`,
  answer: { kind: 'number', value: at, sigFigs: 3, label: 'Batch size' },
  mistakes: [
    {
      value: (p) => p.b0 * p.factor,
      feedback: (p) =>
        md`That is the approximation $\zeta \approx \eta n/b$, exact only when $b \ll n$. Here $b_0 \cdot ${p.factor} = ${p.b0 * p.factor}$ is ${sharePct(p)} % of $n = ${p.n}$, and dropping the $-1$ overshoots the exact batch by about ${overshootPct(p)} %: solve $\eta\,(n/b - 1) = \tfrac{\eta}{${p.factor}}(n/b_0 - 1)$ instead.`,
    },
    {
      value: (p) => p.b0 / p.factor,
      feedback:
        'Wrong direction: a smaller rate means less noise, and the batch has to *grow* to remove noise.',
    },
    {
      value: (p) => p.b0 * Math.sqrt(p.factor),
      feedback:
        'The noise scale is linear in $1/b$ (it tracks the variance of the step), not in $1/\\sqrt b$.',
    },
  ],
  hints: [
    (p) =>
      md`The decayed schedule would have $\zeta = \tfrac{${p.lr}}{${p.factor}}\,(${p.n}/${p.b0} - 1) = ${sgdNoiseScale({ lr: p.lr / p.factor, n: p.n, batchSize: p.b0 })}$.`,
    (p) => md`Set $${p.lr}\,(${p.n}/b - 1)$ equal to that and solve for $b$.`,
  ],
  solution: (p) => {
    const g = sgdNoiseScale({ lr: p.lr / p.factor, n: p.n, batchSize: p.b0 });
    return md`The decayed rate would give $\zeta = \tfrac{${p.lr}}{${p.factor}}\,(${p.n}/${p.b0} - 1) = ${g}$. Keeping $\eta = ${p.lr}$, we need $n/b - 1 = ${g / p.lr}$, so

$$b = \frac{${p.n}}{1 + ${g / p.lr}} = ${at(p)}.$$

The approximation $b_0 \cdot ${p.factor} = ${p.b0 * p.factor}$ (${sharePct(p)} % of $n$) overshoots by about ${overshootPct(p)} %: the $-1$ in $n/b - 1$ matters as soon as $b$ is not negligible next to $n$. (Computed with \`matchedBatchSize\` and \`sgdNoiseScale\` from \`@descent/optim\`.)`;
  },
});
