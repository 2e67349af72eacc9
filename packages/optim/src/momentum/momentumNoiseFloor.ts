import { nonNegative, positive, unitInterval } from '../internal/validate.ts';

/**
 * Stationary expected suboptimality of momentum SGD (PyTorch's buffer, constant η) on
 * $f(\theta) = \tfrac12 \sum_i \lambda_i \theta_i^2$ with gradient noise $g_t = \nabla f(\theta_{t-1}) + \xi_t$,
 * $\xi_t$ independent with mean 0 and covariance $\sigma^2 I$:
 * $$\lim_{t\to\infty} \mathbb{E}[f(\theta_t) - f^\star] = \sum_i \frac{\eta\sigma^2}{2}\cdot\frac{1+\beta}{(1-\beta)(2 + 2\beta - \eta\lambda_i)}.$$
 * Each component is the AR(2) process $e_t = (1+\beta-\eta\lambda)e_{t-1} - \beta e_{t-2} - \eta\xi_t$, whose
 * stationary variance is $\eta^2\sigma^2(1+\beta)/\big((1-\beta)\,\eta\lambda\,(2+2\beta-\eta\lambda)\big)$.
 * β = 0 gives SGD's $\sum_i \eta\sigma^2/(2(2 - \eta\lambda_i))$. Writing $\eta_{\text{eff}} = \eta/(1-\beta)$,
 * each term is $\tfrac12\eta_{\text{eff}}\sigma^2/(2 - \eta\lambda_i/(1+\beta))$: at equal effective step,
 * momentum's floor is SGD's to first order in $\eta\lambda$ (and slightly lower).
 * Infinity when some component is unstable ($\eta\lambda_i \ge 2 + 2\beta$); components with λ_i = 0 do not settle and give Infinity.
 * Reference: Yuan, Ying & Sayed (2016), On the influence of momentum acceleration on online learning, JMLR 17.
 */
export function momentumNoiseFloor({
  lr,
  beta,
  eigenvalues,
  sigma2,
}: {
  lr: number;
  beta: number;
  eigenvalues: readonly number[];
  sigma2: number;
}): number {
  const fn = 'momentumNoiseFloor';
  positive(fn, 'lr', lr);
  unitInterval(fn, 'beta', beta);
  nonNegative(fn, 'sigma2', sigma2);
  let sum = 0;
  for (const lam of eigenvalues) {
    nonNegative(fn, 'eigenvalue', lam);
    const margin = 2 + 2 * beta - lr * lam;
    if (!(margin > 0) || lam === 0) return sigma2 === 0 ? 0 : Infinity;
    sum += (lr * sigma2 * (1 + beta)) / (2 * (1 - beta) * margin);
  }
  return sum;
}
