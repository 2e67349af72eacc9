import type { LearningRate, Transform } from '../types.ts';
import {
  boolean,
  closedUnitInterval,
  learningRate,
  nonNegative,
  unitInterval,
} from '../internal/validate.ts';
import { namedChain } from '../transforms/namedChain.ts';
import { addDecayedWeights } from '../transforms/addDecayedWeights.ts';
import { trace, type TraceState } from '../transforms/trace.ts';
import { scaleByLearningRate, type ScaleByLearningRateState } from '../transforms/scaleByLearningRate.ts';

export interface SgdOptions {
  /** γ (required): a number or a schedule of t. */
  lr: LearningRate;
  /** μ ∈ [0, 1), default 0. */
  momentum?: number;
  /** τ ∈ [0, 1], default 0. */
  dampening?: number;
  /** Nesterov momentum (PyTorch's form d = g + μb), default false. */
  nesterov?: boolean;
  /** Coupled L2: g ← g + λθ, default 0. */
  weightDecay?: number;
  /**
   * Put the learning rate inside the buffer — b ← μb + γ_t g, θ ← θ − b — as in Sutskever et al.
   * (2013), Keras' SGD and the classical heavy ball. Default false: PyTorch's b ← μb + g,
   * θ ← θ − γ_t b. Identical for a constant γ; they differ as soon as γ changes mid-run.
   */
  lrInsideMomentum?: boolean;
}

export interface SgdState {
  decay: Record<string, never>;
  /** Present only when momentum > 0. */
  momentum?: TraceState;
  lr: ScaleByLearningRateState;
}

/**
 * Stochastic gradient descent, `torch.optim.SGD`: $g \leftarrow g + \lambda\theta$; with momentum
 * $\beta \ne 0$: $b_1 = g$, $b_t = \beta b_{t-1} + (1-\tau)\, g$ ($\tau$ is `dampening`) and
 * $d = g + \beta b_t$ (Nesterov) or $d = b_t$; then $\theta \leftarrow \theta - \eta_t d$.
 * Built as `namedChain({ decay: addDecayedWeights, momentum: trace, lr: scaleByLearningRate })`.
 */
export function sgd(options: SgdOptions): Transform<SgdState> {
  const fn = 'sgd';
  const {
    lr,
    momentum = 0,
    dampening = 0,
    nesterov = false,
    weightDecay = 0,
    lrInsideMomentum = false,
  } = options ?? ({} as SgdOptions);
  learningRate(fn, 'lr', lr);
  unitInterval(fn, 'momentum', momentum);
  closedUnitInterval(fn, 'dampening', dampening);
  boolean(fn, 'nesterov', nesterov);
  nonNegative(fn, 'weightDecay', weightDecay);
  boolean(fn, 'lrInsideMomentum', lrInsideMomentum);
  if (nesterov && (momentum === 0 || dampening !== 0)) {
    throw new RangeError('sgd: nesterov requires momentum > 0 and dampening = 0 (as in PyTorch)');
  }
  const decay = addDecayedWeights({ weightDecay });
  const step = scaleByLearningRate(lr);
  if (momentum === 0) return namedChain({ decay, lr: step }) as Transform<SgdState>;
  const buf = trace({ decay: momentum, dampening, nesterov });
  if (lrInsideMomentum) return namedChain({ decay, lr: step, momentum: buf }) as Transform<SgdState>;
  return namedChain({ decay, momentum: buf, lr: step }) as Transform<SgdState>;
}
