import type { Schedule } from '../types.ts';
import { integer, nonNegative, oneOf, positive } from '../internal/validate.ts';

export interface CyclicLROptions {
  /** Lower bound η_base of the cycle (PyTorch `base_lr`). */
  baseLr: number;
  /** Upper bound η_max (PyTorch `max_lr`), ≥ baseLr. */
  maxLr: number;
  /** Steps from base to max, default 2000. */
  stepSizeUp?: number;
  /** Steps from max back to base; default = stepSizeUp. */
  stepSizeDown?: number;
  /** 'triangular' (constant amplitude), 'triangular2' (halved each cycle), 'exp_range' (× gamma^t). */
  mode?: 'triangular' | 'triangular2' | 'exp_range';
  /** For 'exp_range', default 1. */
  gamma?: number;
}

/**
 * Smith's cyclical learning rate (`torch.optim.lr_scheduler.CyclicLR`, learning rate only; its
 * momentum cycling is not modelled). With cycle length $C = C_{\text{up}} + C_{\text{down}}$
 * (`stepSizeUp`, `stepSizeDown`), cycle index $c = \lfloor 1 + k/C\rfloor$, position
 * $x = 1 + k/C - c$ and $r = C_{\text{up}}/C$:
 * $\eta(k) = \eta_{\text{base}} + (\eta_{\max} - \eta_{\text{base}})\,s\,h$, where $s = x/r$ while
 * $x \le r$ and $s = (x - 1)/(r - 1)$ after, and $h = 1$, $h = 1/2^{c-1}$ or $h = \gamma^k$ by mode
 * (`triangular`, `triangular2`, `exp_range`; $\gamma$ is `gamma`).
 * Reference: Smith (2017), Cyclical Learning Rates for Training Neural Networks.
 */
export function cyclicLR(options: CyclicLROptions): Schedule {
  const fn = 'cyclicLR';
  const { baseLr, maxLr, stepSizeUp = 2000, mode = 'triangular', gamma = 1 } = options;
  const stepSizeDown = options.stepSizeDown ?? stepSizeUp;
  nonNegative(fn, 'baseLr', baseLr);
  nonNegative(fn, 'maxLr', maxLr);
  if (maxLr < baseLr) throw new RangeError(`${fn}: maxLr must be ≥ baseLr, got ${maxLr} < ${baseLr}`);
  integer(fn, 'stepSizeUp', stepSizeUp, 1);
  integer(fn, 'stepSizeDown', stepSizeDown, 1);
  oneOf(fn, 'mode', mode, ['triangular', 'triangular2', 'exp_range'] as const);
  positive(fn, 'gamma', gamma);
  const total = stepSizeUp + stepSizeDown;
  const ratio = stepSizeUp / total;
  return (t) => {
    const cycle = Math.floor(1 + t / total);
    const x = 1 + t / total - cycle;
    const s = x <= ratio ? x / ratio : (x - 1) / (ratio - 1);
    const h = mode === 'triangular' ? 1 : mode === 'triangular2' ? 1 / 2 ** (cycle - 1) : gamma ** t;
    return baseLr + (maxLr - baseLr) * s * h;
  };
}
