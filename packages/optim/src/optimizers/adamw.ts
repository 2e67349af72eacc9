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
 * AdamW, torch.optim.AdamW: $\theta \leftarrow \theta(1 - \gamma_t\lambda)$, then the Adam step
 * (no λθ in the gradient). γ_t is the scheduled lr, so the decay follows the schedule (PyTorch;
 * the paper writes a separate schedule multiplier η_t: θ ← θ − η_t(α·û + λθ)).
 * Options as {@link adam}, but weightDecay defaults to 1e-2 and is decoupled.
 *
 * Built as namedChain({ adam: scaleByAdam, decay: addDecayedWeights, lr: scaleByLearningRate }):
 * −γ(û + λθ) = θ(1 − γλ) − γû, the decay acting on θ before this update, as PyTorch does.
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
