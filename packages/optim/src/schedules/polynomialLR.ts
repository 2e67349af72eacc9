import type { Schedule } from '../types.ts';
import { integer, nonNegative } from '../internal/validate.ts';

export interface PolynomialLROptions {
  lr: number;
  /** Steps T over which the rate falls to 0; default 5 (PyTorch's default). */
  totalIters?: number;
  /** Exponent p, default 1 (a straight line to 0). */
  power?: number;
}

/**
 * $\eta(k) = \eta_{\text{base}}\big(1 - \min(k, K)/K\big)^p$ with $K$ the `totalIters` and $p$ the
 * `power`: the closed form of `torch.optim.lr_scheduler.PolynomialLR` (its chainable `step()` gives
 * the same values up to rounding). Reaches 0 at $k = K$ and stays there; $p = 1$ is linear decay to
 * zero.
 */
export function polynomialLR({ lr, totalIters = 5, power = 1 }: PolynomialLROptions): Schedule {
  const fn = 'polynomialLR';
  nonNegative(fn, 'lr', lr);
  integer(fn, 'totalIters', totalIters, 1);
  nonNegative(fn, 'power', power);
  return (t) => lr * (1 - Math.min(t, totalIters) / totalIters) ** power;
}
