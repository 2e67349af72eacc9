import { defineProblem, md } from '../../../src/lib/problems/index.ts';

export default defineProblem({
  id: 'zero-variance-at-optimum',
  lesson: 'variance-reduction',
  title: 'Which estimators are exact at the optimum?',
  params: () => ({}),
  prompt: () => md`
Let $\theta^\star$ minimise $f = \frac1n\sum_i f_i$, where the $\nabla f_i(\theta^\star)$ are not all zero. Suppose the iterate is exactly $\theta = \theta^\star$. **Select every gradient estimator whose variance is zero there.**
  `,
  answer: {
    kind: 'choice',
    multiple: true,
    options: [
      {
        id: 'sgd',
        label: md`
SGD: $\nabla f_i(\theta)$
        `,
        correct: false,
        feedback: md`
At $\theta^\star$ the average of $\nabla f_i(\theta^\star)$ is zero but the individual terms are not, so SGD's estimate keeps its variance $\frac1n\sum_i\|\nabla f_i(\theta^\star)\|^2$. That is why constant-step SGD cannot settle.
        `,
      },
      {
        id: 'minibatch',
        label: md`
Mini-batch SGD with batch $b < n$
        `,
        correct: false,
        feedback: md`
Averaging $b$ terms divides the variance by about $b$ but does not remove it.
        `,
      },
      {
        id: 'svrg',
        label: md`
SVRG with snapshot $\tilde\theta = \theta^\star$
        `,
        correct: true,
        feedback: md`
$v = \nabla f_i(\theta^\star) - \nabla f_i(\theta^\star) + \nabla f(\theta^\star) = 0$ for every $i$.
        `,
      },
      {
        id: 'saga',
        label: md`
SAGA with every table row $\varphi_i = \nabla f_i(\theta^\star)$
        `,
        correct: true,
        feedback: md`
$v = \nabla f_j(\theta^\star) - \varphi_j + \frac1n\sum_i\varphi_i = 0$ for every $j$.
        `,
      },
      {
        id: 'full',
        label: md`
Full gradient $\nabla f(\theta)$
        `,
        correct: true,
        feedback:
          'The full gradient is deterministic, so its variance is zero everywhere (at a cost of $n$ per step).',
      },
    ],
  },
  hints: [
    md`
Plug $\theta = \theta^\star$ into each estimator and ask whether the result still depends on the random index.
    `,
    md`
$\nabla f(\theta^\star) = 0$ but $\nabla f_i(\theta^\star)$ need not be.
    `,
  ],
  solution: () => md`
- SGD and mini-batch SGD still depend on which $i$ was drawn: variance $> 0$.
- SVRG with $\tilde\theta = \theta^\star$ gives $v = 0$ for every $i$; SAGA with rows at $\theta^\star$ likewise.
- The full gradient has no randomness at all.

Variance reduction makes the estimator's noise vanish _as the method converges_, which is what allows a constant step and a linear rate.
  `,
});
