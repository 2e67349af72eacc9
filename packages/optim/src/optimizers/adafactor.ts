import type { LearningRate, Transform } from '../types.ts';
import { nonNegative, positive, unitInterval } from '../internal/validate.ts';
import type { ParamLayout } from '../matrices/paramLayout.ts';
import { namedChain } from '../transforms/namedChain.ts';
import { scaleByFactoredRms, type ScaleByFactoredRmsState } from '../transforms/scaleByFactoredRms.ts';
import { clipByBlockRms } from '../transforms/clipByBlockRms.ts';
import {
  resolveRelativeStep,
  scaleByRelativeStep,
  type ScaleByRelativeStepState,
} from '../transforms/scaleByRelativeStep.ts';
import { ema, type EmaState } from '../transforms/ema.ts';
import { addRelativeDecayedWeights } from '../transforms/addRelativeDecayedWeights.ts';
import { scale } from '../transforms/scale.ts';

export interface AdafactorOptions {
  /** Parameter shapes: matrices get factored statistics, vectors full ones. Default: one vector. */
  layout?: ParamLayout;
  /** External lr (turns the relative step off); default undefined = relative step ρ_t. */
  lr?: LearningRate;
  /** ε₁ (regularises g²), default 1e-30. */
  eps1?: number;
  /** ε₂ (floor of the parameter scale), default 1e-3. */
  eps2?: number;
  /** d, the update-clipping threshold on RMS(U), default 1. */
  clipThreshold?: number;
  /** c in β̂₂ₜ = 1 − t^c, default −0.8. */
  decayRate?: number;
  /** β₁ of the optional first moment; default null (none: the paper's memory-saving default). */
  beta1?: number | null;
  /** Decoupled decay, θ ← θ − λα_tθ, default 0. */
  weightDecay?: number;
  /** α = ρ_t·max(ε₂, RMS(θ)) (true, default) or ρ_t. */
  scaleParameter?: boolean;
  /** Default: true exactly when lr is undefined. */
  relativeStep?: boolean;
  /** ρ_t = min(10⁻⁶t, 1/√t), default false. */
  warmupInit?: boolean;
  /** Factor a matrix only when its smaller side is ≥ this; default 1 (every matrix, as transformers). */
  minDimSizeToFactor?: number;
}

export interface AdafactorState {
  rms: ScaleByFactoredRmsState;
  clip: Record<string, never>;
  step: ScaleByRelativeStepState;
  momentum?: EmaState;
  decay: { count: number };
  negate: Record<string, never>;
}

/**
 * Adafactor (Shazeer & Stern 2018, "Adafactor: Adaptive Learning Rates with Sublinear Memory
 * Cost", Algorithms 4 and 5 with the defaults of Section 9), per block of `layout`:
 * $\alpha_t = \max(\varepsilon_2, \mathrm{RMS}(\theta_{t-1}))\,\rho_t$, $\rho_t = \min(10^{-2}, 1/\sqrt t)$;
 * $\hat\beta_{2t} = 1 - t^{-0.8}$; factored second moment $\hat V_t = R_tC_t/(1^\top R_t)$ for matrices
 * (full for vectors); $U_t = G_t/\sqrt{\hat V_t}$; $\hat U_t = U_t/\max(1, \mathrm{RMS}(U_t)/d)$;
 * $\theta_t = \theta_{t-1} - \alpha_t\hat U_t$. Defaults ε₁ = 10⁻³⁰, ε₂ = 10⁻³, d = 1, no β₁.
 * With β₁, $m_t = \beta_1 m_{t-1} + (1-\beta_1)\alpha_t\hat U_t$ replaces $\alpha_t\hat U_t$ (Section 9's β₁ = 0.9
 * runs; the average includes $\alpha_t$, as in transformers). Memory: n + m numbers per n×m matrix.
 *
 * Options and their order follow the PyTorch port in huggingface/transformers (`Adafactor`,
 * defaults lr = None, eps = (1e-30, 1e-3), clip_threshold = 1, decay_rate = −0.8, beta1 = None,
 * weight_decay = 0, scale_parameter = True, relative_step = True, warmup_init = False), tested
 * against it to 1e-12 (fixture from `scripts/frontier_fixtures.py`).
 * Built as namedChain({ rms: scaleByFactoredRms, clip: clipByBlockRms, step: scaleByRelativeStep,
 * momentum?: ema, decay: addRelativeDecayedWeights, negate: scale(−1) }).
 */
export function adafactor(options: AdafactorOptions = {}): Transform<AdafactorState> {
  const fn = 'adafactor';
  const {
    layout,
    lr,
    eps1 = 1e-30,
    eps2 = 1e-3,
    clipThreshold = 1,
    decayRate = -0.8,
    beta1 = null,
    weightDecay = 0,
    scaleParameter = true,
    relativeStep = lr === undefined,
    warmupInit = false,
    minDimSizeToFactor = 1,
  } = options;
  nonNegative(fn, 'eps1', eps1);
  positive(fn, 'clipThreshold', clipThreshold);
  nonNegative(fn, 'weightDecay', weightDecay);
  if (beta1 !== null) unitInterval(fn, 'beta1', beta1);
  const step = { lr, relativeStep, warmupInit, scaleParameter, eps2, layout };
  resolveRelativeStep(fn, step); // reports bad combinations under adafactor's name
  const parts = {
    rms: scaleByFactoredRms({ layout, decayRate, eps1, minDimSizeToFactor }),
    clip: clipByBlockRms({ threshold: clipThreshold, layout }),
    step: scaleByRelativeStep(step),
    ...(beta1 !== null ? { momentum: ema({ decay: beta1 }) } : {}),
    decay: addRelativeDecayedWeights({ ...step, weightDecay }),
    negate: scale(-1),
  };
  return namedChain(parts) as unknown as Transform<AdafactorState>;
}
