import { applyUpdates, lamb } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';
import { distinctOrNaN } from '../../../src/lib/problems/distinct.ts';

export interface P {
  theta: [number, number, number];
  g: [number, number, number];
  lr: number;
  wd: number;
}
const TOL = { sigFigs: 3 } as const;
const norm = (x: readonly number[]) => Math.hypot(...x);
/** ‖θ₁ − θ₀‖ of LAMB's first update on one layer, by the package's `lamb`. */
const stepNorm = (p: P) => {
  const theta = Float64Array.from(p.theta);
  const tx = lamb({ lr: p.lr, weightDecay: p.wd });
  const next = applyUpdates(theta, tx.update(Float64Array.from(p.g), tx.init(theta), theta).updates);
  return norm(Array.from(next, (x, i) => x - theta[i]));
};

export default defineProblem<P>({
  id: 'lamb-step-size',
  lesson: 'beyond-adamw',
  title: 'How far LAMB moves a layer',
  params: (rng) => {
    const s = () => rng.pick([-1, 1]);
    return {
      theta: [s() * rng.pick([1, 2, 4]), s() * rng.pick([2, 3]), s() * rng.pick([0.5, 6])] as [
        number,
        number,
        number,
      ],
      g: [s() * rng.pick([0.01, 0.2]), s() * rng.pick([5, 30]), s() * rng.pick([0.003, 1])] as [
        number,
        number,
        number,
      ],
      lr: rng.pick([1e-3, 2e-3, 5e-3]),
      wd: rng.pick([0, 0.01, 0.1]),
    };
  },
  prompt: ({ theta, g, lr, wd }) =>
    md`A layer's weights are $\theta_0 = (${theta[0]}, ${theta[1]}, ${theta[2]})$ and its first gradient is $g_1 = (${g[0]}, ${g[1]}, ${g[2]})$. LAMB takes its first update with $\eta = ${lr}$, $\lambda = ${wd}$, PyTorch-style $\beta_1 = 0.9$, $\beta_2 = 0.999$, $\varepsilon = 10^{-6}$, bias correction on and the scaling function $\phi$ the identity. **How far does the layer move, $\lVert\theta_1 - \theta_0\rVert_2$?**`,
  answer: { kind: 'number', value: stepNorm, ...TOL, label: '‖θ₁ − θ₀‖' },
  mistakes: [
    {
      value: (p) => distinctOrNaN(p.lr * Math.sqrt(3), TOL, stepNorm(p)),
      feedback:
        'That is the size of Adam’s first step, $\\eta\\lVert r_1\\rVert = \\eta\\sqrt 3$. LAMB divides the direction by its own norm and multiplies by $\\lVert\\theta\\rVert$.',
    },
    {
      value: (p) => distinctOrNaN(p.lr, TOL, stepNorm(p), p.lr * Math.sqrt(3)),
      feedback:
        'The direction is normalised, but then scaled by the trust ratio’s numerator $\\phi(\\lVert\\theta_0\\rVert) = \\lVert\\theta_0\\rVert$.',
    },
    {
      value: (p) => distinctOrNaN(p.lr * norm(p.g), TOL, stepNorm(p), p.lr * Math.sqrt(3), p.lr),
      feedback:
        'The gradient’s size does not survive: Adam normalises it and the trust ratio normalises the result again.',
    },
  ],
  hints: [
    md`
The layer moves by $\eta\,\dfrac{\phi(\lVert\theta_0\rVert)}{\lVert r_1 + \lambda\theta_0\rVert}\,(r_1 + \lambda\theta_0)$. What is the norm of a vector divided by its own norm?
    `,
    ({ theta }) => md`$\lVert\theta_0\rVert = ${norm(theta)}$.`,
  ],
  solution: (p) =>
    md`Whatever $r_1 + \lambda\theta_0$ is, dividing it by its norm leaves a unit vector, which the trust ratio scales by $\phi(\lVert\theta_0\rVert) = \lVert\theta_0\rVert$ and the learning rate by $\eta$:

$$\lVert\theta_1 - \theta_0\rVert = \eta\,\lVert\theta_0\rVert = ${p.lr} \cdot ${norm(p.theta)} = ${stepNorm(p)}.$$

Neither the gradient nor $\lambda$ changes how far the layer moves, only the direction: every layer moves by the same fraction $\eta$ of its weight norm. (Computed by running \`lamb\` from \`@descent/optim\`.)`,
});
