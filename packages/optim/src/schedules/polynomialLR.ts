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
 * $\eta = \eta_0\,\big(1 - \min(t, T)/T\big)^p$ — the closed form of
 * torch.optim.lr_scheduler.PolynomialLR (its chainable step() gives the same values up to
 * rounding). Reaches 0 at t = T and stays there; p = 1 is linear decay to zero.
 */
export function polynomialLR({ lr, totalIters = 5, power = 1 }: PolynomialLROptions): Schedule {
  const fn = 'polynomialLR';
  nonNegative(fn, 'lr', lr);
  integer(fn, 'totalIters', totalIters, 1);
  nonNegative(fn, 'power', power);
  return (t) => lr * (1 - Math.min(t, totalIters) / totalIters) ** power;
}
