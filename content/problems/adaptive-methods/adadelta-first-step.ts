import { adadelta } from '@descent/optim';
import { applySteps, defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  g: number;
  rho: number;
}
const firstStep = ({ g, rho }: P) => applySteps(adadelta({ rho }), [0], () => [g], 1)[1][0];

export default defineProblem<P>({
  id: 'adadelta-first-step',
  lesson: 'adaptive-methods',
  title: 'AdaDelta’s first step',
  params: (rng) => ({ g: rng.pick([1, 2, 10, 0.5, 100]), rho: rng.pick([0.9, 0.95]) }),
  prompt: ({ g, rho }) =>
    md`\`torch.optim.Adadelta\` with $\eta = 1$ (\`lr=1.0\`), $\rho = ${rho}$ and $\varepsilon = 10^{-6}$ computes $v_t = \rho v_{t-1} + (1-\rho) g_t^2$, $\Delta x_t = g_t\sqrt{u_{t-1} + \varepsilon}/\sqrt{v_t + \varepsilon}$ and $\theta_t = \theta_{t-1} - \eta\,\Delta x_t$, from $u_0 = v_0 = 0$. The first gradient is $g_1 = ${g}$. **What is $\theta_1 - \theta_0$?**`,
  answer: { kind: 'number', value: firstStep, sigFigs: 3, label: 'θ₁ − θ₀' },
  mistakes: [
    {
      value: ({ g }) => -g,
      feedback:
        'That is a plain gradient step with $\\eta = 1$. AdaDelta rescales $g_1$ by $\\sqrt{u_0 + \\varepsilon}/\\sqrt{v_1 + \\varepsilon}$, and $u_0 = 0$.',
    },
    {
      value: ({ g }) => -1e-3 * Math.sign(g),
      feedback:
        'You divided by $|g_1|$, as if $v_1 = g_1^2$. The moving average gives $v_1 = (1-\\rho)\\,g_1^2$: there is no bias correction in AdaDelta.',
    },
    {
      value: ({ g, rho }) => (-g * 1e-3) / Math.sqrt(rho * g * g + 1e-6),
      feedback:
        'The new gradient gets weight $1-\\rho$, not $\\rho$: $v_1 = \\rho\\cdot 0 + (1-\\rho)\\,g_1^2$.',
    },
  ],
  hints: [
    ({ g, rho }) => md`$v_1 = (1-\rho)\,g_1^2 = ${(1 - rho) * g * g}$ and $u_0 = 0$.`,
    md`
$\Delta x_1 = g_1\,\sqrt{\varepsilon}/\sqrt{v_1 + \varepsilon}$; for $v_1 \gg \varepsilon$ this is about $\sqrt{\varepsilon/(1-\rho)}\;\mathrm{sign}(g_1)$.
    `,
  ],
  solution: ({ g, rho }) => {
    const v = (1 - rho) * g * g;
    return md`$v_1 = ${1 - rho} \cdot ${g * g} = ${v}$, so

$$\Delta x_1 = ${g} \cdot \frac{\sqrt{0 + 10^{-6}}}{\sqrt{${v} + 10^{-6}}} = ${-firstStep({ g, rho })}, \qquad \theta_1 - \theta_0 = -\Delta x_1 \approx ${firstStep({ g, rho })}.$$

Almost the same for every $g_1$: about $\sqrt{\varepsilon/(1-\rho)} = ${Math.sqrt(1e-6 / (1 - rho))}$ in the direction of $-g_1$. AdaDelta's first steps are set by $\varepsilon$, and they grow only as $u_t$ records the steps taken. (Computed with \`adadelta({ rho: ${rho} })\` from \`@descent/optim\`.)`;
  },
});
