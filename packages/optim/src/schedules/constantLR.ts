import type { Schedule } from '../types.ts';
import { integer, nonNegative, positive } from '../internal/validate.ts';

export interface ConstantLROptions {
  lr: number;
  /** Multiplier for the first `totalIters` steps. Default 1 (PyTorch's default is 1/3). */
  factor?: number;
  /** Number of steps the factor applies to. Default 0 (PyTorch's default is 5). */
  totalIters?: number;
}

/**
 * $\eta(k) = f\,\eta_{\text{base}}$ for $k < K$, else $\eta_{\text{base}}$, with $f$ the `factor` and
 * $K$ the `totalIters`: `torch.optim.lr_scheduler.ConstantLR`. Our defaults (`factor = 1`,
 * `totalIters = 0`) make `constantLR({ lr })` a plain constant; pass `{ factor: 1/3, totalIters: 5 }`
 * for PyTorch's defaults.
 */
export function constantLR({ lr, factor = 1, totalIters = 0 }: ConstantLROptions): Schedule {
  nonNegative('constantLR', 'lr', lr);
  positive('constantLR', 'factor', factor);
  integer('constantLR', 'totalIters', totalIters, 0);
  return (t) => (t < totalIters ? lr * factor : lr);
}
