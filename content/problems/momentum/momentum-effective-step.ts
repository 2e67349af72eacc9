import { effectiveStepSize, sgd } from '@descent/optim';
import { applySteps, defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  lr: number;
  beta: number;
}
// The limit η/(1−β) checked against 2000 steps of PyTorch-style momentum SGD with gradient 1.
const measured = ({ lr, beta }: P) => {
  const path = applySteps(sgd({ lr, momentum: beta }), [0], () => [1], 2000);
  return path[1999][0] - path[2000][0];
};

export default defineProblem<P>({
  id: 'momentum-effective-step',
  lesson: 'momentum',
  title: 'Momentum’s effective step size',
  params: (rng) => ({ lr: rng.pick([0.001, 0.01, 0.05, 0.1]), beta: rng.pick([0.8, 0.9, 0.95, 0.99]) }),
  prompt: ({ lr, beta }) =>
    md`PyTorch's SGD with momentum keeps a buffer $b_1 = g_1$, $b_t = \beta b_{t-1} + g_t$, and updates $\theta_t = \theta_{t-1} - \eta b_t$. With $\beta = ${beta}$ and $\eta = ${lr}$ it sees the same gradient $g = 1$ at every step, for a long time. **How far does the parameter move per step once the buffer has settled?** (Give the size of the step.)`,
  answer: {
    kind: 'number',
    value: ({ lr, beta }) => effectiveStepSize(lr, beta),
    sigFigs: 3,
    label: 'Step size',
  },
  mistakes: [
    {
      value: ({ lr }) => lr,
      feedback:
        'That is the step of plain SGD — or of the averaging (EMA) buffer $m_t = \\beta m_{t-1} + (1-\\beta) g_t$, whose settled value is $g$ itself. PyTorch’s buffer adds the *full* gradient each step, so it settles at a geometric series.',
    },
    {
      value: ({ lr, beta }) => lr * (1 - beta),
      feedback:
        'That multiplies by $(1-\\beta)$; the geometric series $1 + \\beta + \\beta^2 + \\dots$ *divides* by it.',
    },
    {
      value: ({ lr, beta }) => lr / beta,
      feedback: 'The series $\\sum_k \\beta^k$ sums to $1/(1-\\beta)$, not $1/\\beta$.',
    },
  ],
  hints: [
    md`
The buffer obeys $b_t = \beta b_{t-1} + g$. What is its fixed point?
    `,
    md`
$1 + \beta + \beta^2 + \dots = 1/(1-\beta)$.
    `,
  ],
  solution: ({
    lr,
    beta,
  }) => md`The buffer settles where $b = \beta b + 1$, i.e. $b = 1/(1-\beta)$. Each step moves by

$$\frac{\eta}{1-\beta} = \frac{${lr}}{1 - ${beta}} = ${effectiveStepSize(lr, beta)}.$$

Running 2000 steps of \`sgd({ lr: ${lr}, momentum: ${beta} })\` gives a last step of $${measured({ lr, beta })}$. With $\beta = ${beta}$, momentum multiplies the effective learning rate by $${1 / (1 - beta)}$, which is why $\eta$ is usually lowered when momentum is added. (With the averaging form $m_t = \beta m_{t-1} + (1-\beta)g_t$ the settled step would be $\eta = ${lr}$: that $\eta$ corresponds to PyTorch’s $\eta/(1-\beta)$.)`,
});
