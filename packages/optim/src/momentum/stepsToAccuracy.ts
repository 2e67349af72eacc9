import { nonNegative, positive } from '../internal/validate.ts';

/**
 * The number of steps $k = \lceil \ln(1/\varepsilon) / \ln(1/\rho) \rceil$ after which $\rho^k \le \varepsilon$:
 * how long a method with per-step rate ρ needs to shrink the error by the factor ε (ε = 10⁻⁶: a
 * millionth). 0 when ε ≥ 1, 1 when ρ = 0, Infinity when ρ ≥ 1. With $\ln(1/\rho) \approx 2/\kappa$ for
 * GD's $(\kappa-1)/(\kappa+1)$ and $\approx 2/\sqrt\kappa$ for the heavy ball's rate, this is about
 * $\tfrac{\kappa}{2}\ln\tfrac1\varepsilon$ against $\tfrac{\sqrt\kappa}{2}\ln\tfrac1\varepsilon$.
 * It counts the rate only: a double root adds a factor t (see the lesson), so a run may need a few more.
 */
export function stepsToAccuracy(rate: number, tol: number): number {
  nonNegative('stepsToAccuracy', 'rate', rate);
  positive('stepsToAccuracy', 'tol', tol);
  if (tol >= 1) return 0;
  if (rate >= 1) return Infinity;
  if (rate === 0) return 1;
  const k = Math.log(tol) / Math.log(rate);
  // Guard against k = 68.99999999 from rounding when ρ^69 = ε exactly.
  const r = Math.round(k);
  return Math.abs(k - r) < 1e-9 * Math.max(1, k) ? r : Math.ceil(k);
}
