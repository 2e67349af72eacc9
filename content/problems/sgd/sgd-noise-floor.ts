import { sgdNoiseFloor } from '@descent/optim';
import { defineProblem, md } from '../../../src/lib/problems/index.ts';

// Bottou, Curtis & Nocedal (2018), Thm 4.6 with M = σ², M_G = 1, c = μ: floor αLσ²/(2μ), α ≤ 1/L.
export default defineProblem({
  id: 'sgd-noise-floor',
  lesson: 'sgd',
  title: 'The noise floor of constant-step SGD',
  params: (rng) => {
    const L = rng.pick([2, 4, 5, 10]);
    const lr = rng.pick([0.01, 0.02, 0.05, 0.1].filter((a) => a <= 1 / L));
    return { L, mu: rng.pick([0.05, 0.1, 0.2, 0.5]), sigma2: rng.pick([0.5, 2, 9]) /* σ = L would make two mistakes coincide */, lr };
  },
  prompt: ({ L, mu, sigma2, lr }) => md`Let $f$ be $\mu$-strongly convex and $L$-smooth, and let SGD use unbiased gradients with $\mathbb{E}\|g_k - \nabla f(x_k)\|^2 \le \sigma^2$ and a constant step $\alpha \le 1/L$. Then (Bottou, Curtis & Nocedal 2018, Theorem 4.6)

$$\mathbb{E}[f(x_k) - f^*] \le (1 - \alpha\mu)^k\,(f(x_0) - f^*) + \frac{\alpha L \sigma^2}{2\mu}.$$

With $L = ${L}$, $\mu = ${mu}$, $\sigma^2 = ${sigma2}$ and $\alpha = ${lr}$, **what value does the bound approach as $k \to \infty$?**`,
  answer: { kind: 'number', value: ({ L, mu, sigma2, lr }) => sgdNoiseFloor({ lr, L, mu, sigma2 }), rtol: 1e-3 },
  mistakes: [
    { value: ({ L, mu, sigma2, lr }) => (lr * L * sigma2) / mu, feedback: 'Close: you dropped the 2 in the denominator, $\\alpha L\\sigma^2/(2\\mu)$.' },
    { value: ({ mu, sigma2, lr }) => (lr * sigma2) / (2 * mu), feedback: 'The floor also scales with the smoothness $L$: $\\alpha L\\sigma^2/(2\\mu)$.' },
    { value: ({ L, mu, sigma2, lr }) => (lr * L * Math.sqrt(sigma2)) / (2 * mu), feedback: 'The bound uses the variance $\\sigma^2$ itself, not its square root.' },
  ],
  hints: [
    md`As $k \to \infty$, $(1 - \alpha\mu)^k \to 0$ because $0 < \alpha\mu < 1$. Only the second term survives.`,
    ({ L, mu, sigma2, lr }) => md`Evaluate $\alpha L\sigma^2/(2\mu)$ with $\alpha = ${lr}$, $L = ${L}$, $\sigma^2 = ${sigma2}$, $\mu = ${mu}$.`,
  ],
  solution: ({ L, mu, sigma2, lr }) => md`The first term decays geometrically ($0 < \alpha\mu = ${lr * mu} < 1$), so the bound tends to the noise floor

$$\frac{\alpha L\sigma^2}{2\mu} = \frac{${lr} \cdot ${L} \cdot ${sigma2}}{2 \cdot ${mu}} = ${sgdNoiseFloor({ lr, L, mu, sigma2 })}.$$

Halving $\alpha$ halves the floor but also slows the geometric phase: the trade-off that decaying step sizes resolve.`,
});
