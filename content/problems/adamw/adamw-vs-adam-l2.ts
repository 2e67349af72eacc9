import { adam, adamw } from '@descent/optim';
import { applySteps, defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  x0: number;
  g: number;
  lr: number;
  wd: number;
}
const oneStep = (p: P, decoupled: boolean) =>
  applySteps(
    decoupled ? adamw({ lr: p.lr, weightDecay: p.wd }) : adam({ lr: p.lr, weightDecay: p.wd }),
    [p.x0],
    () => [p.g],
    1,
  )[1][0];
const both = (p: P) => [oneStep(p, true), oneStep(p, false)];

export default defineProblem<P>({
  id: 'adamw-vs-adam-l2',
  lesson: 'adamw',
  title: 'AdamW versus Adam with L2, one step',
  params: (rng) => {
    for (;;) {
      const p = {
        x0: rng.pick([1, 2, -1.5, 4]),
        g: rng.pick([0.5, -2, 3, -0.25]),
        lr: rng.pick([0.1, 0.05]),
        wd: rng.pick([0.1, 0.5, 1]),
      };
      // g + λθ₀ = 0 gives Adam + L2 a zero gradient (its step is 0, not ±η): the hint's
      // "size η" would be wrong, so those variants are not drawn. When the two optimizers land
      // on the same value, "swapped" would be correct too: not drawn either.
      if (p.g + p.wd * p.x0 === 0) continue;
      const [w, l2] = both(p);
      if (Math.abs(w - l2) > 1e-2) return p;
    }
  },
  prompt: ({
    x0,
    g,
    lr,
    wd,
  }) => md`A single weight $\theta_0 = ${x0}$ has loss gradient $g_1 = ${g}$. Take **one** step from $m_0 = v_0 = 0$ with learning rate $\eta = ${lr}$ and \`weight_decay\` $\lambda = ${wd}$ (PyTorch's defaults otherwise: $\beta_1 = 0.9$, $\beta_2 = 0.999$, $\varepsilon = 10^{-8}$), with

- **AdamW** (\`torch.optim.AdamW\`): $\theta \leftarrow \theta(1 - \eta\lambda)$, then the Adam step on $g_1$;
- **Adam + L2** (\`torch.optim.Adam\`): the Adam step on $g_1 + \lambda\theta_0$.

Recall that Adam's first step is $-\eta\,\hat m_1/(\sqrt{\hat v_1}+\varepsilon) = -\eta\,u/(\lvert u\rvert + \varepsilon)$ for the gradient $u \ne 0$ it sees. **Enter $[\theta_1^{\text{AdamW}}, \theta_1^{\text{Adam+L2}}]$.**`,
  answer: { kind: 'vector', length: 2, value: both, sigFigs: 4, label: 'θ₁ for AdamW, then Adam + L2' },
  mistakes: [
    {
      value: (p) => [oneStep(p, false), oneStep(p, true)],
      feedback: 'The two values are swapped: AdamW first, then Adam + L2.',
    },
    {
      value: (p) => [p.x0 - p.lr * Math.sign(p.g), oneStep(p, false)],
      feedback: 'AdamW’s decay also shrinks the weight: $\\theta_0(1-\\eta\\lambda)$ before the Adam step.',
    },
    {
      value: (p) => [oneStep(p, true), p.x0 * (1 - p.lr * p.wd) - p.lr * Math.sign(p.g + p.wd * p.x0)],
      feedback:
        'For Adam + L2 the decay term goes *into the gradient* and is then normalised away; there is no separate shrink factor.',
    },
  ],
  hints: [
    md`
Adam's first step has size $\eta$ (up to $\varepsilon$), opposite to the sign of the gradient it sees.
    `,
    ({ x0, g, wd }) =>
      md`Adam + L2 sees $g_1 + \lambda\theta_0 = ${g + wd * x0}$; AdamW sees $g_1 = ${g}$ and separately multiplies $\theta_0$ by $1 - \eta\lambda$.`,
  ],
  solution: (p) => {
    const [w, l2] = both(p);
    const u = p.g + p.wd * p.x0;
    return md`**AdamW:** $\theta_0(1-\eta\lambda) = ${p.x0} \cdot ${1 - p.lr * p.wd} = ${p.x0 * (1 - p.lr * p.wd)}$, then the Adam step $-\eta\,\operatorname{sign}(g_1) = ${-p.lr * Math.sign(p.g)}$: $\theta_1 = ${w}$.

**Adam + L2:** the gradient becomes $${p.g} + ${p.wd} \cdot ${p.x0} = ${u}$; Adam normalises it to size $\eta$: $\theta_1 = ${p.x0} - ${p.lr} \cdot ${Math.sign(u)} = ${l2}$.

With L2 the decay only enters through the sign of a normalised gradient, so it is divided by $\sqrt{\hat v}$ and can vanish; AdamW applies it in full. (Computed with \`adamw\` and \`adam({ weightDecay })\` from \`@descent/optim\`.)`;
  },
});
