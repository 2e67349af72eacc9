import type { Schedule } from '../types.ts';
import { integer, nonNegative, positive } from '../internal/validate.ts';

export interface MultiStepLROptions {
  lr: number;
  /** Increasing step counts at which the rate is multiplied by gamma. */
  milestones: number[];
  gamma?: number;
}

/**
 * $\eta(k) = \eta_{\text{base}}\,\gamma^{\#\{i\,:\,m_i \le k\}}$ with $\gamma$ the `gamma` and $m_i$ the
 * `milestones`: `torch.optim.lr_scheduler.MultiStepLR`.
 */
export function multiStepLR({ lr, milestones, gamma = 0.1 }: MultiStepLROptions): Schedule {
  nonNegative('multiStepLR', 'lr', lr);
  positive('multiStepLR', 'gamma', gamma);
  if (!Array.isArray(milestones))
    throw new RangeError('multiStepLR: milestones must be an array of integers');
  milestones.forEach((m, i) => integer('multiStepLR', `milestones[${i}]`, m, 0));
  const ms = [...milestones].sort((a, b) => a - b);
  return (t) => {
    let k = 0;
    while (k < ms.length && ms[k] <= t) k++;
    return lr * gamma ** k;
  };
}
