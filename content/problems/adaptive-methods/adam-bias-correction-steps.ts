import { stepsUntilBiasCorrectionBelow } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  beta: number;
  tol: number;
}
const answer = ({ beta, tol }: P) => stepsUntilBiasCorrectionBelow(beta, tol);
// Solving β^t < tol instead of 1/(1 − β^t) < 1 + tol: a common slip. For some params — the lesson's
// headline case β = 0.9, 5 % among them — it lands on the same t, and then it is no slip at all.
export const naive = ({ beta, tol }: P) => Math.ceil(Math.log(tol) / Math.log(beta));
const naiveSlip = (p: P) => (naive(p) === answer(p) ? NaN : naive(p));

export default defineProblem<P>({
  id: 'adam-bias-correction-steps',
  lesson: 'adaptive-methods',
  title: 'When does Adam’s bias correction stop mattering?',
  params: (rng) => ({ beta: rng.pick([0.9, 0.95, 0.99, 0.999]), tol: rng.pick([0.01, 0.02, 0.05, 0.1]) }),
  prompt: ({ beta, tol }) =>
    md`Adam rescales its moment estimate by the bias-correction factor $1/(1-\beta^t)$, where $t = 1, 2, \dots$ counts **updates**. For $\beta = ${beta}$, **what is the smallest $t$ at which the factor is below $${1 + tol}$** — that is, at which the corrected estimate $m_t/(1-\beta^t)$ is less than $${100 * tol}\%$ larger than the raw $m_t$?`,
  answer: { kind: 'number', value: answer, atol: 0.5, label: 'Smallest t' },
  mistakes: [
    {
      value: naiveSlip,
      feedback:
        'You solved $\\beta^t < \\text{tol}$. The condition is $1/(1-\\beta^t) < 1 + \\text{tol}$, i.e. $\\beta^t < \\text{tol}/(1+\\text{tol})$.',
    },
    // When the naive answer is exactly one short, its feedback (above) is the more specific one.
    {
      value: (p) => (answer(p) - 1 === naiveSlip(p) ? NaN : answer(p) - 1),
      feedback:
        'Off by one: at that $t$ the factor is still at least the threshold. Check $1/(1-\\beta^t)$ at your $t$ and at $t+1$.',
    },
    {
      value: () => 20,
      feedback:
        'A popular rule of thumb says ~20 steps, but it is wrong: at $t = 20$ the factor for $\\beta_1 = 0.9$ is still about 1.14. Compute it.',
    },
  ],
  hints: [
    md`
$1/(1-\beta^t) < 1 + \text{tol}$ is equivalent to $\beta^t < \text{tol}/(1+\text{tol})$.
    `,
    md`
Take logarithms: $t > \ln(\text{tol}/(1+\text{tol}))/\ln\beta$ (dividing by $\ln\beta < 0$ flips the inequality). Round up.
    `,
  ],
  solution: (p) => {
    const t = answer(p);
    return md`We need $\beta^t < ${p.tol}/${1 + p.tol} = ${p.tol / (1 + p.tol)}$, i.e. $t > \ln(${p.tol / (1 + p.tol)})/\ln(${p.beta}) = ${Math.log(p.tol / (1 + p.tol)) / Math.log(p.beta)}$. So $t = ${t}$. Check:

$$\frac{1}{1 - ${p.beta}^{${t - 1}}} = ${1 / (1 - p.beta ** (t - 1))} \ge ${1 + p.tol}, \qquad \frac{1}{1 - ${p.beta}^{${t}}} = ${1 / (1 - p.beta ** t)} < ${1 + p.tol}.$$

(Computed with \`stepsUntilBiasCorrectionBelow(${p.beta}, ${p.tol})\`.) For $\beta_1 = 0.9$ and 5% the answer is 29; for $\beta_2 = 0.999$ it is in the thousands.`;
  },
});
