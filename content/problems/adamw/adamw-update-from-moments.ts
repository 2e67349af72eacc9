import { adamw } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  g1: number;
  g2: number;
  theta1: number;
  lr: number;
  wd: number;
}

/** AdamW's second update from the package: the state after g₁ (it depends only on g₁), then g₂ at θ₁. */
function change(p: P): number {
  const tx = adamw({ lr: p.lr, weightDecay: p.wd });
  const start = Float64Array.from([0]);
  const after1 = tx.update(Float64Array.from([p.g1]), tx.init(start), start).state;
  return tx.update(Float64Array.from([p.g2]), after1, Float64Array.from([p.theta1])).updates[0];
}
const m2 = (p: P) => 0.9 * 0.1 * p.g1 + 0.1 * p.g2;
const v2 = (p: P) => 0.999 * 0.001 * p.g1 ** 2 + 0.001 * p.g2 ** 2;
const adamPart = (p: P) => (-p.lr * (m2(p) / (1 - 0.9 ** 2))) / (Math.sqrt(v2(p) / (1 - 0.999 ** 2)) + 1e-8);
const wrongs = (p: P) => [
  adamPart(p),
  -p.wd * p.theta1 + adamPart(p),
  -p.lr * p.wd * p.theta1 - (p.lr * m2(p)) / (Math.sqrt(v2(p)) + 1e-8),
];

export default defineProblem<P>({
  id: 'adamw-update-from-moments',
  lesson: 'adamw',
  title: 'AdamW’s second update',
  params: (rng) => {
    for (;;) {
      const p = {
        g1: rng.pick([0.5, 1, 2, -1, -4]),
        g2: rng.pick([-0.5, 1.5, 3, 0.2, -2]),
        theta1: rng.pick([2, -1.5, 3, 0.8, -4]),
        lr: rng.pick([0.01, 0.02]),
        wd: rng.pick([0.1, 0.5, 1]),
      };
      // Keep the key and every listed slip apart at 3 significant figures (and away from 0).
      const vals = [change(p), ...wrongs(p)];
      const apart = vals.every(
        (a, i) =>
          Math.abs(a) > 1e-4 &&
          vals.every((b, j) => i === j || Math.abs(a - b) > 0.01 * Math.max(Math.abs(a), Math.abs(b))),
      );
      if (apart) return p;
    }
  },
  prompt: ({ g1, g2, theta1, lr, wd }) =>
    md`\`torch.optim.AdamW(lr=${lr}, weight_decay=${wd})\` (so $\eta = ${lr}$, $\lambda = ${wd}$, $\beta_1 = 0.9$, $\beta_2 = 0.999$, $\varepsilon = 10^{-8}$) has taken one update with gradient $g_1 = ${g1}$, starting from $m_0 = v_0 = 0$. The weight is now $\theta_1 = ${theta1}$ and the next gradient is $g_2 = ${g2}$. **What is the change $\theta_2 - \theta_1$?**`,
  answer: { kind: 'number', value: change, sigFigs: 3, label: 'θ₂ − θ₁' },
  mistakes: [
    {
      value: (p) => wrongs(p)[0],
      feedback: 'That is Adam’s step alone: AdamW also shrinks the weight, $-\\eta\\lambda\\theta_1$.',
    },
    {
      value: (p) => wrongs(p)[1],
      feedback:
        'PyTorch’s AdamW multiplies the decay by the learning rate: the shrink is $\\eta\\lambda\\theta_1$, not $\\lambda\\theta_1$ (that is the paper’s per-update convention).',
    },
    {
      value: (p) => wrongs(p)[2],
      feedback:
        'Bias-correct the moments at $t = 2$: $\\hat m_2 = m_2/(1 - 0.9^2)$ and $\\hat v_2 = v_2/(1 - 0.999^2)$.',
    },
  ],
  hints: [
    md`
The moments use the gradients only: $m_2 = 0.9\,m_1 + 0.1\,g_2$ with $m_1 = 0.1\,g_1$; $v_2 = 0.999\,v_1 + 0.001\,g_2^2$ with $v_1 = 0.001\,g_1^2$.
    `,
    md`
$\theta_2 - \theta_1 = -\eta\lambda\theta_1 - \eta\,\hat m_2/(\sqrt{\hat v_2} + \varepsilon)$ with $\hat m_2 = m_2/0.19$ and $\hat v_2 = v_2/0.001999$.
    `,
  ],
  solution: (p) => {
    const m = m2(p);
    const v = v2(p);
    return md`The moments: $m_2 = 0.9 \cdot 0.1 \cdot ${p.g1} + 0.1 \cdot ${p.g2} = ${m}$ and $v_2 = 0.999 \cdot 0.001 \cdot ${p.g1 ** 2} + 0.001 \cdot ${p.g2 ** 2} = ${v}$. Bias correction at $t = 2$: $\hat m_2 = ${m}/0.19 = ${m / 0.19}$, $\hat v_2 = ${v}/0.001999 = ${v / 0.001999}$.

The Adam part is $-\eta\,\hat m_2/(\sqrt{\hat v_2}+\varepsilon) = ${adamPart(p)}$; the decay part is $-\eta\lambda\theta_1 = -${p.lr} \cdot ${p.wd} \cdot ${p.theta1} = ${-p.lr * p.wd * p.theta1}$. Together

$$\theta_2 - \theta_1 = ${change(p)}.$$

The decay never enters $m$ or $v$. (Computed with \`adamw\` from \`@descent/optim\`.)`;
  },
});
