import type { LearningRate, Transform } from '../types.ts';
import { learningRate, nonNegative, unitInterval } from '../internal/validate.ts';
import { namedChain } from '../transforms/namedChain.ts';
import { addDecayedWeights } from '../transforms/addDecayedWeights.ts';
import { scaleByAdam, type ScaleByAdamState } from '../transforms/scaleByAdam.ts';
import { scaleBySchedule, type ScaleByScheduleState } from '../transforms/scaleBySchedule.ts';
import { scaleByLearningRate, type ScaleByLearningRateState } from '../transforms/scaleByLearningRate.ts';

export interface AdamwPaperOptions {
  /** η: Adam's step size (the paper's α), default 1e-3. */
  lr?: LearningRate;
  /** λ ≥ 0, required: decay per update times χ_t, *not* multiplied by η. */
  weightDecay: number;
  /** χ_t ≥ 0: the schedule multiplier on step and decay (the paper's η_t), default 1. */
  scheduleMultiplier?: LearningRate;
  beta1?: number;
  beta2?: number;
  eps?: number;
}

export interface AdamwPaperState {
  adam: ScaleByAdamState;
  lr: ScaleByScheduleState;
  decay: Record<string, never>;
  multiplier: ScaleByLearningRateState;
}

/**
 * AdamW as Loshchilov & Hutter (2019) write it (Algorithm 2, line 12):
 * $\theta_t = \theta_{t-1} - \chi_t\big(\eta\,\hat m_t/(\sqrt{\hat v_t}+\varepsilon) + \lambda\,\theta_{t-1}\big)$,
 * with $\chi_t$ the schedule multiplier (their $\eta_t$) and $\eta$ the step size (their $\alpha$).
 * The decay is $\lambda \chi_t$ per update, independent of $\eta$. `torch.optim.AdamW` instead decays by
 * $\eta_t\lambda$ with $\eta_t$ its scheduled learning rate; the two agree when $\eta_t = \eta\,\chi_t$
 * and $\lambda_{\text{PyTorch}} = \lambda/\eta$ (so in PyTorch, changing the learning rate changes the
 * decay; here it does not).
 *
 * Built as `namedChain({ adam: scaleByAdam, lr: scaleBySchedule(η), decay: addDecayedWeights(λ),
 * multiplier: scaleByLearningRate(s) })`: the decay enters after the preconditioner, so
 * $\sqrt{\hat v}$ never divides it.
 */
export function adamwPaper(options: AdamwPaperOptions): Transform<AdamwPaperState> {
  const fn = 'adamwPaper';
  const {
    lr = 1e-3,
    weightDecay,
    scheduleMultiplier = 1,
    beta1 = 0.9,
    beta2 = 0.999,
    eps = 1e-8,
  } = options ?? ({} as AdamwPaperOptions);
  learningRate(fn, 'lr', lr);
  nonNegative(fn, 'weightDecay', weightDecay);
  learningRate(fn, 'scheduleMultiplier', scheduleMultiplier);
  unitInterval(fn, 'beta1', beta1);
  unitInterval(fn, 'beta2', beta2);
  nonNegative(fn, 'eps', eps);
  return namedChain({
    adam: scaleByAdam({ beta1, beta2, eps }),
    lr: scaleBySchedule(lr),
    decay: addDecayedWeights({ weightDecay }),
    multiplier: scaleByLearningRate(scheduleMultiplier),
  });
}
