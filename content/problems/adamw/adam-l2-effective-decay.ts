import { adamL2EffectiveDecay } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  lr: number;
  wd: number;
  vHat: number;
}

export default defineProblem<P>({
  id: 'adam-l2-effective-decay',
  lesson: 'adamw',
  title: 'The decay a weight really gets from Adam + L2',
  params: (rng) => {
    for (;;) {
      const p = {
        lr: rng.pick([1e-3, 3e-4, 1e-2]),
        wd: rng.pick([0.01, 0.05, 0.1]),
        vHat: rng.pick([400, 2500, 1e-4, 0.04, 9e4]),
      };
      // η = √v̂ would make "divided by v̂" and "forgot η" the same number: keep every slip apart.
      const vals = [
        adamL2EffectiveDecay({ lr: p.lr, weightDecay: p.wd, vHat: p.vHat }),
        p.lr * p.wd,
        (p.lr * p.wd) / p.vHat,
        p.wd / Math.sqrt(p.vHat),
      ];
      if (vals.every((a, i) => vals.every((b, j) => i === j || Math.abs(a - b) > 0.01 * Math.max(a, b))))
        return p;
    }
  },
  prompt: ({
    lr,
    wd,
    vHat,
  }) => md`A weight is trained with \`torch.optim.Adam(lr=${lr}, weight_decay=${wd}, betas=(0, 0.999))\` — coupled L2 with $\lambda = ${wd}$, and $\beta_1 = 0$ so that $\hat m_t$ is the current gradient including $\lambda\theta$. At the current update its bias-corrected second moment is $\hat v_t = ${vHat}$ ($\varepsilon = 10^{-8}$).

The update removes a fraction $c$ of $\theta_{t-1}$ because of the L2 term (the rest of the step comes from the loss gradient). **What is $c$?** (AdamW with the same numbers would remove $\eta\lambda = ${lr * wd}$.)`,
  answer: {
    kind: 'number',
    value: ({ lr, wd, vHat }) => adamL2EffectiveDecay({ lr, weightDecay: wd, vHat }),
    sigFigs: 3,
    label: 'Fraction c removed per update',
  },
  mistakes: [
    {
      value: ({ lr, wd }) => lr * wd,
      feedback:
        'That is AdamW’s decay. With L2 the term $\\lambda\\theta$ goes through Adam’s normalisation and is divided by $\\sqrt{\\hat v_t} + \\varepsilon$.',
    },
    {
      value: ({ lr, wd, vHat }) => (lr * wd) / vHat,
      feedback: 'Adam divides by the *square root* of $\\hat v_t$, not by $\\hat v_t$.',
    },
    {
      value: ({ wd, vHat }) => wd / Math.sqrt(vHat),
      feedback:
        'The step is still multiplied by the learning rate: $c = \\eta\\lambda/(\\sqrt{\\hat v_t} + \\varepsilon)$.',
    },
  ],
  hints: [
    md`
With $\beta_1 = 0$ the step is $\eta\,(g_t + \lambda\theta_{t-1})/(\sqrt{\hat v_t} + \varepsilon)$. Which part of it is proportional to $\theta_{t-1}$?
    `,
    ({ vHat }) => md`$\sqrt{\hat v_t} = ${Math.sqrt(vHat)}$.`,
  ],
  solution: ({ lr, wd, vHat }) => {
    const c = adamL2EffectiveDecay({ lr, weightDecay: wd, vHat });
    return md`The step is $\eta(g_t + \lambda\theta_{t-1})/(\sqrt{\hat v_t}+\varepsilon)$, and its $\theta$ part removes

$$c = \frac{\eta\lambda}{\sqrt{\hat v_t} + \varepsilon} = \frac{${lr} \cdot ${wd}}{${Math.sqrt(vHat)} + 10^{-8}} = ${c},$$

which is ${c / (lr * wd)} times AdamW's $\eta\lambda = ${lr * wd}$. Large gradients (large $\hat v$) mean weak regularisation, small ones strong. (Computed with \`adamL2EffectiveDecay\` from \`@descent/optim\`.)`;
  },
});
