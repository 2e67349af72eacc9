import { lookahead, sgd } from '@descent/optim';
import { applySteps, defineProblem, md } from '../../../src/lib/problems/index.ts';

export interface P {
  /** ηλ of the inner SGD on f(θ) = ½λθ². */
  lrLambda: number;
  /** Inner steps per synchronisation. */
  k: number;
  /** The slow step ω (the package's and the paper's `alpha`). */
  omega: number;
}
const variables = [{ name: 'n', tex: 'n', min: 1, max: 12, integer: true }] as const;

/** θ after n synchronisations of the package's lookahead(sgd), on f(θ) = ½λθ² (λ = 1, η = ηλ), from θ₀ = 1. */
const afterSyncs =
  ({ lrLambda, k, omega }: P) =>
  (v: Readonly<Record<string, number>>) => {
    const n = Math.round(v.n);
    const path = applySteps(lookahead(sgd({ lr: lrLambda }), { k, alpha: omega }), [1], (x) => [x[0]], n * k);
    return path[n * k][0];
  };

export default defineProblem<P>({
  id: 'capstone-lookahead-contraction',
  lesson: 'capstone',
  title: 'Lookahead around SGD on a quadratic',
  params: (rng) => ({
    lrLambda: rng.pick([0.1, 0.2, 0.5]),
    k: rng.pick([2, 3, 5]),
    omega: rng.pick([0.5, 0.8]),
  }),
  prompt: ({ lrLambda, k, omega }) =>
    md`Lookahead wraps plain SGD on $f(\theta) = \tfrac12\lambda\theta^2$ with $\eta\lambda = ${lrLambda}$: from the slow weight $\bar\theta$, the fast weight takes $k = ${k}$ SGD steps, then $\bar\theta \leftarrow \bar\theta + \omega(\theta - \bar\theta)$ with $\omega = ${omega}$, and the fast weight restarts at $\bar\theta$. Start at $\bar\theta_0 = \theta_0 = 1$. **Write the slow weight after $n$ synchronisations, $\bar\theta_n$, as an expression in \`n\`.**`,
  answer: {
    kind: 'expression',
    variables,
    value: afterSyncs,
    tex: ({ lrLambda, k, omega }) => `\\big(1 - ${omega} + ${omega}\\,(1 - ${lrLambda})^{${k}}\\big)^{n}`,
    typed: ({ lrLambda, k, omega }) => `(1 - ${omega} + ${omega}*(1 - ${lrLambda})^${k})^n`,
    label: 'Slow weight after n synchronisations',
  },
  mistakes: [
    {
      value:
        ({ lrLambda, k }) =>
        (v) =>
          (1 - lrLambda) ** (k * v.n),
      feedback:
        'That is SGD alone, $\\omega = 1$: after each cycle the slow weight moves only a fraction $\\omega$ of the way to where the fast weight went.',
    },
    {
      value:
        ({ lrLambda, k, omega }) =>
        (v) =>
          (omega * (1 - lrLambda) ** k) ** v.n,
      feedback:
        'The slow weight moves *towards* the fast one, $\\bar\\theta + \\omega(\\theta - \\bar\\theta) = (1 - \\omega)\\bar\\theta + \\omega\\theta$: it keeps the share $1 - \\omega$ of where it was.',
    },
    {
      value:
        ({ lrLambda, k, omega }) =>
        (v) =>
          (1 - omega + omega * (1 - lrLambda)) ** (k * v.n),
      feedback: md`
That interpolates after every SGD step. Lookahead runs all $k$ fast steps first and interpolates once per cycle.
      `,
    },
  ],
  hints: [
    ({ lrLambda, k }) =>
      md`Each SGD step multiplies the fast weight by $1 - \eta\lambda = ${1 - lrLambda}$, so after the $k = ${k}$ steps of a cycle it is $\bar\theta\,(1 - \eta\lambda)^{${k}}$.`,
    md`
The synchronisation gives $(1 - \omega)\bar\theta + \omega\,\bar\theta(1 - \eta\lambda)^k$: one factor per cycle.
    `,
  ],
  solution: ({ lrLambda, k, omega }) => {
    const c = (1 - lrLambda) ** k;
    const r = 1 - omega + omega * c;
    return md`In one cycle the fast weight goes from $\bar\theta$ to $\bar\theta\,(1 - ${lrLambda})^{${k}} = ${c}\,\bar\theta$, and the synchronisation gives

$$\bar\theta \leftarrow (1 - ${omega})\,\bar\theta + ${omega} \cdot ${c}\,\bar\theta = ${r}\,\bar\theta .$$

So every cycle multiplies the slow weight by ${r}, and $\bar\theta_n = ${r}^{\,n}$ — typed \`(1 - ${omega} + ${omega}*(1 - ${lrLambda})^${k})^n\`. Per SGD step that is a factor $${r}^{1/${k}} = ${r ** (1 / k)}$, against plain SGD's $${1 - lrLambda}$: on this clean quadratic Lookahead only slows SGD down; its case is damping noise and oscillation at step sizes that are large for the inner optimizer. (Computed with \`lookahead(sgd(…), { k: ${k}, alpha: ${omega} })\` from \`@descent/optim\`.)`;
  },
});
