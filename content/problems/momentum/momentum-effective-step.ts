import { effectiveStepSize, sgd } from '@descent/optim';
import { applySteps, defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P { lr: number; beta: number }
// The limit α/(1−β) checked against 2000 steps of PyTorch-style momentum SGD with gradient 1.
const measured = ({ lr, beta }: P) => {
  const path = applySteps(sgd({ lr, momentum: beta }), [0], () => [1], 2000);
  return path[1999][0] - path[2000][0];
};

export default defineProblem<P>({
  id: 'momentum-effective-step',
  lesson: 'momentum',
  title: 'Momentum’s effective step size',
  params: (rng) => ({ lr: rng.pick([0.001, 0.01, 0.05, 0.1]), beta: rng.pick([0.8, 0.9, 0.95, 0.99]) }),
  prompt: ({ lr, beta }) => md`SGD with momentum $\beta = ${beta}$ and learning rate $\alpha = ${lr}$ sees the same gradient $g = 1$ at every step, for a long time. **How far does the parameter move per step once the velocity has settled?** (Give the size of the step.)`,
  answer: { kind: 'number', value: ({ lr, beta }) => effectiveStepSize(lr, beta), rtol: 1e-3, label: 'Step size' },
  mistakes: [
    { value: ({ lr }) => lr, feedback: 'That is plain SGD’s step. With momentum the velocity accumulates past gradients: a geometric series.' },
    { value: ({ lr, beta }) => lr * (1 - beta), feedback: 'That multiplies by $(1-\\beta)$; the geometric series $1 + \\beta + \\beta^2 + \\dots$ *divides* by it.' },
    { value: ({ lr, beta }) => lr / beta, feedback: 'The series $\\sum_k \\beta^k$ sums to $1/(1-\\beta)$, not $1/\\beta$.' },
  ],
  hints: [
    md`The velocity obeys $b_t = \beta b_{t-1} + g$. What is its fixed point?`,
    md`$1 + \beta + \beta^2 + \dots = 1/(1-\beta)$.`,
  ],
  solution: ({ lr, beta }) => md`The buffer settles where $b = \beta b + 1$, i.e. $b = 1/(1-\beta)$. Each step moves by

$$\frac{\alpha}{1-\beta} = \frac{${lr}}{1 - ${beta}} = ${effectiveStepSize(lr, beta)}.$$

Running 2000 steps of \`sgd({ lr: ${lr}, momentum: ${beta} })\` gives a last step of $${measured({ lr, beta })}$. With $\beta = ${beta}$, momentum multiplies the effective learning rate by $${1 / (1 - beta)}$, which is why $\alpha$ is usually lowered when momentum is added.`,
});
