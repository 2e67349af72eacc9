import type { LearningRate, Transform } from '../types.ts';
import { learningRate, nonNegative } from '../internal/validate.ts';
import { namedChain } from '../transforms/namedChain.ts';
import { addDecayedWeights } from '../transforms/addDecayedWeights.ts';
import { scaleBySchedule, type ScaleByScheduleState } from '../transforms/scaleBySchedule.ts';
import { scaleByLearningRate, type ScaleByLearningRateState } from '../transforms/scaleByLearningRate.ts';

export interface SgdwOptions {
  /** η: the step size in front of the gradient, a number or a schedule of t (the paper's α). */
  lr: LearningRate;
  /** λ ≥ 0: the fraction of θ removed per update (times the multiplier); *not* multiplied by η. */
  weightDecay: number;
  /** χ_t ≥ 0: schedule multiplier on step and decay alike (the paper's η_t), default 1. */
  scheduleMultiplier?: LearningRate;
}

export interface SgdwState {
  lr: ScaleByScheduleState;
  decay: Record<string, never>;
  multiplier: ScaleByLearningRateState;
}

/**
 * SGD with decoupled weight decay in the paper's convention (Loshchilov & Hutter 2019,
 * Algorithm 1 without momentum): $\theta_t = \theta_{t-1} - \chi_t\,(\eta_t\, g_t + \lambda\,\theta_{t-1})$.
 * With $s \equiv 1$ this is their Proposition 1's $\theta_t = (1-\lambda)\theta_{t-1} - \eta_t g_t$,
 * which equals SGD on $f + \tfrac{\lambda'}{2}\lVert\theta\rVert^2$ (`torch.optim.SGD` with
 * `weight_decay = λ′`) exactly when $\lambda' = \lambda/\eta_t$ at every update: a constant $\lambda'$
 * only for a constant $\eta$. (A schedule put into $\chi_t$ instead scales both terms, and
 * $\lambda' = \lambda/\eta$ stays constant.) PyTorch has no SGDW; its learning-rate-scaled form
 * $\theta(1 - \eta\lambda) - \eta g$ *is* `SGD(weight_decay=λ)`.
 *
 * Built as `namedChain({ lr: scaleBySchedule(η), decay: addDecayedWeights(λ), multiplier: scaleByLearningRate(s) })`.
 */
export function sgdw(options: SgdwOptions): Transform<SgdwState> {
  const fn = 'sgdw';
  const { lr, weightDecay, scheduleMultiplier = 1 } = options ?? ({} as SgdwOptions);
  learningRate(fn, 'lr', lr);
  nonNegative(fn, 'weightDecay', weightDecay);
  learningRate(fn, 'scheduleMultiplier', scheduleMultiplier);
  return namedChain({
    lr: scaleBySchedule(lr),
    decay: addDecayedWeights({ weightDecay }),
    multiplier: scaleByLearningRate(scheduleMultiplier),
  });
}
