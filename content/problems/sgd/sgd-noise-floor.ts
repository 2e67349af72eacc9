import { sgdNoiseFloor } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

// Bottou, Curtis & Nocedal (2018), Thm 4.6 (their step ᾱ is our η; their μ = μ_G = 1, M = σ², M_G = 1,
// strong-convexity constant c = our μ): floor ηLσ²/(2μ) for η ≤ 1/L.
export default defineProblem({
  id: 'sgd-noise-floor',
  lesson: 'sgd',
  title: 'The noise floor of constant-step SGD',
  params: (rng) => {
    const L = rng.pick([2, 4, 5, 10]);
    const lr = rng.pick([0.01, 0.02, 0.05, 0.1].filter((a) => a <= 1 / L));
    return {
      L,
      mu: rng.pick([0.05, 0.1, 0.2, 0.5]),
      sigma2: rng.pick([0.5, 2, 9]) /* σ = L would make two mistakes coincide */,
      lr,
    };
  },
  prompt: ({
    L,
    mu,
    sigma2,
    lr,
  }) => md`Let $f$ be $\mu$-strongly convex and $L$-smooth, and let SGD use unbiased gradients with $\mathbb{E}\|g_t - \nabla f(\theta_{t-1})\|^2 \le \sigma^2$ and a constant learning rate $\eta \le 1/L$. Then (Bottou, Curtis & Nocedal 2018, Theorem 4.6, whose step is written $\bar\alpha$)

$$\mathbb{E}[f(\theta_t) - f^\star] \le (1 - \eta\mu)^t\,(f(\theta_0) - f^\star) + \frac{\eta L \sigma^2}{2\mu}.$$

With $L = ${L}$, $\mu = ${mu}$, $\sigma^2 = ${sigma2}$ and $\eta = ${lr}$, **what value does the bound approach as $t \to \infty$?**`,
  answer: {
    kind: 'number',
    value: ({ L, mu, sigma2, lr }) => sgdNoiseFloor({ lr, L, mu, sigma2 }),
    sigFigs: 3,
  },
  mistakes: [
    {
      value: ({ L, mu, sigma2, lr }) => (lr * L * sigma2) / mu,
      feedback: 'Close: you dropped the 2 in the denominator, $\\eta L\\sigma^2/(2\\mu)$.',
    },
    {
      value: ({ mu, sigma2, lr }) => (lr * sigma2) / (2 * mu),
      feedback: 'The floor also scales with the smoothness $L$: $\\eta L\\sigma^2/(2\\mu)$.',
    },
    {
      value: ({ L, mu, sigma2, lr }) => (lr * L * Math.sqrt(sigma2)) / (2 * mu),
      feedback: 'The bound uses the variance $\\sigma^2$ itself, not its square root.',
    },
  ],
  hints: [
    md`
As $t \to \infty$, $(1 - \eta\mu)^t \to 0$ because $0 < \eta\mu < 1$. Only the second term survives.
    `,
    ({ L, mu, sigma2, lr }) =>
      md`Evaluate $\eta L\sigma^2/(2\mu)$ with $\eta = ${lr}$, $L = ${L}$, $\sigma^2 = ${sigma2}$, $\mu = ${mu}$.`,
  ],
  solution: ({
    L,
    mu,
    sigma2,
    lr,
  }) => md`The first term decays geometrically ($0 < \eta\mu = ${lr * mu} < 1$), so the bound tends to the noise floor

$$\frac{\eta L\sigma^2}{2\mu} = \frac{${lr} \cdot ${L} \cdot ${sigma2}}{2 \cdot ${mu}} = ${sgdNoiseFloor({ lr, L, mu, sigma2 })}.$$

Halving $\eta$ halves the floor but also slows the geometric phase: the trade-off that decaying step sizes resolve.`,
});
