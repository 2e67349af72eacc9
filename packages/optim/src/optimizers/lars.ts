import type { LearningRate, Transform } from '../types.ts';
import { boolean, learningRate, nonNegative, unitInterval } from '../internal/validate.ts';
import type { ParamLayout } from '../matrices/paramLayout.ts';
import { namedChain } from '../transforms/namedChain.ts';
import { scaleByLars, type ScaleByLarsState } from '../transforms/scaleByLars.ts';
import { scaleByLearningRate, type ScaleByLearningRateState } from '../transforms/scaleByLearningRate.ts';
import { trace, type TraceState } from '../transforms/trace.ts';

export interface LarsOptions {
  /** γ_t, the global rate (the paper decays it polynomially: γ₀(1 − t/T)²). Required. */
  lr: LearningRate;
  /** m, default 0.9. */
  momentum?: number;
  /** β, default 0. */
  weightDecay?: number;
  /** η, default 0.001. */
  trustCoefficient?: number;
  /** ε in the local rate's denominator, default 0. */
  eps?: number;
  /** Nesterov momentum on the scaled step (as PyTorch SGD's), default false. */
  nesterov?: boolean;
  /** Layers, each with its own local rate; default: the whole vector is one layer. */
  layout?: ParamLayout;
}

export interface LarsState {
  lars: ScaleByLarsState;
  lr: ScaleByLearningRateState;
  momentum: TraceState;
}

/**
 * LARS (You, Gitman & Ginsburg 2017, "Large Batch Training of Convolutional Networks",
 * Algorithm 1 with eq. 6), per layer l:
 * $\lambda^l = \eta\,\lVert w^l\rVert/(\lVert g^l\rVert + \beta\lVert w^l\rVert)$,
 * $v^l \leftarrow m\,v^l + \gamma_t\lambda^l(g^l + \beta w^l)$, $w^l \leftarrow w^l - v^l$:
 * the global rate is applied *inside* the momentum (as the paper and TensorFlow's
 * `LARSOptimizer`), so a schedule change acts on the next contribution only.
 * Defaults: momentum 0.9, η = 0.001, β = 0. Practice (Goyal et al.; You et al.) usually
 * excludes biases and normalisation gains from the adaptation: give them to plain SGD with
 * {@link partition}. Built as namedChain({ lars: scaleByLars, lr: scaleByLearningRate,
 * momentum: trace }).
 */
export function lars(options: LarsOptions): Transform<LarsState> {
  const fn = 'lars';
  if (options === null || typeof options !== 'object') throw new RangeError(`${fn}: options { lr } required`);
  const {
    lr,
    momentum = 0.9,
    weightDecay = 0,
    trustCoefficient = 0.001,
    eps = 0,
    nesterov = false,
    layout,
  } = options;
  learningRate(fn, 'lr', lr);
  unitInterval(fn, 'momentum', momentum);
  nonNegative(fn, 'weightDecay', weightDecay);
  nonNegative(fn, 'trustCoefficient', trustCoefficient);
  boolean(fn, 'nesterov', nesterov);
  if (nesterov && momentum === 0) throw new RangeError(`${fn}: nesterov requires momentum > 0`);
  return namedChain({
    lars: scaleByLars({ trustCoefficient, weightDecay, eps, layout }),
    lr: scaleByLearningRate(lr),
    momentum: trace({ decay: momentum, nesterov }),
  });
}
