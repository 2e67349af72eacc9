import type { Schedule } from '../types.ts';
import { nonNegative, positive } from '../internal/validate.ts';

export interface ExponentialLROptions {
  lr: number;
  gamma: number;
}

/**
 * $\eta(k) = \eta_{\text{base}}\,\gamma^k$ with $\gamma$ the `gamma`: `torch.optim.lr_scheduler.ExponentialLR`.
 */
export function exponentialLR({ lr, gamma }: ExponentialLROptions): Schedule {
  nonNegative('exponentialLR', 'lr', lr);
  positive('exponentialLR', 'gamma', gamma);
  return (t) => lr * gamma ** t;
}
