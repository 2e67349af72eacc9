import type { LearningRate, Transform } from '../types.ts';
import { boolean, learningRate, nonNegative, unitInterval } from '../internal/validate.ts';
import { namedChain } from '../transforms/namedChain.ts';
import { addDecayedWeights } from '../transforms/addDecayedWeights.ts';
import { scaleByRms, type ScaleByRmsState } from '../transforms/scaleByRms.ts';
import { trace, type TraceState } from '../transforms/trace.ts';
import { scaleByLearningRate, type ScaleByLearningRateState } from '../transforms/scaleByLearningRate.ts';

export interface RmspropOptions {
  lr?: LearningRate;
  alpha?: number;
  eps?: number;
  weightDecay?: number;
  momentum?: number;
  centered?: boolean;
  /** ε inside the root, √(ṽ + ε): optax's default and TF/Keras. Default false (PyTorch). */
  epsInsideSqrt?: boolean;
}

export interface RmspropState {
  decay: Record<string, never>;
  rms: ScaleByRmsState;
  /** Present only when momentum > 0. */
  momentum?: TraceState;
  lr: ScaleByLearningRateState;
}

/**
 * RMSprop, `torch.optim.RMSprop`: $v \leftarrow \alpha v + (1-\alpha)\, g^2$; centered:
 * $\bar g \leftarrow \alpha\bar g + (1-\alpha)\, g$ and $\tilde v = v - \bar g^2$, else $\tilde v = v$;
 * with momentum $b \leftarrow \beta b + g/(\sqrt{\tilde v} + \varepsilon)$ and
 * $\theta \leftarrow \theta - \eta_t b$, else $\theta \leftarrow \theta - \eta_t\, g/(\sqrt{\tilde v} + \varepsilon)$.
 * Defaults: `lr = 1e-2`, `alpha = 0.99`, `eps = 1e-8`, `weightDecay = 0`, `momentum = 0`, `centered = false`.
 * Built as `namedChain({ decay, rms: scaleByRms, momentum: trace, lr })`.
 */
export function rmsprop(options: RmspropOptions = {}): Transform<RmspropState> {
  const fn = 'rmsprop';
  const {
    lr = 1e-2,
    alpha = 0.99,
    eps = 1e-8,
    weightDecay = 0,
    momentum = 0,
    centered = false,
    epsInsideSqrt = false,
  } = options;
  learningRate(fn, 'lr', lr);
  unitInterval(fn, 'alpha', alpha);
  nonNegative(fn, 'eps', eps);
  nonNegative(fn, 'weightDecay', weightDecay);
  unitInterval(fn, 'momentum', momentum);
  boolean(fn, 'centered', centered);
  boolean(fn, 'epsInsideSqrt', epsInsideSqrt);
  const decay = addDecayedWeights({ weightDecay });
  const rms = scaleByRms({ alpha, eps, centered, epsInsideSqrt });
  const step = scaleByLearningRate(lr);
  if (momentum === 0) return namedChain({ decay, rms, lr: step }) as Transform<RmspropState>;
  return namedChain({
    decay,
    rms,
    momentum: trace({ decay: momentum }),
    lr: step,
  }) as Transform<RmspropState>;
}
