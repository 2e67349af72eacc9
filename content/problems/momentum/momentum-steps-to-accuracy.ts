import { optimalParameters, stepsToAccuracy } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  kappa: number;
  digits: number;
}
const steps = (method: 'gd' | 'heavyBall', { kappa, digits }: P) =>
  stepsToAccuracy(optimalParameters(method, 1, kappa).rate, 10 ** -digits);

export default defineProblem<P>({
  id: 'momentum-steps-to-accuracy',
  lesson: 'momentum',
  title: 'How many steps does the heavy ball save?',
  params: (rng) => ({ kappa: rng.pick([25, 100, 400, 2500, 10000]), digits: rng.pick([4, 6, 8]) }),
  prompt: ({ kappa, digits }) =>
    md`On a quadratic with condition number $\kappa = ${kappa}$, GD and the heavy ball run with their optimal parameters, so their errors shrink by $\rho_{\text{GD}} = (\kappa-1)/(\kappa+1)$ and $\rho_{\text{HB}} = (\sqrt\kappa-1)/(\sqrt\kappa+1)$ per step. **How many steps does each need before $\rho^k \le 10^{-${digits}}$?** Answer as [GD, heavy ball], whole numbers (±1 accepted).`,
  answer: {
    kind: 'vector',
    length: 2,
    value: (p) => [steps('gd', p), steps('heavyBall', p)],
    atol: 1,
    rtol: 1e-9,
    label: '[GD steps, heavy-ball steps]',
  },
  mistakes: [
    {
      value: (p) => [
        steps('gd', p),
        Math.ceil((p.digits * Math.log(10)) / -Math.log(optimalParameters('heavyBall', 1, p.kappa).beta)),
      ],
      feedback:
        'For the heavy ball you used $\\beta^*$ as the rate. The rate is $\\sqrt{\\beta^*} = (\\sqrt\\kappa-1)/(\\sqrt\\kappa+1)$, so it needs twice as many steps as that.',
    },
    {
      value: (p) => [
        Math.ceil(p.digits / -Math.log(optimalParameters('gd', 1, p.kappa).rate)),
        Math.ceil(p.digits / -Math.log(optimalParameters('heavyBall', 1, p.kappa).rate)),
      ],
      feedback:
        'Mixed logarithms: $10^{-d}$ has natural log $-d\\ln 10$, not $-d$. Use $k = d\\ln 10/\\ln(1/\\rho)$.',
    },
    {
      value: (p) => [steps('heavyBall', p), steps('gd', p)],
      feedback: 'Swapped: GD is the slow one. List GD first.',
    },
  ],
  hints: [
    md`
$\rho^k \le \varepsilon \iff k \ge \ln(1/\varepsilon)/\ln(1/\rho)$; round up.
    `,
    md`
$\ln(1/\rho) \approx 2/\kappa$ for GD and $\approx 2/\sqrt\kappa$ for the heavy ball.
    `,
  ],
  solution: (p) => md`With $\ln(10^{${p.digits}}) = ${p.digits * Math.log(10)}$:

- GD: $\rho = ${optimalParameters('gd', 1, p.kappa).rate}$, $k = \lceil ${p.digits * Math.log(10)} / ${-Math.log(optimalParameters('gd', 1, p.kappa).rate)} \rceil = ${steps('gd', p)}$;
- heavy ball: $\rho = ${optimalParameters('heavyBall', 1, p.kappa).rate}$, $k = \lceil ${p.digits * Math.log(10)} / ${-Math.log(optimalParameters('heavyBall', 1, p.kappa).rate)} \rceil = ${steps('heavyBall', p)}$.

The ratio is about $\sqrt\kappa = ${Math.sqrt(p.kappa)}$. (In a run the heavy ball needs a few more: at the optimum its extreme components are double roots, whose error carries a factor $t$.)`,
});
