import { optimalParameters } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  mu: number;
  L: number;
}
const opt = ({ mu, L }: P) => optimalParameters('heavyBall', mu, L);

export default defineProblem<P>({
  id: 'momentum-optimal-beta',
  lesson: 'momentum',
  title: 'Polyak’s optimal momentum for a quadratic',
  params: (rng) => ({ mu: rng.pick([0.5, 1, 2]), L: rng.pick([20, 50, 200, 800]) }),
  prompt: ({ mu, L }) =>
    md`A quadratic's Hessian has eigenvalues between $\mu = ${mu}$ and $L = ${L}$. **Which momentum $\beta$ makes the heavy ball (with its best learning rate) converge fastest?** `,
  answer: { kind: 'number', value: (p) => opt(p).beta, sigFigs: 3, label: 'β' },
  mistakes: [
    {
      value: (p) => opt(p).rate,
      feedback:
        'That is the optimal *rate* $(\\sqrt\\kappa-1)/(\\sqrt\\kappa+1) = \\sqrt{\\beta^*}$. The rate of an under-damped component is $\\sqrt\\beta$, so $\\beta^*$ is its square.',
    },
    {
      value: ({ mu, L }) => ((L / mu - 1) / (L / mu + 1)) ** 2,
      feedback:
        'You used $\\kappa$ where the formula has $\\sqrt\\kappa$: $\\beta^* = \\big((\\sqrt\\kappa-1)/(\\sqrt\\kappa+1)\\big)^2$.',
    },
    {
      value: ({ mu, L }) => (L / mu - 1) / (L / mu + 1),
      feedback: 'That is GD’s optimal rate $(\\kappa-1)/(\\kappa+1)$, not a momentum coefficient.',
    },
    {
      value: ({ mu, L }) => 1 - 1 / Math.sqrt(L / mu),
      feedback:
        'That is $1 - 1/\\sqrt\\kappa$, the rate of Nesterov’s textbook tuning. The heavy ball’s optimal $\\beta$ is $\\big((\\sqrt\\kappa-1)/(\\sqrt\\kappa+1)\\big)^2$.',
    },
  ],
  hints: [
    md`
Compute $\kappa = L/\mu$ first.
    `,
    md`
At the optimum every component's roots have modulus $\sqrt\beta$ (complex inside the spectrum, double roots at $\lambda = \mu$ and $\lambda = L$), and that rate is $(\sqrt\kappa - 1)/(\sqrt\kappa + 1)$.
    `,
  ],
  solution: (
    p,
  ) => md`$\kappa = L/\mu = ${p.L / p.mu}$, $\sqrt\kappa = ${Math.sqrt(p.L / p.mu)}$. The optimal rate is $\rho^* = (\sqrt\kappa-1)/(\sqrt\kappa+1) = ${opt(p).rate}$, and since an under-damped component contracts at $\sqrt\beta$,

$$\beta^* = \Big(\frac{\sqrt\kappa-1}{\sqrt\kappa+1}\Big)^2 = ${opt(p).beta}.$$

The matching learning rate is $\eta^* = 4/(\sqrt L + \sqrt\mu)^2 = ${opt(p).lr}$ (\`optimalParameters('heavyBall', ${p.mu}, ${p.L})\`).`,
});
