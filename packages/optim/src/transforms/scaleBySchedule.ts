import type { LearningRate, Transform, Vec } from '../types.ts';
import { learningRate } from '../internal/validate.ts';
import { toSchedule } from './toSchedule.ts';

export interface ScaleByScheduleState {
  /** Updates applied so far (t). */
  count: number;
}

/**
 * u ← s(t)·u with s(t) ≥ 0 and t the number of updates already applied — a scaling that
 * follows a schedule but, unlike {@link scaleByLearningRate}, keeps the sign. The paper forms
 * of decoupled weight decay use it for the step size η in front of the gradient, so that a
 * separate schedule multiplier can act on step and decay together (see {@link sgdw},
 * {@link adamwPaper}).
 * Reference: optax `scale_by_schedule`.
 */
export function scaleBySchedule(schedule: LearningRate): Transform<ScaleByScheduleState> {
  const s = toSchedule(learningRate('scaleBySchedule', 'schedule', schedule), 'scaleBySchedule');
  return {
    init: () => ({ count: 0 }),
    update(grads: Vec, state: ScaleByScheduleState) {
      const c = s(state.count);
      const out = new Float64Array(grads.length);
      for (let i = 0; i < grads.length; i++) out[i] = c * grads[i];
      return { updates: out, state: { count: state.count + 1 } };
    },
    freshUpdates: true,
    scalar: (state: ScaleByScheduleState) => ({ factor: s(state.count), state: { count: state.count + 1 } }),
  };
}
