import type { Schedule } from '../types.ts';
import { integer, nonNegative } from '../internal/validate.ts';

export interface CosineAnnealingLROptions {
  lr: number;
  /** Half-period T_max (steps from lr down to etaMin). */
  tMax: number;
  etaMin?: number;
}

/**
 * $\eta(k) = \eta_{\min} + \tfrac12(\eta_{\text{base}} - \eta_{\min})\big(1 + \cos(\pi k/T_{\max})\big)$:
 * `torch.optim.lr_scheduler.CosineAnnealingLR`.
 *
 * This is the closed form PyTorch documents and uses for `step(epoch)`. PyTorch's default `step()`
 * uses a chainable recursion,
 * $\eta(k) = \eta_{\min} + \big(\eta(k-1) - \eta_{\min}\big)\,\frac{1 + \cos(\pi k/T_{\max})}{1 + \cos(\pi(k-1)/T_{\max})}$,
 * with a special case after each minimum; it equals the closed form in exact arithmetic and differs
 * only by accumulated rounding (about $10^{-16}$ relative; tested to $10^{-9}$ over 3 periods), unless
 * something else changes the learning rate in between (e.g. stacking schedulers), which the closed
 * form ignores. Past $T_{\max}$ it rises again (period $2T_{\max}$), as PyTorch's does; there are no
 * restarts (see {@link cosineWarmRestarts}).
 * Reference: Loshchilov & Hutter (2017), SGDR.
 */
export function cosineAnnealingLR({ lr, tMax, etaMin = 0 }: CosineAnnealingLROptions): Schedule {
  nonNegative('cosineAnnealingLR', 'lr', lr);
  integer('cosineAnnealingLR', 'tMax', tMax, 1);
  nonNegative('cosineAnnealingLR', 'etaMin', etaMin);
  return (t) => etaMin + ((lr - etaMin) * (1 + Math.cos((Math.PI * t) / tMax))) / 2;
}
