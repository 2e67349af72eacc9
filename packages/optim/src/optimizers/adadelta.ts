import type { LearningRate, Transform } from '../types.ts';
import { learningRate, nonNegative, unitInterval } from '../internal/validate.ts';
import { namedChain } from '../transforms/namedChain.ts';
import { addDecayedWeights } from '../transforms/addDecayedWeights.ts';
import { scaleByAdadelta, type ScaleByAdadeltaState } from '../transforms/scaleByAdadelta.ts';
import { scaleByLearningRate, type ScaleByLearningRateState } from '../transforms/scaleByLearningRate.ts';

export interface AdadeltaOptions {
  lr?: LearningRate;
  rho?: number;
  eps?: number;
  weightDecay?: number;
}

export interface AdadeltaState {
  decay: Record<string, never>;
  adadelta: ScaleByAdadeltaState;
  lr: ScaleByLearningRateState;
}

/**
 * AdaDelta, `torch.optim.Adadelta`: $g \leftarrow g + \lambda\theta$ (coupled L2);
 * $v \leftarrow \rho v + (1-\rho)\, g^2$, $\Delta x = g\,\sqrt{u + \varepsilon}/\sqrt{v + \varepsilon}$,
 * $u \leftarrow \rho u + (1-\rho)\,\Delta x^2$, $\theta \leftarrow \theta - \eta_t\,\Delta x$.
 * Defaults: `lr = 1.0`, `rho = 0.9`, `eps = 1e-6`, `weightDecay = 0`. Zeiler's method has no learning
 * rate at all; PyTorch keeps one as a multiplier ($\eta = 1$ reproduces the paper).
 * Built as `namedChain({ decay: addDecayedWeights, adadelta: scaleByAdadelta, lr: scaleByLearningRate })`.
 * Reference: Zeiler (2012), ADADELTA: An Adaptive Learning Rate Method.
 */
export function adadelta(options: AdadeltaOptions = {}): Transform<AdadeltaState> {
  const fn = 'adadelta';
  const { lr = 1.0, rho = 0.9, eps = 1e-6, weightDecay = 0 } = options;
  learningRate(fn, 'lr', lr);
  unitInterval(fn, 'rho', rho);
  nonNegative(fn, 'eps', eps);
  nonNegative(fn, 'weightDecay', weightDecay);
  return namedChain({
    decay: addDecayedWeights({ weightDecay }),
    adadelta: scaleByAdadelta({ rho, eps }),
    lr: scaleByLearningRate(lr),
  });
}
