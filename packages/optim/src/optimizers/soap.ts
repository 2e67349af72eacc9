import type { LearningRate, Transform } from '../types.ts';
import { learningRate, nonNegative } from '../internal/validate.ts';
import { namedChain } from '../transforms/namedChain.ts';
import { scaleBySoap, type ScaleBySoapOptions, type ScaleBySoapState } from '../transforms/scaleBySoap.ts';
import { scaleByLearningRate, type ScaleByLearningRateState } from '../transforms/scaleByLearningRate.ts';
import { decayUpdatedWeights } from '../transforms/decayUpdatedWeights.ts';

export interface SoapOptions extends ScaleBySoapOptions {
  /** η, default 3e-3. */
  lr?: LearningRate;
  /** Decoupled λ, applied after the step: θ ← (θ − ηD)(1 − ηλ); default 0.01. */
  weightDecay?: number;
}

export interface SoapState {
  soap: ScaleBySoapState;
  lr: ScaleByLearningRateState;
  decay: { count: number };
}

/**
 * SOAP (Vyas et al. 2024, "SOAP: Improving and Stabilizing Shampoo using Adam", Algorithm 1),
 * exactly as the authors' `soap.py` (nikhilvyas/SOAP, commit a1e55353): Adam run in the
 * eigenbasis of Shampoo's preconditioners, the basis refreshed every `preconditionFrequency`
 * steps by power iteration + QR (see {@link scaleBySoap}). Defaults as the reference: lr = 3e-3,
 * betas (0.95, 0.95), shampooBeta = β₂, eps = 1e-8, weightDecay = 0.01 (on the updated weights),
 * preconditionFrequency = 10, maxPrecondDim = 10000, precondition1d = false, correctBias = true.
 * The first update only initialises the preconditioners and leaves θ unchanged.
 * Memory per m×n block: 2mn (M, V) + 2(m² + n²) (L, R and their bases).
 * Built as namedChain({ soap: scaleBySoap, lr: scaleByLearningRate, decay: decayUpdatedWeights }).
 */
export function soap(options: SoapOptions = {}): Transform<SoapState> {
  const { lr = 3e-3, weightDecay = 0.01, ...rest } = options;
  learningRate('soap', 'lr', lr);
  nonNegative('soap', 'weightDecay', weightDecay);
  return namedChain({
    soap: scaleBySoap(rest),
    lr: scaleByLearningRate(lr),
    decay: decayUpdatedWeights({ weightDecay, lr, skipSteps: 1 }),
  });
}
