import { newtonSchulzPolynomial } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';
import { distinctOrNaN } from '../../../src/lib/problems/distinct.ts';

export interface P {
  s1: number;
  s2: number;
  steps: number;
}
const fro = ({ s1, s2 }: P) => Math.hypot(s1, s2);
const TOL = { sigFigs: 3 } as const;
/** What the singular value that started as σ₂ becomes after `steps` quintic Newton–Schulz steps of muon.py (the polynomial need not keep the two in order). */
const key = (p: P) => newtonSchulzPolynomial(p.s2 / fro(p), p.steps);
const bySpectral = (p: P) => newtonSchulzPolynomial(p.s2 / p.s1, p.steps);
const oneStepOnly = (p: P) => newtonSchulzPolynomial(p.s2 / fro(p), 1);

export default defineProblem<P>({
  id: 'newton-schulz-singular-value',
  lesson: 'beyond-adamw',
  title: 'What Newton–Schulz does to a singular value',
  params: (rng) => {
    const [s1, s2] = rng.pick([
      [4, 3],
      [12, 5],
      [15, 8],
      [24, 7],
      [2, 1],
      [6, 1],
    ]);
    return { s1, s2, steps: rng.pick([2, 3]) };
  },
  prompt: ({ s1, s2, steps }) =>
    md`Muon orthogonalises a momentum matrix $M$ with singular values $\sigma_1 = ${s1}$ and $\sigma_2 = ${s2}$. Its Newton–Schulz iteration first divides $M$ by its Frobenius norm (ignore the tiny $\varepsilon$), then repeats $X \leftarrow aX + b(XX^\top)X + c(XX^\top)^2X$ with $(a, b, c) = (3.4445, -4.7750, 2.0315)$. **What does the singular value that started as $\sigma_2$ become after ${steps} steps?** (The iteration maps each singular value by the same polynomial, which need not keep their order.)`,
  answer: { kind: 'number', value: key, ...TOL, label: `σ₂ after the steps` },
  mistakes: [
    {
      value: (p) => distinctOrNaN(bySpectral(p), TOL, key(p)),
      feedback:
        'The iteration normalises by the *Frobenius* norm $\\sqrt{\\sigma_1^2 + \\sigma_2^2}$, not by the largest singular value.',
    },
    {
      value: (p) => distinctOrNaN(oneStepOnly(p), TOL, key(p), bySpectral(p)),
      feedback:
        'That is one step. Apply $p(\\sigma) = a\\sigma + b\\sigma^3 + c\\sigma^5$ as many times as the iteration runs.',
    },
    {
      value: (p) => distinctOrNaN(p.s2 / fro(p), TOL, key(p), bySpectral(p), oneStepOnly(p)),
      feedback:
        'That is the singular value after normalisation only. Each step maps it by $p(\\sigma) = a\\sigma + b\\sigma^3 + c\\sigma^5$.',
    },
  ],
  hints: [
    md`
If $X = U\Sigma V^\top$ then $(XX^\top)X = U\Sigma^3V^\top$: each step maps every singular value $\sigma$ to $p(\sigma) = a\sigma + b\sigma^3 + c\sigma^5$ and keeps the singular vectors.
    `,
    ({ s1, s2 }) => md`After normalisation $\sigma_2 = ${s2}/\sqrt{${s1}^2 + ${s2}^2}$.`,
  ],
  solution: (p) => {
    const s = p.s2 / fro(p);
    const seq = [s];
    for (let k = 1; k <= p.steps; k++) seq.push(newtonSchulzPolynomial(s, k));
    return md`Normalising by $\lVert M\rVert_F = \sqrt{${p.s1}^2 + ${p.s2}^2} = ${fro(p)}$ gives $\sigma_2 = ${s}$. Each step applies $p(\sigma) = 3.4445\sigma - 4.7750\sigma^3 + 2.0315\sigma^5$:

$$${seq.map((v) => `${v}`).join(' \\;\\to\\; ')}.$$

The answer is $${key(p)}$. Five steps would leave it in the band $[0.68, 1.20]$ around 1, not at 1. (Computed with \`newtonSchulzPolynomial\` from \`@descent/optim\`, which the package tests against the matrix iteration and an SVD.)`;
  },
});
