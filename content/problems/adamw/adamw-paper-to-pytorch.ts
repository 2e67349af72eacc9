import { defineProblem, md } from '../../../src/lib/problems/index.ts';

export interface P {
  /** The paper's decay per update, λ_paper (schedule multiplier χ_t = 1). */
  lambda: number;
}
const variables = [{ name: 'eta', tex: '\\eta', min: 1e-4, max: 1e-2 }] as const;

export default defineProblem<P>({
  id: 'adamw-paper-to-pytorch',
  lesson: 'adamw',
  title: 'From the paper’s decay to PyTorch’s weight_decay',
  params: (rng) => ({ lambda: rng.pick([1e-5, 2e-5, 5e-5, 1e-4]) }),
  prompt: ({ lambda }) =>
    md`Loshchilov & Hutter's AdamW (their Algorithm 2, with schedule multiplier $\chi_t = 1$) updates
$$\theta_t = \theta_{t-1} - \Big(\eta\,\frac{\hat m_t}{\sqrt{\hat v_t} + \varepsilon} + \lambda_{\text{paper}}\,\theta_{t-1}\Big), \qquad \lambda_{\text{paper}} = ${lambda}.$$
You want exactly the same run with \`torch.optim.AdamW(params, lr=eta, weight_decay=…)\`, which updates $\theta_t = \theta_{t-1}(1 - \eta\lambda) - \eta\,\hat m_t/(\sqrt{\hat v_t} + \varepsilon)$. **Write the \`weight_decay\` $\lambda$ it needs, as an expression in \`eta\`.**`,
  answer: {
    kind: 'expression',
    variables,
    value:
      ({ lambda }) =>
      (v) =>
        lambda / v.eta,
    tex: ({ lambda }) => `${lambda}/\\eta`,
    typed: ({ lambda }) => `${lambda}/eta`,
    label: 'weight_decay as a function of eta',
  },
  mistakes: [
    {
      value:
        ({ lambda }) =>
        () =>
          lambda,
      feedback:
        'The same number is a different decay in PyTorch: there it is multiplied by the learning rate, so the shrink per update would be $\\eta\\lambda_{\\text{paper}}$, not $\\lambda_{\\text{paper}}$.',
    },
    {
      value:
        ({ lambda }) =>
        (v) =>
          lambda * v.eta,
      feedback:
        'PyTorch multiplies `weight_decay` by $\\eta$; to get the shrink $\\lambda_{\\text{paper}}$ per update you must divide by $\\eta$, not multiply.',
    },
    {
      value:
        ({ lambda }) =>
        (v) =>
          v.eta / lambda,
      feedback:
        'Upside down: match the shrinks, $\\eta\\lambda = \\lambda_{\\text{paper}}$, and solve for $\\lambda$.',
    },
  ],
  hints: [
    md`
Compare the two updates term by term: the Adam steps agree when PyTorch's \`lr\` is the paper's $\eta$; what is left is the shrink of $\theta_{t-1}$.
    `,
    md`
PyTorch shrinks by $\eta\lambda$ per update, the paper by $\lambda_{\text{paper}}$.
    `,
  ],
  solution: ({ lambda }) => md`
Expanding PyTorch's update, $\theta_t = \theta_{t-1} - \eta\,\hat m_t/(\sqrt{\hat v_t} + \varepsilon) - \eta\lambda\,\theta_{t-1}$. It equals the paper's for every $\theta_{t-1}$ exactly when $\eta\lambda = \lambda_{\text{paper}}$:

$$\lambda = \frac{\lambda_{\text{paper}}}{\eta} = \frac{${lambda}}{\eta}.$$

Type it as \`${lambda}/eta\`. At $\eta = 10^{-3}$ that is $${lambda * 1000}$. The conversion depends on $\eta$: change the learning rate in PyTorch and you must change \`weight_decay\` with it to keep the paper's decay (in the paper's form the two are independent).`,
});
