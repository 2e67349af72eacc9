import { adam, biasCorrection } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  beta2: number;
  t: number;
}
// The factor as Adam's own state reports it after t updates (state.adam.biasCorrection2).
const fromState = ({ beta2, t }: P) => {
  const opt = adam({ beta2 });
  let state = opt.init(new Float64Array(1));
  for (let k = 0; k < t; k++) state = opt.update(new Float64Array([1]), state, new Float64Array(1)).state;
  return state.adam.biasCorrection2;
};

export default defineProblem<P>({
  id: 'adam-bias-correction-factor',
  lesson: 'adaptive-methods',
  title: 'The second-moment correction early in training',
  params: (rng) => ({ beta2: rng.pick([0.99, 0.999, 0.9999]), t: rng.pick([1, 5, 10, 20, 50]) }),
  prompt: ({ beta2, t }) =>
    md`Adam's second-moment estimate starts at $v_0 = 0$, so early on it is divided by $1 - \beta_2^t$. With $\beta_2 = ${beta2}$, **what is the correction factor $1/(1-\beta_2^t)$ after $t = ${t}$ updates?**`,
  answer: { kind: 'number', value: fromState, sigFigs: 3, label: 'Factor' },
  mistakes: [
    {
      value: ({ beta2, t }) => 1 - beta2 ** t,
      feedback: 'That is $1-\\beta_2^t$ itself; the factor is its reciprocal (greater than 1).',
    },
    {
      value: ({ beta2, t }) => (t > 1 ? biasCorrection(beta2, t - 1) : NaN),
      feedback: 'Off by one in $t$: after $t$ updates the exponent is $t$ (Adam counts updates from 1).',
    },
    {
      value: ({ beta2, t }) => (t > 1 ? 1 / (1 - beta2) ** t : NaN),
      feedback: 'The power applies to $\\beta_2$ only: $1/(1-\\beta_2^t)$, not $1/(1-\\beta_2)^t$.',
    },
    {
      // The first-order approximation 1 − β₂ᵗ ≈ t(1 − β₂); listed only where it is wrong at 3 significant figures.
      value: (p) => {
        const approx = 1 / (p.t * (1 - p.beta2));
        const key = biasCorrection(p.beta2, p.t);
        return Math.abs(approx - key) > 0.5 * 10 ** (Math.floor(Math.log10(key)) - 2) ? approx : NaN;
      },
      feedback:
        'That is the approximation $1-\\beta_2^t \\approx t(1-\\beta_2)$, which drops the terms in $(1-\\beta_2)^2$ and beyond. It is close only while $t(1-\\beta_2)$ is small; compute $\\beta_2^t$ itself.',
    },
  ],
  hints: [
    md`
Compute $\beta_2^t$ first (for example as $e^{t\ln\beta_2}$), then $1/(1-\beta_2^t)$.
    `,
    md`
As a sanity check only: $1-\beta_2^t$ is a little _less_ than $t(1-\beta_2)$, so the factor is a little _more_ than $1/(t(1-\beta_2))$ — by a relative amount of about $(t-1)(1-\beta_2)/2$.
    `,
  ],
  solution: ({ beta2, t }) => md`$\beta_2^{${t}} = ${beta2 ** t}$, so

$$\frac{1}{1 - ${beta2}^{${t}}} = \frac{1}{${1 - beta2 ** t}} = ${biasCorrection(beta2, t)}.$$

Without the correction, $v_t$ would underestimate $\mathbb{E}[g^2]$ by this factor and Adam's steps would be far too large at the start. (Adam's state in \`@descent/optim\` reports it as \`biasCorrection2\`.)`,
});
