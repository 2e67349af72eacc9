import type { LearningRate, Transform } from '../types.ts';
import { boolean, learningRate, nonNegative, oneOf, unitInterval } from '../internal/validate.ts';
import { namedChain } from '../transforms/namedChain.ts';
import { addDecayedWeights } from '../transforms/addDecayedWeights.ts';
import { scaleByAdam, type ScaleByAdamState } from '../transforms/scaleByAdam.ts';
import { scaleByLearningRate, type ScaleByLearningRateState } from '../transforms/scaleByLearningRate.ts';

export interface AdamOptions {
  lr?: LearningRate;
  beta1?: number;
  beta2?: number;
  eps?: number;
  /** adam: coupled L2 (g ← g + λθ), default 0. adamw: decoupled decay, default 1e-2. */
  weightDecay?: number;
  amsgrad?: boolean;
  /** optax's ε inside the root, default 0 (PyTorch). */
  epsRoot?: number;
  /** TF/Keras' ε̂ (ε added to the uncorrected √v), default false (PyTorch). */
  epsHat?: boolean;
  /** AMSGrad max of the 'raw' v (PyTorch, default) or of the 'corrected' v̂ (optax). */
  amsgradMax?: 'raw' | 'corrected';
}

export interface AdamState {
  decay: Record<string, never>;
  adam: ScaleByAdamState;
  lr: ScaleByLearningRateState;
}

/** Validates Adam's options under the caller's name (adam / adamw). */
export function checkAdamOptions(
  fn: string,
  o: Required<Omit<AdamOptions, 'lr'>> & { lr: LearningRate },
): void {
  learningRate(fn, 'lr', o.lr);
  unitInterval(fn, 'beta1', o.beta1);
  unitInterval(fn, 'beta2', o.beta2);
  nonNegative(fn, 'eps', o.eps);
  nonNegative(fn, 'weightDecay', o.weightDecay);
  boolean(fn, 'amsgrad', o.amsgrad);
  nonNegative(fn, 'epsRoot', o.epsRoot);
  boolean(fn, 'epsHat', o.epsHat);
  oneOf(fn, 'amsgradMax', o.amsgradMax, ['raw', 'corrected'] as const);
}

/**
 * Adam, `torch.optim.Adam`: $g \leftarrow g + \lambda\theta$ (coupled L2);
 * $m \leftarrow \beta_1 m + (1-\beta_1)\, g$, $v \leftarrow \beta_2 v + (1-\beta_2)\, g^2$;
 * $\theta \leftarrow \theta - \frac{\eta_t}{1-\beta_1^t}\, m \big/ \big(\sqrt{\hat v}/\sqrt{1-\beta_2^t} + \varepsilon\big)$,
 * where $\hat v = v$ or, with AMSGrad, $\hat v = v_{\max} \leftarrow \max(v_{\max}, v)$.
 * Defaults: `lr = 1e-3`, `beta1 = 0.9`, `beta2 = 0.999`, `eps = 1e-8`, `weightDecay = 0`, `amsgrad = false`.
 * Built as `namedChain({ decay: addDecayedWeights, adam: scaleByAdam, lr: scaleByLearningRate })`.
 * Reference: Kingma & Ba (2015); Reddi, Kale & Kumar (2018), On the Convergence of Adam and Beyond.
 */
export function adam(options: AdamOptions = {}): Transform<AdamState> {
  const {
    lr = 1e-3,
    beta1 = 0.9,
    beta2 = 0.999,
    eps = 1e-8,
    weightDecay = 0,
    amsgrad = false,
    epsRoot = 0,
    epsHat = false,
    amsgradMax = 'raw',
  } = options;
  checkAdamOptions('adam', { lr, beta1, beta2, eps, weightDecay, amsgrad, epsRoot, epsHat, amsgradMax });
  return namedChain({
    decay: addDecayedWeights({ weightDecay }),
    adam: scaleByAdam({ beta1, beta2, eps, amsgrad, epsRoot, epsHat, amsgradMax }),
    lr: scaleByLearningRate(lr),
  });
}
