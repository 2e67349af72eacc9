import type { LearningRate, Transform } from '../types.ts';
import { boolean, learningRate, nonNegative } from '../internal/validate.ts';
import { namedChain } from '../transforms/namedChain.ts';
import { addDecayedWeights } from '../transforms/addDecayedWeights.ts';
import { scaleByRss, type ScaleByRssState } from '../transforms/scaleByRss.ts';
import { scaleByLearningRate, type ScaleByLearningRateState } from '../transforms/scaleByLearningRate.ts';
import { toSchedule } from '../transforms/toSchedule.ts';

export interface AdagradOptions {
  lr?: LearningRate;
  lrDecay?: number;
  weightDecay?: number;
  initialAccumulatorValue?: number;
  eps?: number;
  /** ε inside the root (optax, Keras). Default false (PyTorch). */
  epsInsideSqrt?: boolean;
}

export interface AdagradState {
  decay: Record<string, never>;
  rss: ScaleByRssState;
  /** `lr.lr` is the effective γ̃ of the next update (lrDecay included). */
  lr: ScaleByLearningRateState;
}

/**
 * AdaGrad, `torch.optim.Adagrad`: $g \leftarrow g + \lambda\theta$,
 * $\tilde\eta_t = \eta_t/(1 + (t-1)\,\delta)$ with $\delta$ the `lrDecay` and $t$ counted from 1,
 * $s \leftarrow s + g^2$, $\theta \leftarrow \theta - \tilde\eta_t\, g/(\sqrt{s} + \varepsilon)$.
 * Defaults: `lr = 1e-2`, `lrDecay = 0`, `weightDecay = 0`, `initialAccumulatorValue = 0`, `eps = 1e-10`.
 * Reference: Duchi, Hazan & Singer (2011).
 */
export function adagrad(options: AdagradOptions = {}): Transform<AdagradState> {
  const fn = 'adagrad';
  const {
    lr = 1e-2,
    lrDecay = 0,
    weightDecay = 0,
    initialAccumulatorValue = 0,
    eps = 1e-10,
    epsInsideSqrt = false,
  } = options;
  learningRate(fn, 'lr', lr);
  nonNegative(fn, 'lrDecay', lrDecay);
  nonNegative(fn, 'weightDecay', weightDecay);
  nonNegative(fn, 'initialAccumulatorValue', initialAccumulatorValue);
  nonNegative(fn, 'eps', eps);
  boolean(fn, 'epsInsideSqrt', epsInsideSqrt);
  const base = toSchedule(lr, fn);
  // Our t counts updates already applied, so PyTorch's (step − 1) is t.
  const effective = lrDecay === 0 ? lr : (t: number) => base(t) / (1 + t * lrDecay);
  return namedChain({
    decay: addDecayedWeights({ weightDecay }),
    rss: scaleByRss({ initialAccumulatorValue, eps, epsInsideSqrt }),
    lr: scaleByLearningRate(effective),
  });
}
