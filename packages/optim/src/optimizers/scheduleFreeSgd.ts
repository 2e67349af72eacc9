import type { LearningRate, Schedule, Transform } from '../types.ts';
import { boolean, finite, integer, learningRate, nonNegative } from '../internal/validate.ts';
import { toSchedule } from '../transforms/toSchedule.ts';
import { namedChain, type NamedChainState } from '../transforms/namedChain.ts';
import { scaleByLearningRate } from '../transforms/scaleByLearningRate.ts';
import { scheduleFree, type ScheduleFreeState } from '../transforms/scheduleFree.ts';

export interface ScheduleFreeSgdOptions {
  /** γ, default 1.0 (the reference's default; a number or a schedule multiplying the warmup). */
  lr?: LearningRate;
  /** β, the interpolation between x and z, default 0.9 (the reference's `momentum`). */
  momentum?: number;
  /** λ, an L2 penalty evaluated at y (g ← g + λy), default 0. */
  weightDecay?: number;
  /** Linear warmup γ_t = γ·(t+1)/W for t < W, default 0. */
  warmupSteps?: number;
  /** Polynomial weighting power of the average, default 0. */
  r?: number;
  /** Average weights ∝ (max γ so far)^power, default 2. */
  weightLrPower?: number;
  /** Keep x in the state (default true). */
  keepX?: boolean;
}

export type ScheduleFreeSgdState = ScheduleFreeState<
  NamedChainState<{ lr: ReturnType<typeof scaleByLearningRate> }>
>;

/** γ_t = lr(t)·min(1, (t+1)/W): the reference's warmup (`sched = (k+1)/warmup_steps` for k < W). */
export function scheduleFreeWarmup(fn: string, lr: LearningRate, warmupSteps: number): Schedule {
  const base = toSchedule(learningRate(fn, 'lr', lr), fn);
  integer(fn, 'warmupSteps', warmupSteps, 0);
  return (t: number) => base(t) * (t < warmupSteps ? (t + 1) / warmupSteps : 1);
}

/**
 * Schedule-Free SGD (Defazio et al. 2024, "The Road Less Scheduled", Algorithm 1 with SGD as
 * the base; facebookresearch/schedule_free `SGDScheduleFree`): $y_t = (1-\beta)z_t + \beta x_t$,
 * $z_{t+1} = z_t - \gamma_t(\nabla f(y_t) + \lambda y_t)$, $x_{t+1} = (1-c_{t+1})x_t + c_{t+1}z_{t+1}$,
 * $c_{t+1} = \gamma_{\max}^2 / \sum_i \gamma_{\max,i}^2$ (= 1/(t+1) for a constant γ). Defaults as the
 * reference: lr = 1.0, momentum β = 0.9, weightDecay 0, warmupSteps 0, r = 0, weightLrPower = 2.
 * The parameters are y (where gradients are taken); evaluate at `state.x`
 * (or {@link scheduleFreeEvalPoint}). Built as scheduleFree(namedChain({ lr: scaleByLearningRate })).
 */
export function scheduleFreeSgd(options: ScheduleFreeSgdOptions = {}): Transform<ScheduleFreeSgdState> {
  const fn = 'scheduleFreeSgd';
  const {
    lr = 1,
    momentum = 0.9,
    weightDecay = 0,
    warmupSteps = 0,
    r = 0,
    weightLrPower = 2,
    keepX = true,
  } = options;
  const schedule = scheduleFreeWarmup(fn, lr, warmupSteps);
  nonNegative(fn, 'weightDecay', weightDecay);
  finite(fn, 'r', r);
  finite(fn, 'weightLrPower', weightLrPower);
  boolean(fn, 'keepX', keepX);
  if (typeof momentum !== 'number' || !(momentum > 0 && momentum < 1)) {
    throw new RangeError(
      `${fn}: momentum must be in (0, 1) (exclusive, as the reference), got ${String(momentum)}`,
    );
  }
  return scheduleFree(namedChain({ lr: scaleByLearningRate(schedule) }), {
    lr: schedule,
    beta: momentum,
    weightDecay,
    r,
    weightLrPower,
    keepX,
  });
}
