import { adam } from '@descent/optim';
import { applySteps, defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  g: number;
  lr: number;
}
const firstStep = ({ g, lr }: P) => applySteps(adam({ lr }), [0], () => [g], 1)[1][0];

export default defineProblem<P>({
  id: 'adam-first-step',
  lesson: 'adaptive-methods',
  title: 'Adam’s first update',
  params: (rng) => ({ g: rng.pick([0.5, 2, -3, 4, -0.2, 5]), lr: rng.pick([0.1, 0.01, 0.001]) }),
  prompt: ({ g, lr }) =>
    md`Adam with PyTorch's defaults ($\beta_1 = 0.9$, $\beta_2 = 0.999$, $\varepsilon = 10^{-8}$) and learning rate $\eta = ${lr}$ starts from $m_0 = v_0 = 0$. The first gradient is $g_1 = ${g}$. **What is the first update $\theta_1 - \theta_0$?**`,
  answer: { kind: 'number', value: firstStep, sigFigs: 3, label: 'θ₁ − θ₀' },
  mistakes: [
    {
      value: ({ g, lr }) => (-lr * 0.1 * g) / (Math.sqrt(0.001) * Math.abs(g)),
      feedback:
        'Did you forget bias correction? Without it $m_1 = 0.1\\,g$ and $\\sqrt{v_1} = \\sqrt{0.001}\\,|g|$, which inflates the step about 3.16 times. Divide $m_1$ by $1-\\beta_1$ and $v_1$ by $1-\\beta_2$.',
    },
    {
      value: ({ g, lr }) => -lr * 0.1 * g,
      feedback:
        'You used $\\eta\\, m_1$ without bias correction and without dividing by $\\sqrt{\\hat v_1}$.',
    },
    {
      value: ({ g, lr }) => -lr * g,
      feedback:
        'That is plain SGD’s step. Adam divides by $\\sqrt{\\hat v_1} = |g_1|$, so the first step has size $\\eta$ whatever $g_1$ is.',
    },
    {
      value: ({ g, lr }) => lr * Math.sign(g),
      feedback: 'Right size, wrong direction: the update goes *against* the gradient.',
    },
  ],
  hints: [
    md`
After one step, $\hat m_1 = m_1/(1-\beta_1) = g_1$ and $\hat v_1 = v_1/(1-\beta_2) = g_1^2$.
    `,
    md`
The update is $-\eta\,\hat m_1/(\sqrt{\hat v_1} + \varepsilon)$.
    `,
  ],
  solution: ({
    g,
    lr,
  }) => md`$m_1 = 0.1 \cdot ${g} = ${0.1 * g}$, $v_1 = 0.001 \cdot ${g * g} = ${0.001 * g * g}$. Bias correction gives $\hat m_1 = m_1/0.1 = ${g}$ and $\hat v_1 = v_1/0.001 = ${g * g}$, so

$$\theta_1 - \theta_0 = -\eta\,\frac{\hat m_1}{\sqrt{\hat v_1} + \varepsilon} = -${lr} \cdot \frac{${g}}{${Math.abs(g)} + 10^{-8}} \approx ${firstStep({ g, lr })}.$$

Adam's first step has size $\eta$ in every coordinate, whatever the scale of the gradient. (Computed with \`adam({ lr: ${lr} })\` from \`@descent/optim\`.)`,
});
