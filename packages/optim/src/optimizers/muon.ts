import type { LearningRate, Transform } from '../types.ts';
import { boolean, integer, learningRate, nonNegative, oneOf, unitInterval } from '../internal/validate.ts';
import type { ParamLayout } from '../matrices/paramLayout.ts';
import { namedChain } from '../transforms/namedChain.ts';
import { muonMomentum, type MuonMomentumState } from '../transforms/muonMomentum.ts';
import { orthogonalize, type MuonShapeScale } from '../transforms/orthogonalize.ts';
import { addDecayedWeights } from '../transforms/addDecayedWeights.ts';
import { scaleByLearningRate, type ScaleByLearningRateState } from '../transforms/scaleByLearningRate.ts';

export interface MuonOptions {
  /** The matrix blocks (all [rows, cols]). Required. */
  layout: ParamLayout;
  /** η, default 0.02 ("in units of spectral norm per update", muon.py). */
  lr?: LearningRate;
  /** μ, default 0.95. */
  momentum?: number;
  /** Nesterov-style output, default true. */
  nesterov?: boolean;
  /** Decoupled λ: θ ← θ(1 − ηλ), default 0. */
  weightDecay?: number;
  /** Newton–Schulz steps, default 5. */
  nsSteps?: number;
  /** Default (3.4445, −4.7750, 2.0315). */
  coefficients?: readonly [number, number, number];
  /** 'jordan' √max(1, rows/cols) (default) | 'moonlight' 0.2√max(rows, cols) | 'none'. */
  shapeScale?: MuonShapeScale;
  /** 'ema' (muon.py, default) or 'sum' (Moonlight's b ← μb + g). */
  momentumForm?: 'ema' | 'sum';
}

export interface MuonState {
  momentum: MuonMomentumState;
  orthogonalize: Record<string, never>;
  decay: Record<string, never>;
  lr: ScaleByLearningRateState;
}

/**
 * Muon, "MomentUm Orthogonalized by Newton–Schulz" (Jordan et al. 2024), exactly as
 * KellerJordan/Muon `muon.py` (`SingleDeviceMuon` and `muon_update`, commit 857d1adc, Nov 2025),
 * in float64, per matrix block of `layout`:
 * $b_t = \mu b_{t-1} + (1-\mu)G_t$; $M_t = (1-\mu)G_t + \mu b_t$ (Nesterov); $O_t = \mathrm{NS}_5(M_t)$ (quintic
 * Newton–Schulz, see {@link newtonSchulz}); $\theta_t = \theta_{t-1}(1 - \eta\lambda) - \eta\sqrt{\max(1, \text{rows}/\text{cols})}\,O_t$.
 * Defaults lr = 0.02, momentum = 0.95, weightDecay = 0, 5 steps, (a, b, c) = (3.4445, −4.7750, 2.0315).
 * The reference runs Newton–Schulz in bfloat16; here it is float64, and the tests compare with
 * muon.py run in float64 to 1e-12.
 *
 * Only 2-D hidden weights belong to Muon: embeddings, the output head, biases and gains go to
 * AdamW (muon.py's docstring) — use {@link muonWithAdamw}. `shapeScale: 'moonlight'` with
 * `momentumForm: 'sum'` is Moonlight's variant (MoonshotAI/Moonlight `examples/toy_train.py`:
 * η·0.2√max(A, B), decay θ(1 − ηλ) with the unscaled η), whose AdamW-matched update RMS lets
 * AdamW's lr and λ carry over (Liu et al. 2025, "Muon is Scalable for LLM Training").
 * Built as namedChain({ momentum: muonMomentum, orthogonalize, decay: addDecayedWeights,
 * lr: scaleByLearningRate }).
 */
export function muon(options: MuonOptions): Transform<MuonState> {
  const fn = 'muon';
  if (options === null || typeof options !== 'object')
    throw new RangeError(`${fn}: options { layout } required`);
  const {
    layout,
    lr = 0.02,
    momentum = 0.95,
    nesterov = true,
    weightDecay = 0,
    nsSteps = 5,
    coefficients,
    shapeScale = 'jordan',
    momentumForm = 'ema',
  } = options;
  learningRate(fn, 'lr', lr);
  unitInterval(fn, 'momentum', momentum);
  boolean(fn, 'nesterov', nesterov);
  nonNegative(fn, 'weightDecay', weightDecay);
  integer(fn, 'nsSteps', nsSteps, 0);
  oneOf(fn, 'shapeScale', shapeScale, ['jordan', 'moonlight', 'none'] as const);
  oneOf(fn, 'momentumForm', momentumForm, ['ema', 'sum'] as const);
  return namedChain({
    momentum: muonMomentum({ beta: momentum, nesterov, form: momentumForm }),
    orthogonalize: orthogonalize({ layout, nsSteps, coefficients, shapeScale }),
    decay: addDecayedWeights({ weightDecay }),
    lr: scaleByLearningRate(lr),
  });
}
