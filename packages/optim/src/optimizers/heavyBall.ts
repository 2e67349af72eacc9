import type { LearningRate, Transform } from '../types.ts';
import { learningRate, unitInterval } from '../internal/validate.ts';
import { namedChain } from '../transforms/namedChain.ts';
import { trace, type TraceState } from '../transforms/trace.ts';
import { scaleByLearningRate, type ScaleByLearningRateState } from '../transforms/scaleByLearningRate.ts';

export interface HeavyBallOptions {
  /** η: a number or a schedule of t. */
  lr: LearningRate;
  /** β ∈ [0, 1), default 0.9. */
  beta?: number;
}

export interface HeavyBallState {
  lr: ScaleByLearningRateState;
  /** `momentum.buffer` holds −v (updates carry the minus sign). */
  momentum: TraceState;
}

/**
 * Polyak's heavy ball in the classical "lr inside" form:
 * $v \leftarrow \beta v + \eta_t g$, $\theta \leftarrow \theta - v$ (equivalently
 * $\theta_t = \theta_{t-1} - \eta\,\nabla f(\theta_{t-1}) + \beta(\theta_{t-1} - \theta_{t-2})$).
 * With a constant $\eta$ it produces exactly PyTorch's `SGD(momentum=β)` iterates; with a schedule
 * the two differ: here a past gradient keeps the $\eta$ it was taken with, in PyTorch it is rescaled
 * by the current $\eta_t$. Built as `namedChain({ lr: scaleByLearningRate, momentum: trace })`.
 * Reference: Polyak (1964), Some methods of speeding up the convergence of iteration methods.
 */
export function heavyBall(options: HeavyBallOptions): Transform<HeavyBallState> {
  const { lr, beta = 0.9 } = options ?? ({} as HeavyBallOptions);
  learningRate('heavyBall', 'lr', lr);
  unitInterval('heavyBall', 'beta', beta);
  return namedChain({ lr: scaleByLearningRate(lr), momentum: trace({ decay: beta }) });
}
