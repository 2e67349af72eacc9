import { defineProblem, md } from '../../../src/lib/problems/index.ts';

export default defineProblem({
  id: 'svrg-unbiased',
  lesson: 'variance-reduction',
  title: 'Is the SVRG estimator unbiased?',
  params: () => ({}),
  prompt: () => md`
SVRG's inner step uses $v = \nabla f_i(\theta) - \nabla f_i(\tilde\theta) + \nabla f(\tilde\theta)$ with $i$ uniform on $\{1, \dots, n\}$ and $f = \frac1n\sum_i f_i$. **Is $v$ an unbiased estimate of $\nabla f(\theta)$?**
  `,
  answer: {
    kind: 'choice',
    options: [
      {
        id: 'yes',
        label: md`
Yes: $\mathbb{E}_i[v] = \nabla f(\theta)$ for every $\theta$ and $\tilde\theta$
        `,
        correct: true,
        feedback: md`
Right: $\mathbb{E}_i[\nabla f_i(\tilde\theta)] = \nabla f(\tilde\theta)$ cancels the added full gradient.
        `,
      },
      {
        id: 'snapshot-bias',
        label: md`
No: it is biased by $\nabla f(\tilde\theta)$
        `,
        correct: false,
        feedback: md`
The added $\nabla f(\tilde\theta)$ is exactly the mean of the subtracted $\nabla f_i(\tilde\theta)$, so the two cancel in expectation.
        `,
      },
      {
        id: 'only-equal',
        label: md`
Only when $\theta = \tilde\theta$
        `,
        correct: false,
        feedback: md`
Unbiasedness holds at every $\theta$; what $\theta \approx \tilde\theta$ buys is _low variance_, not zero bias.
        `,
      },
      {
        id: 'only-convex',
        label: 'Only when every $f_i$ is convex',
        correct: false,
        feedback:
          'Unbiasedness is linearity of expectation; convexity plays no role (it matters for the convergence rate).',
      },
    ],
  },
  hints: [
    md`
Take the expectation of each of the three terms separately.
    `,
    md`
What is $\mathbb{E}_i[\nabla f_i(\tilde\theta)]$?
    `,
  ],
  solution: () => md`
By linearity,

$$\mathbb{E}_i[v] = \mathbb{E}_i[\nabla f_i(\theta)] - \mathbb{E}_i[\nabla f_i(\tilde\theta)] + \nabla f(\tilde\theta) = \nabla f(\theta) - \nabla f(\tilde\theta) + \nabla f(\tilde\theta) = \nabla f(\theta).$$

$v$ is unbiased for any snapshot. The control variate $\nabla f_i(\tilde\theta) - \nabla f(\tilde\theta)$ has mean zero and is strongly correlated with $\nabla f_i(\theta)$ when $\theta$ is near $\tilde\theta$, so subtracting it cuts the variance.
  `,
});
