import type { Schedule } from '../types.ts';
import { integer, nonNegative } from '../internal/validate.ts';

export interface CosineAnnealingLROptions {
  lr: number;
  /** Half-period T_max (steps from lr down to etaMin). */
  tMax: number;
  etaMin?: number;
}

/**
 * $\gamma_t = \eta_{min} + \tfrac12(\gamma - \eta_{min})\big(1 + \cos(\pi t/T_{max})\big)$.
 *
 * This is the closed form PyTorch documents and uses for `step(epoch)`. PyTorch's default
 * `step()` uses a chainable recursion, γ_t = η_min + (γ_{t−1} − η_min)·(1 + cos(πt/T))/(1 + cos(π(t−1)/T)),
 * with a special case after each minimum; it equals the closed form in exact arithmetic and
 * differs only by accumulated rounding (≈1e-16 relative; tested to ≤ 1e-9 over 3 periods),
 * unless something else changes the lr in between (e.g. stacking schedulers), which the
 * closed form ignores. Past T_max it rises again (period 2T_max), as PyTorch's does; there
 * are no restarts (see cosineWarmRestarts).
 * Reference: Loshchilov & Hutter (2017), SGDR.
 */
export function cosineAnnealingLR({ lr, tMax, etaMin = 0 }: CosineAnnealingLROptions): Schedule {
  nonNegative('cosineAnnealingLR', 'lr', lr);
  integer('cosineAnnealingLR', 'tMax', tMax, 1);
  nonNegative('cosineAnnealingLR', 'etaMin', etaMin);
  return (t) => etaMin + ((lr - etaMin) * (1 + Math.cos((Math.PI * t) / tMax))) / 2;
}
