import { leastSquares, sgd } from '@descent/optim';
import { applySteps, defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  theta0: number[];
  x: number[];
  y: number;
  lr: number;
  residual: number;
}

const step = ({ theta0, x, y, lr }: P) => {
  const f = leastSquares({ X: [x], y: [y], l2: 0 });
  return applySteps(sgd({ lr }), theta0, (theta) => Array.from(f.gradI(0, theta)), 1)[1];
};
// Moving up the gradient instead: θ₀ + η∇fᵢ = 2θ₀ − (θ₀ − η∇fᵢ).
const ascent = (p: P) => step(p).map((v, j) => 2 * p.theta0[j] - v);

export default defineProblem<P>({
  id: 'sgd-least-squares-step',
  lesson: 'sgd',
  title: 'One SGD step on least squares',
  params: (rng) => {
    for (;;) {
      const theta0 = [rng.pick([-1, 0, 0.5, 1]), rng.pick([-0.5, 0, 1, 2])];
      const x = [rng.pick([1, 2, -1]), rng.pick([1, -2, 3])];
      const y = rng.pick([-1, 1, 2, 3]);
      const residual = x[0] * theta0[0] + x[1] * theta0[1] - y;
      // A zero residual gives a zero gradient, and then every listed mistake equals the answer.
      // With x = (1, 1) "residual without x" would equal the key.
      if (residual !== 0 && !(x[0] === 1 && x[1] === 1))
        return { theta0, x, y, lr: rng.pick([0.05, 0.1]), residual };
    }
  },
  prompt: ({ theta0, x, y, lr }) =>
    md`SGD samples the example $(x_i, y_i)$ with $x_i = (${x[0]}, ${x[1]})$ and $y_i = ${y}$, whose loss is $f_i(\theta) = \tfrac12 (x_i^\top \theta - y_i)^2$. From $\theta_0 = (${theta0[0]}, ${theta0[1]})$ with learning rate $\eta = ${lr}$, **what is $\theta_1$?** Enter both coordinates, e.g. \`[0.5, -1]\`.`,
  answer: { kind: 'vector', length: 2, value: (p) => step(p), sigFigs: 3, label: 'θ₁ (two numbers)' },
  mistakes: [
    {
      value: ascent,
      feedback:
        'You moved *up* the gradient. SGD steps against it: $\\theta_1 = \\theta_0 - \\eta\\nabla f_i(\\theta_0)$.',
    },
    {
      value: ({ theta0, x, residual }) => [theta0[0] - residual * x[0], theta0[1] - residual * x[1]],
      feedback:
        'You took a step of size 1: the learning rate $\\eta$ is missing from $\\theta_1 = \\theta_0 - \\eta\\nabla f_i(\\theta_0)$.',
    },
    {
      value: ({ theta0, residual, lr }) => [theta0[0] - lr * residual, theta0[1] - lr * residual],
      feedback:
        'The gradient of $\\tfrac12(x_i^\\top \\theta - y_i)^2$ is the residual times $x_i$, not the residual alone.',
    },
  ],
  hints: [
    md`
$\nabla f_i(\theta) = (x_i^\top \theta - y_i)\,x_i$: the residual times the input.
    `,
    ({ residual }) => md`At $\theta_0$ the residual is $x_i^\top \theta_0 - y_i = ${residual}$.`,
  ],
  solution: (p) => {
    const [a, b] = step(p);
    return md`The residual at $\theta_0$ is $r = x_i^\top \theta_0 - y_i = ${p.residual}$, so $\nabla f_i(\theta_0) = r\,x_i = (${p.residual * p.x[0]}, ${p.residual * p.x[1]})$. Then

$$\theta_1 = \theta_0 - \eta\nabla f_i(\theta_0) = (${p.theta0[0]}, ${p.theta0[1]}) - ${p.lr}\,(${p.residual * p.x[0]}, ${p.residual * p.x[1]}) = (${a}, ${b}).$$

(Computed with \`sgd({ lr: ${p.lr} })\` on \`leastSquares\` from \`@descent/optim\`.)`;
  },
});
