import type { Schedule } from '../types.ts';
import { closedUnitInterval, integer, nonNegative } from '../internal/validate.ts';
import { sequentialLR } from './sequentialLR.ts';
import { cosineAnnealingLR } from './cosineAnnealingLR.ts';

export interface WarmupCosineOptions {
  /** Peak learning rate. */
  lr: number;
  /** Linear warmup length W (≥ 1). */
  warmupSteps: number;
  /** Total length T > W; cosine decay runs from t = W to t = T. */
  totalSteps: number;
  /** Warmup starts at lr·startFactor, default 0. */
  startFactor?: number;
  /** Final rate, default 0. */
  etaMin?: number;
}

/**
 * Linear warmup then cosine decay: $\eta(k) = \eta_{\text{base}}\,\big(s + (1-s)\,k/W\big)$ for
 * $k < W$, then $\eta(k) = \eta_{\min} + \tfrac12(\eta_{\text{base}}-\eta_{\min})\big(1 + \cos(\pi (k-W)/(T-W))\big)$
 * up to $T$, then $\eta_{\min}$. Equals optax's `warmup_cosine_decay_schedule(init_value=sη, peak_value=η,
 * warmup_steps=W, decay_steps=T, end_value=η_min)`, and for $s > 0$ and $k \le T$ PyTorch's
 * `SequentialLR([LinearLR(start_factor=s, total_iters=W), CosineAnnealingLR(T_max=T−W, eta_min)], milestones=[W])`.
 */
export function warmupCosine({
  lr,
  warmupSteps,
  totalSteps,
  startFactor = 0,
  etaMin = 0,
}: WarmupCosineOptions): Schedule {
  const fn = 'warmupCosine';
  nonNegative(fn, 'lr', lr);
  integer(fn, 'warmupSteps', warmupSteps, 1);
  integer(fn, 'totalSteps', totalSteps, warmupSteps + 1);
  closedUnitInterval(fn, 'startFactor', startFactor);
  nonNegative(fn, 'etaMin', etaMin);
  const warm: Schedule = (t) => lr * (startFactor + ((1 - startFactor) * t) / warmupSteps);
  const decay = cosineAnnealingLR({ lr, tMax: totalSteps - warmupSteps, etaMin });
  const joined = sequentialLR({ schedules: [warm, decay], milestones: [warmupSteps] });
  return (t) => (t >= totalSteps ? etaMin : joined(t));
}
