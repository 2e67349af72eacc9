import { leastSquares, sgd } from '@descent/optim';
import { applySteps, defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P { w0: number[]; x: number[]; y: number; lr: number; residual: number }

const step = ({ w0, x, y, lr }: P) => {
  const f = leastSquares({ X: [x], y: [y], l2: 0 });
  return applySteps(sgd({ lr }), w0, (w) => Array.from(f.gradI(0, w)), 1)[1];
};
// Moving up the gradient instead: w₀ + α∇fᵢ = 2w₀ − (w₀ − α∇fᵢ).
const ascent = (p: P) => step(p).map((wi, j) => 2 * p.w0[j] - wi);

export default defineProblem<P>({
  id: 'sgd-least-squares-step',
  lesson: 'sgd',
  title: 'One SGD step on least squares',
  params: (rng) => {
    for (;;) {
      const w0 = [rng.pick([-1, 0, 0.5, 1]), rng.pick([-0.5, 0, 1, 2])];
      const x = [rng.pick([1, 2, -1]), rng.pick([1, -2, 3])];
      const y = rng.pick([-1, 1, 2, 3]);
      const residual = x[0] * w0[0] + x[1] * w0[1] - y;
      // A zero residual gives a zero gradient, and then every listed mistake equals the answer.
      // With x = (1, 1) "residual without x" would equal the key.
      if (residual !== 0 && !(x[0] === 1 && x[1] === 1)) return { w0, x, y, lr: rng.pick([0.05, 0.1]), residual };
    }
  },
  prompt: ({ w0, x, y, lr }) => md`SGD samples the example $(x_i, y_i)$ with $x_i = (${x[0]}, ${x[1]})$ and $y_i = ${y}$, whose loss is $f_i(w) = \tfrac12 (x_i^\top w - y_i)^2$. From $w_0 = (${w0[0]}, ${w0[1]})$ with step $\alpha = ${lr}$, **what is $w_1$?** Enter both coordinates, e.g. \`[0.5, -1]\`.`,
  answer: { kind: 'vector', length: 2, value: (p) => step(p), rtol: 1e-6, atol: 1e-9, label: 'w₁ (two numbers)' },
  mistakes: [
    { value: ascent, feedback: 'You moved *up* the gradient. SGD steps against it: $w_1 = w_0 - \\alpha\\nabla f_i(w_0)$.' },
    { value: ({ w0, x, residual }) => [w0[0] - residual * x[0], w0[1] - residual * x[1]], feedback: 'You took a full gradient step without the step size $\\alpha$.' },
    { value: ({ w0, residual, lr }) => [w0[0] - lr * residual, w0[1] - lr * residual], feedback: 'The gradient of $\\tfrac12(x^\\top w - y)^2$ is the residual times $x_i$, not the residual alone.' },
  ],
  hints: [
    md`$\nabla f_i(w) = (x_i^\top w - y_i)\,x_i$: the residual times the input.`,
    ({ residual }) => md`At $w_0$ the residual is $x_i^\top w_0 - y_i = ${residual}$.`,
  ],
  solution: (p) => {
    const [a, b] = step(p);
    return md`The residual at $w_0$ is $r = x_i^\top w_0 - y_i = ${p.residual}$, so $\nabla f_i(w_0) = r\,x_i = (${p.residual * p.x[0]}, ${p.residual * p.x[1]})$. Then

$$w_1 = w_0 - \alpha\nabla f_i(w_0) = (${p.w0[0]}, ${p.w0[1]}) - ${p.lr}\,(${p.residual * p.x[0]}, ${p.residual * p.x[1]}) = (${a}, ${b}).$$

(Computed with \`sgd({ lr: ${p.lr} })\` on \`leastSquares\` from \`@descent/optim\`.)`;
  },
});
