import type { LearningRate, Transform } from '../types.ts';
import { boolean, learningRate, nonNegative, unitInterval } from '../internal/validate.ts';
import type { ParamLayout } from '../matrices/paramLayout.ts';
import { namedChain } from '../transforms/namedChain.ts';
import { scaleByAdam, type ScaleByAdamState } from '../transforms/scaleByAdam.ts';
import { addDecayedWeights } from '../transforms/addDecayedWeights.ts';
import { scaleByTrustRatio, type ScaleByTrustRatioState } from '../transforms/scaleByTrustRatio.ts';
import { scaleByLearningRate, type ScaleByLearningRateState } from '../transforms/scaleByLearningRate.ts';

export interface LambOptions {
  /** η_t, default 1e-3. */
  lr?: LearningRate;
  beta1?: number;
  beta2?: number;
  /** ε outside the root, default 1e-6 (torch-optimizer, NVIDIA apex, optax). */
  eps?: number;
  /** λ, added to the Adam direction before the trust ratio, default 0. */
  weightDecay?: number;
  /** m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ) as in the final paper's Algorithm 2 (default true). */
  biasCorrection?: boolean;
  /** Layers, each with its own trust ratio; default: the whole vector is one layer. */
  layout?: ParamLayout;
  /** γ_l in φ(z) = min(max(z, γ_l), γ_u), default 0. */
  minNorm?: number;
  /** γ_u, default ∞ (φ = identity); 10 in cybertronai/pytorch-lamb and torch-optimizer. */
  maxNorm?: number;
}

export interface LambState {
  adam: ScaleByAdamState;
  decay: Record<string, never>;
  trust: ScaleByTrustRatioState;
  lr: ScaleByLearningRateState;
}

/**
 * LAMB (You et al. 2020, "Large Batch Optimization for Deep Learning: Training BERT in 76
 * minutes", ICLR, Algorithm 2): $m_t = \beta_1m_{t-1} + (1-\beta_1)g_t$, $v_t = \beta_2v_{t-1} + (1-\beta_2)g_t^2$,
 * $\hat m_t = m_t/(1-\beta_1^t)$, $\hat v_t = v_t/(1-\beta_2^t)$, $r_t = \hat m_t/(\sqrt{\hat v_t} + \varepsilon)$, and per layer
 * $\theta^{(i)} \leftarrow \theta^{(i)} - \eta_t\,\dfrac{\phi(\lVert\theta^{(i)}\rVert)}{\lVert r^{(i)} + \lambda\theta^{(i)}\rVert}\,(r^{(i)} + \lambda\theta^{(i)})$.
 * The weight decay sits *inside* the ratio. Bias correction: the ICLR version (arXiv v5) has it;
 * the earlier versions (arXiv v1–v3, "Reducing BERT Pre-Training Time from 3 Days to 76
 * Minutes") did not, and cybertronai/pytorch-lamb and torch-optimizer follow v3 ("Paper v3 does
 * not use debiasing") with φ clamped to [0, 10]. The difference is smaller than it looks: the
 * correction multiplies r by the scalar √(1−β₂ᵗ)/(1−β₁ᵗ) (up to ε), which the ratio cancels, so
 * the versions differ only through λθ's weight relative to r in early steps (tested). Default here:
 * the published Algorithm 2 with φ = identity; `biasCorrection: false, maxNorm: 10` reproduces
 * torch-optimizer's `Lamb` (tested to 1e-12). Both norms zero-safe (ratio 1, see {@link scaleByTrustRatio}).
 * Built as namedChain({ adam: scaleByAdam, decay: addDecayedWeights, trust: scaleByTrustRatio,
 * lr: scaleByLearningRate }) — optax's `lamb` chain.
 */
export function lamb(options: LambOptions = {}): Transform<LambState> {
  const fn = 'lamb';
  const {
    lr = 1e-3,
    beta1 = 0.9,
    beta2 = 0.999,
    eps = 1e-6,
    weightDecay = 0,
    biasCorrection = true,
    layout,
    minNorm = 0,
    maxNorm = Infinity,
  } = options;
  learningRate(fn, 'lr', lr);
  unitInterval(fn, 'beta1', beta1);
  unitInterval(fn, 'beta2', beta2);
  nonNegative(fn, 'eps', eps);
  nonNegative(fn, 'weightDecay', weightDecay);
  boolean(fn, 'biasCorrection', biasCorrection);
  return namedChain({
    adam: scaleByAdam({ beta1, beta2, eps, biasCorrection }),
    decay: addDecayedWeights({ weightDecay }),
    trust: scaleByTrustRatio({ layout, minNorm, maxNorm }),
    lr: scaleByLearningRate(lr),
  });
}
