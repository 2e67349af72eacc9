import { sgd } from '@descent/optim';
import { applySteps, defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  lr1: number;
  lr2: number;
  beta: number;
  g1: number;
  g2: number;
}
// η₁ for update 1, η₂ for update 2 (schedule(t) with t = updates already applied).
const both = ({ lr1, lr2, beta, g1, g2 }: P): [number, number] => {
  const lr = (t: number) => (t === 0 ? lr1 : lr2);
  const grad = (_x: unknown, t: number) => [t === 1 ? g1 : g2];
  const pt = applySteps(sgd({ lr, momentum: beta }), [0], grad, 2)[2][0];
  const inside = applySteps(sgd({ lr, momentum: beta, lrInsideMomentum: true }), [0], grad, 2)[2][0];
  return [pt, inside];
};

export default defineProblem<P>({
  id: 'momentum-lr-change',
  lesson: 'momentum',
  title: 'A learning-rate drop in two momentum conventions',
  params: (rng) => ({
    lr1: rng.pick([0.1, 0.5, 1]),
    lr2: rng.pick([0.01, 0.05]),
    beta: rng.pick([0.5, 0.8, 0.9]),
    g1: rng.pick([1, 2, -1]),
    g2: rng.pick([1, 3, -2]),
  }),
  prompt: ({ lr1, lr2, beta, g1, g2 }) =>
    md`Start at $\theta_0 = 0$ with $\beta = ${beta}$. Update 1 uses $\eta_1 = ${lr1}$ and gradient $g_1 = ${g1}$; update 2 uses $\eta_2 = ${lr2}$ and $g_2 = ${g2}$. **What is $\theta_2$** (a) in PyTorch's convention, $b_t = \beta b_{t-1} + g_t$ ($b_1 = g_1$), $\theta_t = \theta_{t-1} - \eta_t b_t$, and (b) with the learning rate inside, $v_t = \beta v_{t-1} + \eta_t g_t$ ($v_0 = 0$), $\theta_t = \theta_{t-1} - v_t$? Answer as [a, b].`,
  answer: { kind: 'vector', length: 2, value: both, sigFigs: 4, label: '[PyTorch θ₂, lr-inside θ₂]' },
  mistakes: [
    {
      value: (p) => {
        const [a, b] = both(p);
        return [b, a];
      },
      feedback:
        'Swapped: PyTorch multiplies the whole buffer, old gradient included, by the new $\\eta_2$; the lr-inside form keeps $\\eta_1 g_1$ in its velocity.',
    },
    {
      value: (p) => {
        const [a] = both(p);
        return [a, a];
      },
      feedback:
        'The two forms agree only while the learning rate is constant. In the lr-inside form the old gradient keeps its old rate: $v_2 = \\beta\\eta_1 g_1 + \\eta_2 g_2$.',
    },
    {
      value: (p) => [-(p.lr1 * p.g1 + p.lr2 * p.g2), -(p.lr1 * p.g1 + p.lr2 * p.g2)],
      feedback:
        'That is plain SGD without momentum: both conventions add $\\beta$ times the previous buffer at update 2.',
    },
  ],
  hints: [
    md`
Update 1 is the same in both: $\theta_1 = -\eta_1 g_1$.
    `,
    md`
Update 2: PyTorch steps $\eta_2(\beta g_1 + g_2)$; the other form steps $\beta\eta_1 g_1 + \eta_2 g_2$.
    `,
  ],
  solution: (p) => {
    const [a, b] = both(p);
    const t1 = -p.lr1 * p.g1;
    return md`Update 1 (both): $\theta_1 = -${p.lr1}\cdot ${p.g1} = ${t1}$.

(a) PyTorch: $b_2 = ${p.beta}\cdot ${p.g1} + ${p.g2} = ${p.beta * p.g1 + p.g2}$, so $\theta_2 = ${t1} - ${p.lr2}\cdot ${p.beta * p.g1 + p.g2} = ${a}$.

(b) lr inside: $v_2 = ${p.beta}\cdot ${p.lr1 * p.g1} + ${p.lr2}\cdot ${p.g2} = ${p.beta * p.lr1 * p.g1 + p.lr2 * p.g2}$, so $\theta_2 = ${t1} - ${p.beta * p.lr1 * p.g1 + p.lr2 * p.g2} = ${b}$.

They differ by $(\eta_2 - \eta_1)\beta g_1 = ${b - a}$ (lr inside minus PyTorch): PyTorch rescaled the remembered gradient by the new rate. (Computed with \`sgd({ lr, momentum: ${p.beta} })\` and \`lrInsideMomentum: true\`.)`;
  },
});
