import { adagrad } from '@descent/optim';
import { applySteps, defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  lr: number;
  g: number;
}
// |θ_t − θ_{t−1}| measured by running AdaGrad itself (ε = 0) for t updates.
const stepAt =
  ({ lr, g }: P) =>
  (v: Readonly<Record<string, number>>) => {
    const t = Math.round(v.t);
    const path = applySteps(adagrad({ lr, eps: 0 }), [0], () => [g], t);
    return Math.abs(path[t][0] - path[t - 1][0]);
  };
const variables = [{ name: 't', tex: 't', min: 1, max: 300, integer: true }] as const;

export default defineProblem<P>({
  id: 'adagrad-decay-expression',
  lesson: 'adaptive-methods',
  title: 'AdaGrad’s effective step with a constant gradient',
  params: (rng) => ({ lr: rng.pick([0.1, 0.5, 1]), g: rng.pick([2, 3, 0.5, 4, -2]) }),
  prompt: ({ lr, g }) =>
    md`AdaGrad (with $\varepsilon = 0$) updates $s_t = s_{t-1} + g_t^2$ and $\theta_t = \theta_{t-1} - \eta\, g_t/\sqrt{s_t}$, from $s_0 = 0$. Suppose the gradient is $g_t = ${g}$ at every step and $\eta = ${lr}$. **Write the size of the $t$-th update, $|\theta_t - \theta_{t-1}|$, as an expression in \`t\`.**`,
  answer: {
    kind: 'expression',
    variables,
    value: stepAt,
    tex: ({ lr }) => `${lr}/\\sqrt{t}`,
    typed: ({ lr }) => `${lr}/sqrt(t)`,
    label: 'Step size at update t',
  },
  mistakes: [
    {
      value:
        ({ lr }) =>
        (v) =>
          lr / v.t,
      feedback:
        'That decays like $1/t$. The accumulator $s_t$ grows like $t$, and the step divides by its *square root*.',
    },
    {
      value:
        ({ lr, g }) =>
        (v) =>
          (lr * Math.abs(g)) / Math.sqrt(v.t),
      feedback: 'The gradient’s size cancels: $|g|/\\sqrt{t g^2} = 1/\\sqrt t$.',
    },
    {
      value:
        ({ lr }) =>
        () =>
          lr,
      feedback: 'That is the first step only. AdaGrad’s steps shrink as $s_t$ accumulates.',
    },
  ],
  hints: [
    ({ g }) => md`With a constant gradient, $s_t = t \cdot ${g * g}$.`,
    md`
$|g|/\sqrt{t g^2} = 1/\sqrt{t}$.
    `,
  ],
  solution: ({ lr, g }) => md`$s_t = t\,g^2 = ${g * g}\,t$, so

$$|\theta_t - \theta_{t-1}| = \eta\,\frac{|g|}{\sqrt{t g^2}} = \frac{${lr}}{\sqrt t}.$$

Type it as \`${lr}/sqrt(t)\` (or \`${lr}*t^(-1/2)\`). The step never stops shrinking, even when the gradient does not: the reason RMSProp replaces the sum with a moving average.`,
});
