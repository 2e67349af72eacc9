import type { Schedule } from '../types.ts';
import { nonNegative } from '../internal/validate.ts';

export interface InverseTimeLROptions {
  lr: number;
  /** k in γ/(1 + k t). */
  decay: number;
}

/**
 * $\eta(k) = \eta_{\text{base}}/(1 + c\,k)$ with $c$ the `decay`: satisfies the Robbins–Monro
 * conditions $\sum_k \eta(k) = \infty$, $\sum_k \eta(k)^2 < \infty$. Keras' `InverseTimeDecay` with
 * `decay_steps = 1`; PyTorch has no built-in (use `LambdaLR`).
 * Reference: Robbins & Monro (1951), A Stochastic Approximation Method.
 */
export function inverseTimeLR({ lr, decay }: InverseTimeLROptions): Schedule {
  nonNegative('inverseTimeLR', 'lr', lr);
  nonNegative('inverseTimeLR', 'decay', decay);
  return (t) => lr / (1 + decay * t);
}
