import { l2EquivalentDecay } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

interface P {
  lambda: number;
  lr0: number;
  drop: number;
  t: number;
}
/** η_t: lr0 for updates t ≤ drop, lr0/10 after. */
const etaAt = (p: P, t: number) => (t <= p.drop ? p.lr0 : p.lr0 / 10);

export default defineProblem<P>({
  id: 'sgd-l2-equivalent-schedule',
  lesson: 'adamw',
  title: 'The L2 coefficient that matches decoupled SGD after an lr drop',
  params: (rng) => {
    const drop = rng.pick([100, 500, 1000]);
    return {
      lambda: rng.pick([1e-4, 5e-4, 2e-3]),
      lr0: rng.pick([0.05, 0.1, 0.2, 0.5]),
      drop,
      t: drop + rng.pick([1, 7, 50]),
    };
  },
  prompt: ({
    lambda,
    lr0,
    drop,
    t,
  }) => md`SGD with decoupled weight decay in Loshchilov & Hutter's convention takes steps $\theta_t = (1 - \lambda)\,\theta_{t-1} - \eta_t\nabla f_t(\theta_{t-1})$ with $\lambda = ${lambda}$. Its learning rate is $\eta_t = ${lr0}$ for updates $t \le ${drop}$ and $\eta_t = ${lr0 / 10}$ for $t > ${drop}$.

You want \`torch.optim.SGD(lr=η_t, weight_decay=λ′)\` — SGD on $f + \tfrac{\lambda'}{2}\lVert\theta\rVert^2$ — to take **exactly the same step at update $t = ${t}$**. **What must $\lambda'$ be at that update?**`,
  answer: {
    kind: 'number',
    value: (p) => l2EquivalentDecay({ convention: 'per-step', lr: etaAt(p, p.t), weightDecay: p.lambda }),
    sigFigs: 3,
    label: 'λ′ at that update',
  },
  mistakes: [
    {
      value: (p) => p.lambda / p.lr0,
      feedback:
        "That matches the steps *before* the drop. The equivalence $\\lambda' = \\lambda/\\eta_t$ must use the learning rate of this update, which is ten times smaller.",
    },
    {
      value: (p) => p.lambda,
      feedback:
        "$\\lambda' = \\lambda$ holds for PyTorch’s lr-scaled decay $\\theta(1 - \\eta\\lambda)$; here the decay $1 - \\lambda$ is not multiplied by $\\eta_t$.",
    },
    {
      value: (p) => p.lambda * etaAt(p, p.t),
      feedback:
        "Match the shrink factors: SGD + L2 shrinks by $1 - \\eta_t\\lambda'$, so $\\eta_t\\lambda' = \\lambda$ and you divide by $\\eta_t$, not multiply.",
    },
  ],
  hints: [
    md`
Expand one SGD + L2 step: $\theta_{t-1} - \eta_t(\nabla f_t + \lambda'\theta_{t-1}) = (1 - \eta_t\lambda')\,\theta_{t-1} - \eta_t\nabla f_t$.
    `,
    ({ drop, t }) => md`Update $t = ${t}$ comes after update ${drop}, so it uses the reduced learning rate.`,
  ],
  solution: (p) => {
    const eta = etaAt(p, p.t);
    const key = l2EquivalentDecay({ convention: 'per-step', lr: eta, weightDecay: p.lambda });
    return md`SGD + L2 shrinks by $1 - \eta_t\lambda'$ and the decoupled step by $1 - \lambda$; the gradient parts are the same. So $\eta_t\lambda' = \lambda$. At update $t = ${p.t} > ${p.drop}$ the learning rate is $\eta_t = ${eta}$:

$$\lambda' = \frac{\lambda}{\eta_t} = \frac{${p.lambda}}{${eta}} = ${key}.$$

Before the drop it was $${p.lambda}/${p.lr0} = ${p.lambda / p.lr0}$: in this convention the equivalent L2 coefficient has to grow tenfold when the learning rate drops. (Computed with \`l2EquivalentDecay\` from \`@descent/optim\`.)`;
  },
});
