import { defineProblem, md } from '../../../src/lib/problems/index.ts';

const variables = [
  { name: 'sigma', tex: '\\sigma', min: 0.1, max: 5 },
  { name: 'b', tex: 'b', min: 1, max: 512, integer: true },
] as const;

export default defineProblem({
  id: 'sgd-mean-variance-expression',
  lesson: 'sgd',
  title: 'Variance of a mini-batch mean, as a formula',
  params: () => ({}),
  prompt: () => md`
Each per-example gradient component has variance $\sigma^2$, and a mini-batch averages $b$ of them drawn independently. **Write the variance of the mini-batch average** as an expression in \`sigma\` and \`b\` (for example \`sigma^3/(2*b)\` is how you would type $\sigma^3/(2b)$).
  `,
  answer: {
    kind: 'expression',
    variables,
    value: () => (v) => v.sigma ** 2 / v.b,
    tex: () => '\\sigma^2/b',
    typed: () => 'sigma^2/b',
    label: 'Variance (in sigma, b)',
  },
  mistakes: [
    {
      value: () => (v) => v.sigma / Math.sqrt(v.b),
      feedback:
        'That is the standard deviation of the average, $\\sigma/\\sqrt b$. Square it to get the variance.',
    },
    {
      value: () => (v) => v.sigma ** 2 / v.b ** 2,
      feedback:
        'Each term is scaled by $1/b$, which scales its variance by $1/b^2$, but there are $b$ terms: $b \\cdot \\sigma^2/b^2 = \\sigma^2/b$.',
    },
    {
      value: () => (v) => v.sigma / v.b,
      feedback: 'Variances scale with the *square* of constants; keep $\\sigma^2$.',
    },
  ],
  hints: [
    md`
$\operatorname{Var}(cX) = c^2\operatorname{Var}(X)$, and variances of independent terms add.
    `,
    md`
The average is $\frac1b\sum_{j=1}^b g_j$.
    `,
  ],
  solution: () => md`
For independent $g_1, \dots, g_b$ with variance $\sigma^2$,

$$\operatorname{Var}\Big(\frac1b\sum_{j=1}^b g_j\Big) = \frac{1}{b^2}\sum_{j=1}^b \operatorname{Var}(g_j) = \frac{b\,\sigma^2}{b^2} = \frac{\sigma^2}{b}.$$

Type it as \`sigma^2/b\`; equivalent forms such as \`(sigma/sqrt(b))^2\` are accepted.
  `,
});
