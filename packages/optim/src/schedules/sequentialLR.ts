import type { Schedule } from '../types.ts';
import { integer } from '../internal/validate.ts';

export interface SequentialLROptions {
  /** k schedules, each started at its own t = 0. */
  schedules: Schedule[];
  /** k − 1 increasing step counts at which the next schedule takes over. */
  milestones: number[];
}

/**
 * Joins schedules: $\eta(k) = \eta_i(k - m_i)$, where $\eta_0, \eta_1, \dots$ are the schedules,
 * $m_1 < m_2 < \dots$ the `milestones` ($m_0 = 0$) and $i$ the number of milestones $\le k$. This is
 * `torch.optim.lr_scheduler.SequentialLR`, which restarts the next scheduler at its epoch 0 when a
 * milestone is reached.
 */
export function sequentialLR({ schedules, milestones }: SequentialLROptions): Schedule {
  const fn = 'sequentialLR';
  if (!Array.isArray(schedules) || schedules.length === 0 || schedules.some((s) => typeof s !== 'function')) {
    throw new RangeError(`${fn}: schedules must be a non-empty array of functions`);
  }
  if (!Array.isArray(milestones) || milestones.length !== schedules.length - 1) {
    throw new RangeError(`${fn}: milestones must have length schedules.length − 1 = ${schedules.length - 1}`);
  }
  milestones.forEach((m, i) => {
    integer(fn, `milestones[${i}]`, m, 1);
    if (i > 0 && m <= milestones[i - 1])
      throw new RangeError(`${fn}: milestones must be increasing, got ${milestones.join(', ')}`);
  });
  return (t) => {
    let i = 0;
    while (i < milestones.length && milestones[i] <= t) i++;
    return schedules[i](i === 0 ? t : t - milestones[i - 1]);
  };
}
