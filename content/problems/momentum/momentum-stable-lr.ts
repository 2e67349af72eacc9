import { maxStableLr } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  L: number;
}
const variables = [{ name: 'beta', tex: '\\beta', min: 0, max: 0.99 }] as const;

export default defineProblem<P>({
  id: 'momentum-stable-lr',
  lesson: 'momentum',
  title: 'The largest stable learning rate with momentum',
  params: (rng) => ({ L: rng.pick([2, 4, 10, 50, 100]) }),
  prompt: ({ L }) =>
    md`A quadratic's largest Hessian eigenvalue is $L = ${L}$. **Below which learning rate $\eta$ does the heavy ball with momentum $\beta$ converge?** Write the bound as an expression in \`beta\`.`,
  answer: {
    kind: 'expression',
    variables,
    value:
      ({ L }) =>
      (v) =>
        maxStableLr('heavyBall', v.beta, L),
    tex: ({ L }) => `\\frac{2 + 2\\beta}{${L}}`,
    typed: ({ L }) => `(2 + 2*beta)/${L}`,
    label: 'Largest stable η, in beta',
  },
  mistakes: [
    {
      value:
        ({ L }) =>
        () =>
          2 / L,
      feedback:
        'That is GD’s limit $2/L$. Momentum enlarges it: the component polynomial $z^2 - (1+\\beta-\\eta\\lambda)z + \\beta$ has a root at $-1$ when $\\eta\\lambda = 2 + 2\\beta$.',
    },
    {
      value:
        ({ L }) =>
        (v) =>
          (2 + 2 * v.beta) / ((1 + 2 * v.beta) * L),
      feedback: 'That is Nesterov’s limit $(2+2\\beta)/((1+2\\beta)L)$, not the heavy ball’s.',
    },
    {
      value:
        ({ L }) =>
        (v) =>
          2 / ((1 - v.beta) * L),
      feedback:
        'That divides by $1-\\beta$ as the effective step does, but stability is decided by the roots at $z = -1$: $\\eta L < 2 + 2\\beta$.',
    },
    {
      value:
        ({ L }) =>
        (v) =>
          (1 + v.beta) / L,
      feedback:
        'Half of it: the condition is $1 + p + q > 0$ with $p = 1 + \\beta - \\eta L$, $q = \\beta$, i.e. $\\eta L < 2 + 2\\beta$.',
    },
  ],
  hints: [
    md`
The steepest component decides. Its polynomial is $z^2 - (1 + \beta - \eta L)z + \beta$.
    `,
    md`
A root leaves the unit circle through $z = -1$: set $1 + (1 + \beta - \eta L) + \beta = 0$.
    `,
  ],
  solution: ({
    L,
  }) => md`For the component with $\lambda = L$, Jury's conditions for $z^2 - pz + q$ with $p = 1 + \beta - \eta L$, $q = \beta$ are $|\beta| < 1$, $1 - p + q = \eta L > 0$ and $1 + p + q = 2 + 2\beta - \eta L > 0$. So

$$\eta < \frac{2 + 2\beta}{${L}}$$

— type \`(2 + 2*beta)/${L}\`. At $\beta = 0.9$ that is $${maxStableLr('heavyBall', 0.9, L)}$, almost twice GD's $2/L = ${2 / L}$.`,
});
