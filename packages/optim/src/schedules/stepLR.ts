import type { Schedule } from '../types.ts';
import { integer, nonNegative, positive } from '../internal/validate.ts';

export interface StepLROptions {
  lr: number;
  /** Steps between decays (≥ 1). */
  stepSize: number;
  /** Decay factor, default 0.1. */
  gamma?: number;
}

/**
 * $\eta(k) = \eta_{\text{base}}\,\gamma^{\lfloor k/s\rfloor}$ with $\gamma$ the `gamma` and $s$ the `stepSize`:
 * `torch.optim.lr_scheduler.StepLR`.
 */
export function stepLR({ lr, stepSize, gamma = 0.1 }: StepLROptions): Schedule {
  nonNegative('stepLR', 'lr', lr);
  integer('stepLR', 'stepSize', stepSize, 1);
  positive('stepLR', 'gamma', gamma);
  return (t) => lr * gamma ** Math.floor(t / stepSize);
}
