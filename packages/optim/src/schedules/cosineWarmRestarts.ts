import type { Schedule } from '../types.ts';
import { integer, nonNegative } from '../internal/validate.ts';

export interface CosineWarmRestartsOptions {
  lr: number;
  /** Length of the first cycle T_0 (≥ 1). */
  t0: number;
  /** Cycle length multiplier (integer ≥ 1, as PyTorch requires), default 1. */
  tMult?: number;
  etaMin?: number;
}

/**
 * SGDR: $\eta(k) = \eta_{\min} + \tfrac12(\eta_{\text{base}} - \eta_{\min})\big(1 + \cos(\pi T_{\text{cur}}/T_i)\big)$,
 * where $T_{\text{cur}}$ counts steps since the last restart and cycle $i = 0, 1, \dots$ lasts
 * $T_i = T_0\,T_{\text{mult}}^{\,i}$ steps ($T_0$ = `t0`, $T_{\text{mult}}$ = `tMult`).
 * `torch.optim.lr_scheduler.CosineAnnealingWarmRestarts` with `step()` called once per update.
 * Reference: Loshchilov & Hutter (2017), SGDR: Stochastic Gradient Descent with Warm Restarts.
 */
export function cosineWarmRestarts({ lr, t0, tMult = 1, etaMin = 0 }: CosineWarmRestartsOptions): Schedule {
  nonNegative('cosineWarmRestarts', 'lr', lr);
  integer('cosineWarmRestarts', 't0', t0, 1);
  integer('cosineWarmRestarts', 'tMult', tMult, 1);
  nonNegative('cosineWarmRestarts', 'etaMin', etaMin);
  return (t) => {
    let tCur = Math.floor(t);
    let tI = t0;
    if (tMult === 1) tCur %= t0;
    else {
      // Integer arithmetic, as PyTorch's step(): subtract whole cycles (logarithmically many).
      while (tCur >= tI) {
        tCur -= tI;
        tI *= tMult;
      }
    }
    return etaMin + ((lr - etaMin) * (1 + Math.cos((Math.PI * tCur) / tI))) / 2;
  };
}
