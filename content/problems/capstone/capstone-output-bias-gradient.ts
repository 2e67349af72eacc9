import { mlp } from '@descent/optim';
import { defineProblem, md, paren } from '../../../src/lib/problems/index.ts';

interface P {
  z: number[];
  y: number[];
}

/** ∂L/∂c for a one-input linear "network" z = 1·x + c with x = z_i, c = 0: the output bias gradient. */
function biasGrad({ z, y }: P): number {
  const net = mlp({ sizes: [1, 1], activation: 'linear', compile: false });
  return net.lossAndGradient(Float64Array.from([1, 0]), Float64Array.from(z), Float64Array.from(y)).grad[1];
}
const sig = (v: number) => 1 / (1 + Math.exp(-v));

export default defineProblem<P>({
  id: 'capstone-output-bias-gradient',
  lesson: 'capstone',
  title: 'The gradient reaching the output bias',
  params: (rng) => ({
    z: [rng.pick([-2, -1, 0, 0.5]), rng.pick([1, 2, -0.5]), rng.pick([0, 1.5, -1])],
    y: [rng.pick([0, 1]), rng.pick([0, 1]), rng.pick([0, 1])],
  }),
  prompt: (p) =>
    md`On a batch of three examples the network's output logits are $z = (${p.z.join(', ')})$ and the labels are $y = (${p.y.join(', ')})$. The loss is the mean logistic loss $L = \frac13 \sum_i \big(\log(1 + e^{z_i}) - y_i z_i\big)$, and the output unit computes $z_i = v^\top h_i + c$. **What is $\partial L / \partial c$?**`,
  answer: { kind: 'number', value: biasGrad, sigFigs: 3, label: '∂L/∂c' },
  mistakes: [
    {
      value: (p) => p.z.reduce((s, zi, i) => s + sig(zi) - p.y[i], 0),
      feedback: 'That is the sum over the batch. The loss is the *mean*, so divide by the batch size 3.',
    },
    {
      value: (p) => p.z.reduce((s, zi, i) => s + p.y[i] - sig(zi), 0) / 3,
      feedback:
        'Sign: $\\partial \\ell_i/\\partial z_i = \\sigma(z_i) - y_i$ (prediction minus label), not the reverse.',
    },
    {
      value: (p) => p.z.reduce((s, zi, i) => s + zi - p.y[i], 0) / 3,
      feedback:
        "That is the squared loss's $z_i - y_i$. For the logistic loss the residual is $\\sigma(z_i) - y_i$.",
    },
  ],
  hints: [
    md`
$\partial \ell_i/\partial z_i = \sigma(z_i) - y_i$, and $\partial z_i/\partial c = 1$.
    `,
    md`
Average over the three examples.
    `,
  ],
  solution: (p) => {
    const r = p.z.map((zi, i) => sig(zi) - p.y[i]);
    return md`Each example contributes $\sigma(z_i) - y_i$: $(${r[0]}, ${r[1]}, ${r[2]})$. The mean is

$$\frac{\partial L}{\partial c} = \tfrac13\big(${r[0]} + ${paren(r[1])} + ${paren(r[2])}\big) = ${biasGrad(p)}.$$

Backpropagation starts exactly here: $\delta = (\sigma(z) - y)/n$ is the error signal the package's \`mlp\` sends back through the layers.`;
  },
});
