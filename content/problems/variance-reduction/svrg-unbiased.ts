import { defineProblem, md } from '../../../src/lib/problems/index.ts';

export default defineProblem({
  id: 'svrg-unbiased',
  lesson: 'variance-reduction',
  title: 'Is the SVRG estimator unbiased?',
  params: () => ({}),
  prompt: () => md`SVRG's inner step uses $v = \nabla f_i(x) - \nabla f_i(\tilde w) + \nabla f(\tilde w)$ with $i$ uniform on $\{1, \dots, n\}$ and $f = \frac1n\sum_i f_i$. **Is $v$ an unbiased estimate of $\nabla f(x)$?**`,
  answer: {
    kind: 'choice',
    options: [
      { id: 'yes', label: md`Yes: $\mathbb{E}_i[v] = \nabla f(x)$ for every $x$ and $\tilde w$`, correct: true, feedback: md`Right: $\mathbb{E}_i[\nabla f_i(\tilde w)] = \nabla f(\tilde w)$ cancels the added full gradient.` },
      { id: 'snapshot-bias', label: md`No: it is biased by $\nabla f(\tilde w)$`, correct: false, feedback: md`The added $\nabla f(\tilde w)$ is exactly the mean of the subtracted $\nabla f_i(\tilde w)$, so the two cancel in expectation.` },
      { id: 'only-equal', label: md`Only when $x = \tilde w$`, correct: false, feedback: md`Unbiasedness holds at every $x$; what $x \approx \tilde w$ buys is *low variance*, not zero bias.` },
      { id: 'only-convex', label: 'Only when every $f_i$ is convex', correct: false, feedback: 'Unbiasedness is linearity of expectation; convexity plays no role (it matters for the convergence rate).' },
    ],
  },
  hints: [md`Take the expectation of each of the three terms separately.`, md`What is $\mathbb{E}_i[\nabla f_i(\tilde w)]$?`],
  solution: () => md`By linearity,

$$\mathbb{E}_i[v] = \mathbb{E}_i[\nabla f_i(x)] - \mathbb{E}_i[\nabla f_i(\tilde w)] + \nabla f(\tilde w) = \nabla f(x) - \nabla f(\tilde w) + \nabla f(\tilde w) = \nabla f(x).$$

$v$ is unbiased for any snapshot. The control variate $\nabla f_i(\tilde w) - \nabla f(\tilde w)$ has mean zero and is strongly correlated with $\nabla f_i(x)$ when $x$ is near $\tilde w$, so subtracting it cuts the variance.`,
});
