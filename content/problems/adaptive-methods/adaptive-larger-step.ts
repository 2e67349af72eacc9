import { adaptiveStepSizes, rmsprop } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  a: number;
  b: number;
}
// RMSProp's step sizes after three updates with constant gradients a (θ₁) and b (θ₂), from its own state.
const etas = ({ a, b }: P) => {
  const tx = rmsprop({ lr: 0.01 });
  // The gradients do not depend on θ, so θ can stay where it is.
  const theta = Float64Array.of(0, 0);
  let s = tx.init(theta);
  for (let t = 0; t < 3; t++) s = tx.update(Float64Array.of(a, b), s, theta).state;
  return adaptiveStepSizes(0.01, s.rms.v, { eps: 1e-8 });
};

export default defineProblem<P>({
  id: 'adaptive-larger-step',
  lesson: 'adaptive-methods',
  title: 'Which parameter gets the larger step?',
  params: (rng) => {
    const a = rng.pick([0.01, 0.1, 5, 20]);
    const b = rng.pick([0.5, 2, 50, 100].filter((x) => x !== a));
    return { a, b };
  },
  prompt: ({ a, b }) =>
    md`RMSProp (PyTorch's defaults, $\eta = 0.01$) trains two parameters. For three updates $\theta_1$'s gradient is always $${a}$ and $\theta_2$'s is always $${b}$. **Which parameter has the larger step size** $\eta_{t,i} = \eta/(\sqrt{v_{t,i}} + \varepsilon)$ after the third update, and which one **moves further** in that update?`,
  answer: {
    kind: 'choice',
    options: ({ a, b }) => {
      const e = etas({ a, b });
      const larger = e[0] > e[1] ? 'θ₁' : 'θ₂';
      return [
        {
          id: 'small-grad',
          label: `${larger} (the smaller gradient) has the larger step size; both move about the same distance`,
          correct: true,
          feedback:
            'Right: $\\eta_{t,i} \\propto 1/|g_i|$, so the product $\\eta_{t,i}\\,|g_i|$ is the same for both.',
        },
        {
          id: 'large-grad',
          label: `${larger === 'θ₁' ? 'θ₂' : 'θ₁'} (the larger gradient) has the larger step size and moves further`,
          correct: false,
          feedback:
            'That is SGD’s intuition. RMSProp divides by the root of the average $g^2$, so a large gradient gets a *small* step size.',
        },
        {
          id: 'same-size',
          label: 'Both have the same step size; the one with the larger gradient moves further',
          correct: false,
          feedback:
            'Equal step sizes are SGD. Here $v_{t,i}$ is computed per parameter, so the step sizes differ by the ratio of the gradients.',
        },
        {
          id: 'small-moves',
          label: `${larger} has the larger step size and moves much further`,
          correct: false,
          feedback:
            'The step size is larger, but it multiplies a smaller gradient: $\\eta|g|/\\sqrt{v} = \\eta/\\sqrt{1-0.99^3}$ for both, whatever $|g|$.',
        },
      ];
    },
  },
  hints: [
    md`
With a constant gradient $g$, RMSProp's average is $v_t = (1 - 0.99^t)\,g^2$.
    `,
    md`
So $\eta_{t,i} = \eta/(|g_i|\sqrt{1-0.99^t})$ (ignoring $\varepsilon$), and the step is $\eta_{t,i}\,|g_i|$.
    `,
  ],
  solution: ({ a, b }) => {
    const e = etas({ a, b });
    return md`After three updates $v_{3,i} = (1-0.99^3)\,g_i^2 = 0.029701\,g_i^2$, so

$$\eta_{3,1} = \frac{0.01}{\sqrt{0.029701}\cdot ${a}} = ${e[0]}, \qquad \eta_{3,2} = \frac{0.01}{\sqrt{0.029701}\cdot ${b}} = ${e[1]}.$$

The parameter with the smaller gradient has the larger step size, by the factor $${Math.max(a, b) / Math.min(a, b)}$. Both move by $\eta_{3,i}|g_i| = 0.01/\sqrt{0.029701} = ${0.01 / Math.sqrt(0.029701)}$ (up to $\varepsilon$): the gradient's scale cancels. (Step sizes read from \`rmsprop\`'s state with \`adaptiveStepSizes\`.)`;
  },
});
