import type { LearningRate, Schedule } from '../types.ts';

/**
 * Turns a number into a constant schedule and wraps a schedule so a bad value (NaN, ∞, < 0)
 * is reported with the step at which it happened instead of silently poisoning the run.
 */
export function toSchedule(lr: LearningRate, fn = 'scaleByLearningRate'): Schedule {
  if (typeof lr === 'number') return () => lr;
  return (t: number) => {
    const v = lr(t);
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new RangeError(`${fn}: lr(${t}) must be a finite number ≥ 0, got ${String(v)}`);
    }
    return v;
  };
}
