import { adam, adamw } from '@descent/optim';
import { applySteps, defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P { x0: number; g: number; lr: number; wd: number }
const oneStep = (p: P, decoupled: boolean) =>
  applySteps(decoupled ? adamw({ lr: p.lr, weightDecay: p.wd }) : adam({ lr: p.lr, weightDecay: p.wd }), [p.x0], () => [p.g], 1)[1][0];
const both = (p: P) => [oneStep(p, true), oneStep(p, false)];

export default defineProblem<P>({
  id: 'adamw-vs-adam-l2',
  lesson: 'adamw',
  title: 'AdamW versus Adam with L2, one step',
  params: (rng) => {
    for (;;) {
      const p = { x0: rng.pick([1, 2, -1.5, 4]), g: rng.pick([0.5, -2, 3, -0.25]), lr: rng.pick([0.1, 0.05]), wd: rng.pick([0.1, 0.5, 1]) };
      // When the two optimizers happen to land on the same value, "swapped" would be correct too.
      const [w, l2] = both(p);
      if (Math.abs(w - l2) > 1e-3) return p;
    }
  },
  prompt: ({ x0, g, lr, wd }) => md`A single weight $\theta_0 = ${x0}$ has loss gradient $g_1 = ${g}$. Take **one** step with learning rate $\gamma = ${lr}$ and decay $\lambda = ${wd}$ (PyTorch defaults otherwise), with

- **AdamW**: $\theta \leftarrow \theta(1 - \gamma\lambda)$, then the Adam step on $g_1$;
- **Adam + L2**: the Adam step on $g_1 + \lambda\theta_0$.

Recall that Adam's first step is $-\gamma\,\hat m_1/(\sqrt{\hat v_1}+\varepsilon) \approx -\gamma\,\operatorname{sign}(\text{its gradient})$. **Enter $[\theta_1^{\text{AdamW}}, \theta_1^{\text{Adam+L2}}]$.**`,
  answer: { kind: 'vector', length: 2, value: both, rtol: 1e-5, atol: 1e-7, label: 'θ₁ for AdamW, then Adam + L2' },
  mistakes: [
    { value: (p) => [oneStep(p, false), oneStep(p, true)], feedback: 'The two values are swapped: AdamW first, then Adam + L2.' },
    { value: (p) => [p.x0 - p.lr * Math.sign(p.g), oneStep(p, false)], feedback: 'AdamW’s decay also shrinks the weight: $\\theta_0(1-\\gamma\\lambda)$ before the Adam step.' },
    { value: (p) => [oneStep(p, true), p.x0 * (1 - p.lr * p.wd) - p.lr * Math.sign(p.g + p.wd * p.x0)], feedback: 'For Adam + L2 the decay term goes *into the gradient* and is then normalised away; there is no separate shrink factor.' },
  ],
  hints: [
    md`Adam's first step has size $\gamma$ in the direction opposite to the sign of the gradient it sees.`,
    ({ x0, g, wd }) => md`Adam + L2 sees $g_1 + \lambda\theta_0 = ${g + wd * x0}$; AdamW sees $g_1 = ${g}$ and separately multiplies $\theta_0$ by $1 - \gamma\lambda$.`,
  ],
  solution: (p) => {
    const [w, l2] = both(p);
    return md`**AdamW:** $\theta_0(1-\gamma\lambda) = ${p.x0} \cdot ${1 - p.lr * p.wd} = ${p.x0 * (1 - p.lr * p.wd)}$, then the Adam step $-\gamma\,\operatorname{sign}(${p.g})$: $\theta_1 = ${w}$.

**Adam + L2:** the gradient becomes $${p.g} + ${p.wd} \cdot ${p.x0} = ${p.g + p.wd * p.x0}$; Adam normalises it to size $\gamma$: $\theta_1 = ${p.x0} - ${p.lr}\,\operatorname{sign}(${p.g + p.wd * p.x0}) = ${l2}$.

With L2 the decay only enters through the sign of a normalised gradient, so it is divided by $\sqrt{\hat v}$ and can vanish; AdamW applies it in full. (Computed with \`adamw\` and \`adam({ weightDecay })\` from \`@descent/optim\`.)`;
  },
});
