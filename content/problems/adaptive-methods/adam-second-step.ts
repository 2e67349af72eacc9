import { adam } from '@descent/optim';
import { applySteps, defineProblem, formatNumber, md } from '../../../src/lib/problems/index.ts';

interface P {
  g1: number;
  g2: number;
  lr: number;
}
// θ₂ − θ₁ from the package's Adam (PyTorch's defaults apart from the lr).
const secondStep = ({ g1, g2, lr }: P) => {
  const path = applySteps(adam({ lr }), [0], (_x, t) => [t === 1 ? g1 : g2], 2);
  return path[2][0] - path[1][0];
};
/** A number as TeX, in parentheses when negative (for use after an operator). */
const par = (x: number) => (x < 0 ? `(${formatNumber(x)})` : formatNumber(x));

export default defineProblem<P>({
  id: 'adam-second-step',
  lesson: 'adaptive-methods',
  title: 'Adam’s second update',
  params: (rng) => {
    for (;;) {
      const g1 = rng.pick([2, -1, 4, 0.5, -3]);
      const g2 = rng.pick([-1, 1, 3, -2, 0.5]);
      if (g1 !== g2) return { g1, g2, lr: rng.pick([0.1, 0.01]) };
    }
  },
  prompt: ({ g1, g2, lr }) =>
    md`Adam with PyTorch's defaults ($\beta_1 = 0.9$, $\beta_2 = 0.999$, $\varepsilon = 10^{-8}$) and $\eta = ${lr}$ starts from $m_0 = v_0 = 0$. The first two gradients are $g_1 = ${g1}$ and $g_2 = ${g2}$. **What is the second update $\theta_2 - \theta_1$?**`,
  answer: { kind: 'number', value: secondStep, sigFigs: 3, label: 'θ₂ − θ₁' },
  mistakes: [
    {
      // No bias correction: η m₂/√v₂.
      value: ({ g1, g2, lr }) => {
        const m = 0.09 * g1 + 0.1 * g2;
        const v = 0.000999 * g1 * g1 + 0.001 * g2 * g2;
        return (-lr * m) / Math.sqrt(v);
      },
      feedback:
        'That is $-\\eta\\, m_2/\\sqrt{v_2}$ without the bias correction. Divide $m_2$ by $1-\\beta_1^2 = 0.19$ and $v_2$ by $1-\\beta_2^2 = 0.001999$ first.',
    },
    {
      value: ({ g2, lr }) => -lr * Math.sign(g2),
      feedback:
        'That would be a *first* step with gradient $g_2$. At $t = 2$ the averages still remember $g_1$: $\\hat m_2$ and $\\hat v_2$ mix both gradients.',
    },
    {
      // Correcting with t = 1 at the second step.
      value: ({ g1, g2, lr }) => {
        const m = (0.09 * g1 + 0.1 * g2) / 0.1;
        const v = (0.000999 * g1 * g1 + 0.001 * g2 * g2) / 0.001;
        return (-lr * m) / Math.sqrt(v);
      },
      feedback:
        'You corrected with $1-\\beta^1$. At the second update the exponent is 2: divide by $1-\\beta_1^2 = 0.19$ and $1-\\beta_2^2 = 0.001999$.',
    },
    {
      value: (p) => -secondStep(p),
      feedback: 'Right size, wrong sign: the update moves *against* $\\hat m_2$.',
    },
  ],
  hints: [
    md`
$m_2 = 0.9\,m_1 + 0.1\,g_2$ with $m_1 = 0.1\,g_1$, and $v_2 = 0.999\,v_1 + 0.001\,g_2^2$ with $v_1 = 0.001\,g_1^2$.
    `,
    md`
$\hat m_2 = m_2/(1 - 0.9^2)$, $\hat v_2 = v_2/(1 - 0.999^2)$, and the update is $-\eta\,\hat m_2/(\sqrt{\hat v_2} + \varepsilon)$.
    `,
  ],
  solution: ({ g1, g2, lr }) => {
    const m1 = 0.1 * g1;
    const v1 = 0.001 * g1 * g1;
    const m2 = 0.9 * m1 + 0.1 * g2;
    const v2 = 0.999 * v1 + 0.001 * g2 * g2;
    return md`$m_1 = ${m1}$, $v_1 = ${v1}$. Then

$$m_2 = 0.9 \cdot ${par(m1)} + 0.1 \cdot ${par(g2)} = ${m2}, \qquad v_2 = 0.999 \cdot ${v1} + 0.001 \cdot ${par(g2)}^2 = ${v2}.$$

The corrections divide by $1 - 0.9^2 = 0.19$ and $1 - 0.999^2 = 0.001999$: $\hat m_2 = ${m2 / 0.19}$, $\hat v_2 = ${v2 / 0.001999}$, so

$$\theta_2 - \theta_1 = -${lr} \cdot \frac{${m2 / 0.19}}{\sqrt{${v2 / 0.001999}} + 10^{-8}} \approx ${secondStep({ g1, g2, lr })}.$$

(Computed with \`adam({ lr: ${lr} })\` from \`@descent/optim\`.) Its size is not $\eta$ any more: it depends on how much $g_1$ and $g_2$ agree.`;
  },
});
