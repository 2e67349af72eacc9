import { mlp } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  h1: number;
  h2: number;
}
const sizesOf = ({ h1, h2 }: P) => [2, h1, h2, 1];

export default defineProblem<P>({
  id: 'capstone-parameter-count',
  lesson: 'capstone',
  title: 'How many parameters does the network have?',
  params: (rng) => ({ h1: rng.pick([3, 4, 5, 6, 8, 10, 12]), h2: rng.pick([2, 3, 4, 6, 8]) }),
  prompt: (p) =>
    md`The playground's network has 2 inputs, a hidden layer of $${p.h1}$ units, a second hidden layer of $${p.h2}$ units and one output unit; every layer is fully connected and every non-input unit has a bias. **How many parameters (weights and biases) does $\theta$ hold?**`,
  answer: {
    kind: 'number',
    value: (p) => mlp({ sizes: sizesOf(p) }).size,
    atol: 0.5,
    label: 'Number of parameters',
  },
  mistakes: [
    {
      value: ({ h1, h2 }) => 2 * h1 + h1 * h2 + h2,
      feedback: 'You counted the weights only. Each of the $h_1 + h_2 + 1$ non-input units also has a bias.',
    },
    {
      value: ({ h1, h2 }) => 2 * h1 + h1 * h2 + h2 + h1 + h2,
      feedback: 'The output unit has a bias too: add 1.',
    },
    {
      value: ({ h1, h2 }) => 2 + h1 + h2 + 1,
      feedback:
        'That counts units, not parameters. A fully connected layer from $m$ to $k$ units has $m k$ weights and $k$ biases.',
    },
  ],
  hints: [
    md`
A fully connected layer from $m$ units to $k$ units has an $k \times m$ weight matrix and $k$ biases: $mk + k$ parameters.
    `,
    ({ h1, h2 }) => md`Add the three layers: $2 \to ${h1}$, $${h1} \to ${h2}$, $${h2} \to 1$.`,
  ],
  solution: ({ h1, h2 }) => md`Layer by layer, weights plus biases:

$$(2 \cdot ${h1} + ${h1}) + (${h1} \cdot ${h2} + ${h2}) + (${h2} \cdot 1 + 1) = ${3 * h1} + ${h1 * h2 + h2} + ${h2 + 1} = ${3 * h1 + h1 * h2 + 2 * h2 + 1}.$$

This is \`mlp({ sizes: [2, ${h1}, ${h2}, 1] }).size\`. The TensorFlow Playground's default 2-4-2-1 network has 25.`,
});
