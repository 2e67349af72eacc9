import { dampingRegime, type DampingRegime } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  beta: number;
  lrLambda: number;
}
// ηλ values chosen to land in each regime for β ∈ {0.25, 0.49, 0.64, 0.81} (never on a boundary).
const CASES: Record<number, number[]> = {
  0.25: [0.1, 1, 2.4, 2.7],
  0.49: [0.05, 1.5, 2.95, 3.1],
  0.64: [0.02, 2, 3.26, 3.4],
  0.81: [0.005, 2.5, 3.615, 3.7],
};
const regime = ({ beta, lrLambda }: P): DampingRegime => dampingRegime(lrLambda, beta, 1).regime;

export default defineProblem<P>({
  id: 'momentum-stability-regime',
  lesson: 'momentum',
  title: 'Converge, spiral, flip or diverge?',
  params: (rng) => {
    const beta = rng.pick([0.25, 0.49, 0.64, 0.81]);
    return { beta, lrLambda: rng.pick(CASES[beta]) };
  },
  prompt: ({ beta, lrLambda }) =>
    md`One eigen-component of a quadratic has curvature $\lambda$, and the heavy ball runs with $\beta = ${beta}$ and a learning rate with $\eta\lambda = ${lrLambda}$. **How does the error along that eigenvector behave?**`,
  answer: {
    kind: 'choice',
    options: (p) => {
      const r = regime(p);
      const s = Math.sqrt(p.beta);
      return [
        {
          id: 'overdamped',
          label: 'It converges without oscillating (over-damped)',
          correct: r === 'overdamped',
          feedback: md`Over-damped needs $\eta\lambda < (1-\sqrt\beta)^2 = ${(1 - s) ** 2}$: two real positive roots.`,
        },
        {
          id: 'underdamped',
          label: md`
It converges in a decaying spiral, at rate $\sqrt\beta$ (under-damped)
          `,
          correct: r === 'underdamped',
          feedback: md`Complex roots need $(1-\sqrt\beta)^2 = ${(1 - s) ** 2} < \eta\lambda < (1+\sqrt\beta)^2 = ${(1 + s) ** 2}$.`,
        },
        {
          id: 'flipping',
          label: 'It converges while changing sign at every step',
          correct: r === 'flipping',
          feedback: md`Negative real roots need $(1+\sqrt\beta)^2 = ${(1 + s) ** 2} < \eta\lambda < 2 + 2\beta = ${2 + 2 * p.beta}$.`,
        },
        {
          id: 'divergent',
          label: 'It diverges',
          correct: r === 'divergent',
          feedback: md`Divergence needs $\eta\lambda > 2 + 2\beta = ${2 + 2 * p.beta}$. (At $\eta\lambda = 2 + 2\beta$ exactly a root is $-1$: the error flips sign for ever without shrinking or growing.)`,
        },
      ];
    },
  },
  hints: [
    md`
The roots solve $z^2 - (1 + \beta - \eta\lambda)z + \beta = 0$; the discriminant vanishes at $\eta\lambda = (1 \pm \sqrt\beta)^2$.
    `,
    md`
Convergence needs $0 < \eta\lambda < 2 + 2\beta$; divergence needs $\eta\lambda > 2 + 2\beta$.
    `,
  ],
  solution: (p) => {
    const s = Math.sqrt(p.beta);
    const info = dampingRegime(p.lrLambda, p.beta, 1);
    const words: Record<DampingRegime, string> = {
      overdamped: 'below $(1-\\sqrt\\beta)^2$: over-damped, it creeps in without overshooting',
      critical: 'on a boundary: critically damped',
      underdamped: 'inside the complex band: under-damped, a decaying spiral at rate $\\sqrt\\beta$',
      flipping:
        'between $(1+\\sqrt\\beta)^2$ and $2 + 2\\beta$: two negative roots, so it flips sign every step while it shrinks',
      divergent:
        'beyond $2 + 2\\beta$: a root outside the unit circle, so it diverges (exactly at $2 + 2\\beta$ a root would be $-1$ and the error would neither shrink nor grow)',
    };
    return md`With $\sqrt\beta = ${s}$ the boundaries are $(1-\sqrt\beta)^2 = ${(1 - s) ** 2}$, $(1+\sqrt\beta)^2 = ${(1 + s) ** 2}$ and $2 + 2\beta = ${2 + 2 * p.beta}$. Here $\eta\lambda = ${p.lrLambda}$ is ${words[info.regime]}. The spectral radius is $\rho = ${info.rate}$ (\`dampingRegime(${p.lrLambda}, ${p.beta}, 1)\`).`;
  },
});
