import { defineProblem, md } from '../../../src/lib/problems/index.ts';

export default defineProblem({
  id: 'sgd-unbiased-gradient',
  lesson: 'sgd',
  title: 'What does a stochastic gradient estimate?',
  params: (rng) => ({ n: rng.pick([100, 1000, 50000, 60000]) }),
  prompt: ({ n }) =>
    md`The training loss is the average $f(\theta) = \frac{1}{n}\sum_{i=1}^{n} f_i(\theta)$ over $n = ${n}$ examples. SGD picks an index $i$ uniformly at random and uses $g = \nabla f_i(\theta)$. **What is $\mathbb{E}_i[g]$?**`,
  answer: {
    kind: 'choice',
    options: [
      {
        id: 'full',
        label: md`
$\nabla f(\theta)$, the full gradient
        `,
        correct: true,
        feedback:
          'Yes: each $\\nabla f_i$ has probability $1/n$, so the expectation is the average, which is $\\nabla f$.',
      },
      {
        id: 'sum',
        label: md`
$n\,\nabla f(\theta)$
        `,
        correct: false,
        feedback:
          '$n\\nabla f(\\theta) = \\sum_i \\nabla f_i(\\theta)$ is the *sum* of the per-example gradients: you dropped the probability $1/n$ with which each index is drawn. Weighted by it, the sum becomes the average, $\\nabla f(\\theta)$.',
      },
      {
        id: 'over-n',
        label: md`
$\frac{1}{n}\nabla f(\theta)$
        `,
        correct: false,
        feedback:
          'The $1/n$ enters once, as the probability of each index, and turns the sum of the $\\nabla f_i$ into their average $\\nabla f$; applying it a second time gives $\\frac1n\\nabla f$. (That would be the answer if $f$ were the sum $\\sum_i f_i$ rather than the average.)',
      },
      {
        id: 'biased',
        label: 'It depends on which examples are hardest, so it is biased',
        correct: false,
        feedback:
          'With uniform sampling every example is equally likely, so there is no bias. (Importance sampling changes the probabilities and reweights to stay unbiased.)',
      },
    ],
  },
  hints: [
    md`
Write the expectation as a sum over the $n$ possible indices, each with probability $1/n$.
    `,
    md`
Compare $\sum_i \frac{1}{n}\nabla f_i(\theta)$ with the definition of $f$.
    `,
  ],
  solution: ({ n }) => md`With $i$ uniform on $\{1, \dots, ${n}\}$,

$$\mathbb{E}_i[\nabla f_i(\theta)] = \sum_{i=1}^{${n}} \frac{1}{${n}}\,\nabla f_i(\theta) = \nabla\Big(\frac{1}{${n}}\sum_i f_i\Big)(\theta) = \nabla f(\theta).$$

The stochastic gradient is an **unbiased** estimate of the full gradient; its noise is variance, not bias.`,
});
