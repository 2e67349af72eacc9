import { logisticRegression } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  X: number[][];
  y: number[];
  l2: number;
}
const lmax = ({ X, y, l2 }: P) => logisticRegression({ X, y, l2 }).lipschitzMax;
const rowText = (r: number[]) => `(${r.join(', ')})`;

export default defineProblem<P>({
  id: 'svrg-step-size',
  lesson: 'variance-reduction',
  title: 'The step size 1/(3Lₘₐₓ) for logistic regression',
  params: (rng) => {
    const entry = () => rng.pick([-3, -2, -1, 1, 2, 3]);
    for (;;) {
      const X = [0, 1, 2].map(() => [entry(), entry()]);
      const norms = X.map((r) => r[0] ** 2 + r[1] ** 2);
      // Rows of equal norm would make "averaged the L_i" coincide with the key.
      if (new Set(norms).size > 1)
        return { X, y: X.map(() => rng.pick([-1, 1])), l2: rng.pick([0.01, 0.1, 0.5]) };
    }
  },
  prompt: ({
    X,
    y,
    l2,
  }) => md`L2-regularised logistic regression on three examples, $f_i(\theta) = \log(1 + e^{-y_i x_i^\top \theta}) + \tfrac{\lambda}{2}\|\theta\|^2$, with
$x_1 = ${rowText(X[0])}$, $x_2 = ${rowText(X[1])}$, $x_3 = ${rowText(X[2])}$, labels $y = (${y.join(', ')})$ and $\lambda = ${l2}$.
Each $f_i$ is $L_i$-smooth with $L_i = \|x_i\|^2/4 + \lambda$. **What is the step $\eta = 1/(3L_{\max})$** (the one SAGA's paper analyses, which lesson 2's race also uses for SVRG)?`,
  answer: { kind: 'number', value: (p) => 1 / (3 * lmax(p)), sigFigs: 3, label: 'Learning rate η' },
  mistakes: [
    {
      value: (p) => 1 / lmax(p),
      feedback:
        'That is $1/L_{\\max}$. The step SAGA’s paper analyses (and lesson 2 uses for SVRG too) is three times smaller: $1/(3L_{\\max})$.',
    },
    {
      value: ({ X, l2 }) => 1 / (3 * (Math.max(...X.map((r) => r[0] ** 2 + r[1] ** 2)) + l2)),
      feedback:
        'The logistic loss has curvature at most $1/4$: $L_i = \\|x_i\\|^2/4 + \\lambda$, not $\\|x_i\\|^2 + \\lambda$.',
    },
    {
      value: ({ X, l2 }) =>
        1 / (3 * (X.reduce((s, r) => s + (r[0] ** 2 + r[1] ** 2) / 4, 0) / X.length + l2)),
      feedback: 'You averaged the $L_i$. The step is set by the *largest* one, $L_{\\max} = \\max_i L_i$.',
    },
  ],
  hints: [
    md`
Compute $\|x_i\|^2$ for each row and take the largest.
    `,
    ({ X }) =>
      md`$\max_i \|x_i\|^2 = ${Math.max(...X.map((r) => r[0] ** 2 + r[1] ** 2))}$; now add $\lambda$ after dividing by 4.`,
  ],
  solution: (p) => {
    const norms = p.X.map((r) => r[0] ** 2 + r[1] ** 2);
    return md`$\|x_i\|^2 = ${norms.join(',\\ ')}$, so

$$L_{\max} = \frac{${Math.max(...norms)}}{4} + ${p.l2} = ${lmax(p)}, \qquad \frac{1}{3L_{\max}} = ${1 / (3 * lmax(p))}.$$

(Computed with \`logisticRegression({ X, y, l2 }).lipschitzMax\` from \`@descent/optim\`.)`;
  },
});
