import type { Transform } from '../types.ts';
import { namedChain } from '../transforms/namedChain.ts';
import { addDecayedWeights } from '../transforms/addDecayedWeights.ts';
import { scaleByAdam, type ScaleByAdamState } from '../transforms/scaleByAdam.ts';
import { scaleByLearningRate, type ScaleByLearningRateState } from '../transforms/scaleByLearningRate.ts';
import { checkAdamOptions, type AdamOptions } from './adam.ts';

export interface AdamwState {
  adam: ScaleByAdamState;
  decay: Record<string, never>;
  lr: ScaleByLearningRateState;
}

/**
 * AdamW, `torch.optim.AdamW`: $\theta \leftarrow \theta(1 - \eta_t\lambda)$, then the Adam step
 * (no $\lambda\theta$ in the gradient). $\eta_t$ is the scheduled learning rate, so the decay follows
 * the schedule (PyTorch; the paper writes a separate schedule multiplier $\chi_t$ and a step size
 * $\alpha$: $\theta \leftarrow \theta - \chi_t(\alpha\hat u + \lambda\theta)$, see {@link adamwPaper}).
 * Options as {@link adam}, but `weightDecay` defaults to `1e-2` and is decoupled.
 *
 * Built as `namedChain({ adam: scaleByAdam, decay: addDecayedWeights, lr: scaleByLearningRate })`:
 * $\theta - \eta(\hat u + \lambda\theta) = \theta(1 - \eta\lambda) - \eta\hat u$, the decay acting on
 * $\theta$ before this update, as PyTorch does.
 * Reference: Loshchilov & Hutter (2019), Decoupled Weight Decay Regularization.
 */
export function adamw(options: AdamOptions = {}): Transform<AdamwState> {
  const {
    lr = 1e-3,
    beta1 = 0.9,
    beta2 = 0.999,
    eps = 1e-8,
    weightDecay = 1e-2,
    amsgrad = false,
    epsRoot = 0,
    epsHat = false,
    amsgradMax = 'raw',
  } = options;
  checkAdamOptions('adamw', { lr, beta1, beta2, eps, weightDecay, amsgrad, epsRoot, epsHat, amsgradMax });
  return namedChain({
    adam: scaleByAdam({ beta1, beta2, eps, amsgrad, epsRoot, epsHat, amsgradMax }),
    decay: addDecayedWeights({ weightDecay }),
    lr: scaleByLearningRate(lr),
  });
}
