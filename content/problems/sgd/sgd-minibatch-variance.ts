import { defineProblem, md } from '../../../src/lib/problems/index.ts';

// Var of the mean of b iid draws is σ²/b, so going from b₁ to b₂ divides it by b₂/b₁.
export default defineProblem({
  id: 'sgd-minibatch-variance',
  lesson: 'sgd',
  title: 'How much does a bigger batch reduce the noise?',
  params: (rng) => {
    const b1 = rng.pick([8, 16, 32, 64]);
    return { b1, b2: b1 * rng.pick([2, 4, 8, 16]) };
  },
  prompt: ({
    b1,
    b2,
  }) => md`A mini-batch gradient averages $b$ per-example gradients drawn independently and uniformly (with replacement), each with variance $\sigma^2$ around the full gradient.

You increase the batch from $b_1 = ${b1}$ to $b_2 = ${b2}$. **By what factor does the variance of the mini-batch gradient shrink?** (Enter the factor $\operatorname{Var}_{b_1} / \operatorname{Var}_{b_2}$, a number greater than 1.)`,
  answer: { kind: 'number', value: ({ b1, b2 }) => b2 / b1, sigFigs: 3 },
  mistakes: [
    {
      value: ({ b1, b2 }) => Math.sqrt(b2 / b1),
      feedback:
        'That is how much the standard deviation shrinks. The variance is its square: it shrinks like $1/b$, not $1/\\sqrt{b}$.',
    },
    {
      value: ({ b1, b2 }) => b1 / b2,
      feedback:
        'That is the new variance as a fraction of the old one. The question asks for the factor it shrinks by (old ÷ new, greater than 1).',
    },
  ],
  hints: [
    md`
The average of $b$ independent terms with variance $\sigma^2$ has variance $\sigma^2/b$.
    `,
    ({ b1, b2 }) => md`Divide $\sigma^2/${b1}$ by $\sigma^2/${b2}$; $\sigma^2$ cancels.`,
  ],
  solution: ({ b1, b2 }) => md`The mini-batch mean of $b$ iid gradients has variance $\sigma^2/b$. So

$$\frac{\operatorname{Var}_{b_1}}{\operatorname{Var}_{b_2}} = \frac{\sigma^2/${b1}}{\sigma^2/${b2}} = \frac{${b2}}{${b1}} = ${b2 / b1}.$$

The standard deviation shrinks only by $\sqrt{${b2 / b1}} \approx ${Math.sqrt(b2 / b1)}$, which is why doubling the batch never halves the noise you see in a loss curve.`,
});
