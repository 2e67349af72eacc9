import type { Schedule } from '../types.ts';
import { closedUnitInterval, integer, nonNegative } from '../internal/validate.ts';

export interface LinearLROptions {
  lr: number;
  /** Factor at t = 0, in (0, 1]; default 1/3. */
  startFactor?: number;
  /** Factor from t = totalIters on, in [0, 1]; default 1. */
  endFactor?: number;
  /** Default 5. */
  totalIters?: number;
}

/**
 * $\eta(k) = \eta_{\text{base}}\big(s + (e - s)\min(k, K)/K\big)$ with $s$, $e$ and $K$ the
 * `startFactor`, `endFactor` and `totalIters`: the closed form of `torch.optim.lr_scheduler.LinearLR`
 * (its chainable `step()` gives the same values up to rounding). Used as linear warmup (Goyal et
 * al. 2017 ramp linearly over the first epochs).
 */
export function linearLR({
  lr,
  startFactor = 1 / 3,
  endFactor = 1,
  totalIters = 5,
}: LinearLROptions): Schedule {
  const fn = 'linearLR';
  nonNegative(fn, 'lr', lr);
  closedUnitInterval(fn, 'startFactor', startFactor);
  if (startFactor === 0) throw new RangeError(`${fn}: startFactor must be in (0, 1] (as in PyTorch), got 0`);
  closedUnitInterval(fn, 'endFactor', endFactor);
  integer(fn, 'totalIters', totalIters, 0);
  if (totalIters === 0) return () => lr * endFactor;
  return (t) => lr * (startFactor + ((endFactor - startFactor) * Math.min(t, totalIters)) / totalIters);
}
