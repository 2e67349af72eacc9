import { positive } from '../internal/validate.ts';

export interface TunedMethod {
  lr: number;
  /** Momentum β (0 for GD). */
  beta: number;
  /** Worst-case rate ρ over the spectrum [μ, L]. */
  rate: number;
}

function kappaOf(fn: string, mu: number, L: number): number {
  positive(fn, 'mu', mu);
  positive(fn, 'L', L);
  if (mu > L) throw new RangeError(`${fn}: mu must be ≤ L, got mu = ${mu}, L = ${L}`);
  return L / mu;
}

/**
 * The parameters that minimise the worst-case rate over a quadratic with eigenvalues in [μ, L],
 * κ = L/μ (Lessard, Recht & Packard 2016, §2, where the three tunings are derived for quadratics):
 *
 * - GD: $\eta = 2/(\mu + L)$, $\rho = (\kappa - 1)/(\kappa + 1)$;
 * - heavy ball (Polyak 1964): $\eta = 4/(\sqrt L + \sqrt\mu)^2$, $\beta = \big((\sqrt\kappa-1)/(\sqrt\kappa+1)\big)^2$,
 *   $\rho = (\sqrt\kappa - 1)/(\sqrt\kappa + 1)$;
 * - Nesterov: $\eta = 4/(3L + \mu)$, $\beta = (\sqrt{3\kappa+1} - 2)/(\sqrt{3\kappa+1} + 2)$,
 *   $\rho = 1 - 2/\sqrt{3\kappa + 1}$.
 */
export function optimalParameters(
  method: 'gd' | 'heavyBall' | 'nesterov',
  mu: number,
  L: number,
): TunedMethod {
  const kappa = kappaOf('optimalParameters', mu, L);
  if (method === 'gd') return { lr: 2 / (mu + L), beta: 0, rate: (kappa - 1) / (kappa + 1) };
  if (method === 'heavyBall') {
    const sk = Math.sqrt(kappa);
    const rate = (sk - 1) / (sk + 1);
    return { lr: 4 / (Math.sqrt(L) + Math.sqrt(mu)) ** 2, beta: rate * rate, rate };
  }
  const r = Math.sqrt(3 * kappa + 1);
  return { lr: 4 / (3 * L + mu), beta: (r - 2) / (r + 2), rate: 1 - 2 / r };
}

/**
 * Nesterov's textbook constant-step scheme for μ-strongly convex, L-smooth f:
 * $\eta = 1/L$, $\beta = (\sqrt\kappa - 1)/(\sqrt\kappa + 1)$. On a quadratic its worst component is the
 * one at λ = μ, a double root $1 - 1/\sqrt\kappa$; for general μ-strongly convex, L-smooth f,
 * Nesterov (2004), §2.2 (the constant-step scheme) bounds $f(\theta_t) - f^\star$ by a constant times
 * $(1 - 1/\sqrt\kappa)^t$.
 */
export function nesterovStandard(mu: number, L: number): TunedMethod {
  const kappa = kappaOf('nesterovStandard', mu, L);
  const sk = Math.sqrt(kappa);
  return { lr: 1 / L, beta: (sk - 1) / (sk + 1), rate: 1 - 1 / sk };
}
