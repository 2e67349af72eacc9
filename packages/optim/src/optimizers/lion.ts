import type { LearningRate, Transform } from '../types.ts';
import { learningRate, nonNegative, unitInterval } from '../internal/validate.ts';
import { namedChain } from '../transforms/namedChain.ts';
import { addDecayedWeights } from '../transforms/addDecayedWeights.ts';
import { scaleByLion, type ScaleByLionState } from '../transforms/scaleByLion.ts';
import { scaleByLearningRate, type ScaleByLearningRateState } from '../transforms/scaleByLearningRate.ts';

export interface LionOptions {
  /** η, default 1e-4 (the reference's default; the paper advises 3–10× smaller than AdamW's). */
  lr?: LearningRate;
  /** β₁ (update interpolation), default 0.9. */
  beta1?: number;
  /** β₂ (momentum decay), default 0.99. */
  beta2?: number;
  /** Decoupled λ, default 0 (the paper advises 3–10× larger than AdamW's, keeping ηλ similar). */
  weightDecay?: number;
}

export interface LionState {
  lion: ScaleByLionState;
  decay: Record<string, never>;
  lr: ScaleByLearningRateState;
}

/**
 * Lion (Chen et al. 2023, "Symbolic Discovery of Optimization Algorithms", Algorithm 2):
 * $c_t = \beta_1 m_{t-1} + (1-\beta_1)g_t$;
 * $\theta_t = \theta_{t-1} - \eta_t\,(\operatorname{sign}(c_t) + \lambda\theta_{t-1})$;
 * $m_t = \beta_2 m_{t-1} + (1-\beta_2)g_t$.
 * The decay is decoupled and multiplied by $\eta_t$, exactly as the authors' code does
 * (`p.data.mul_(1 - lr * weight_decay)` before the sign step in google/automl `lion_pytorch.py`):
 * θ ← θ(1 − ηλ) − η·sign(c). Without decay every coordinate moves by exactly η per step.
 * Defaults as the reference: lr = 1e-4, betas (0.9, 0.99), weightDecay = 0. One state vector (m).
 * Built as namedChain({ lion: scaleByLion, decay: addDecayedWeights, lr: scaleByLearningRate }).
 */
export function lion(options: LionOptions = {}): Transform<LionState> {
  const { lr = 1e-4, beta1 = 0.9, beta2 = 0.99, weightDecay = 0 } = options;
  learningRate('lion', 'lr', lr);
  unitInterval('lion', 'beta1', beta1);
  unitInterval('lion', 'beta2', beta2);
  nonNegative('lion', 'weightDecay', weightDecay);
  return namedChain({
    lion: scaleByLion({ beta1, beta2 }),
    decay: addDecayedWeights({ weightDecay }),
    lr: scaleByLearningRate(lr),
  });
}
