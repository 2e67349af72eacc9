import type { Schedule } from '../types.ts';
import { boolean, integer, oneOf, positive } from '../internal/validate.ts';

export interface OneCycleLROptions {
  maxLr: number;
  /** Total number of steps T. */
  totalSteps: number;
  /** Fraction of T spent increasing, default 0.3. */
  pctStart?: number;
  annealStrategy?: 'cos' | 'linear';
  /** Initial lr = maxLr/divFactor, default 25. */
  divFactor?: number;
  /** Final lr = initial/finalDivFactor, default 1e4. */
  finalDivFactor?: number;
  /** Smith's three phases (up, down to initial, annihilate) instead of PyTorch's default two. */
  threePhase?: boolean;
}

/**
 * The one-cycle policy, exactly `torch.optim.lr_scheduler.OneCycleLR`'s learning rate (momentum
 * cycling is not modelled). With $T$ the `totalSteps` and $q$ the `pctStart`, the phases end at steps
 * $qT - 1$ and $T - 1$ (two phases: initial, maximum, minimum) or $qT - 1$, $2qT - 2$ and $T - 1$
 * (three phases: initial, maximum, initial, minimum); within a phase from step $a$ to step $b$, going
 * from $\eta_a$ to $\eta_b$, $p = (k - a)/(b - a)$ and the rate is
 * $\eta_b + \tfrac12(\eta_a - \eta_b)(1 + \cos\pi p)$ (`'cos'`) or $\eta_a + p\,(\eta_b - \eta_a)$ (`'linear'`).
 * PyTorch raises an error past $k = T$; we hold the final value for $k > T$.
 * Reference: Smith & Topin (2019), Super-Convergence.
 */
export function oneCycleLR(options: OneCycleLROptions): Schedule {
  const fn = 'oneCycleLR';
  const {
    maxLr,
    totalSteps,
    pctStart = 0.3,
    annealStrategy = 'cos',
    divFactor = 25,
    finalDivFactor = 1e4,
    threePhase = false,
  } = options;
  positive(fn, 'maxLr', maxLr);
  integer(fn, 'totalSteps', totalSteps, 2);
  if (!(pctStart > 0 && pctStart < 1))
    throw new RangeError(`${fn}: pctStart must be in (0, 1), got ${pctStart}`);
  oneOf(fn, 'annealStrategy', annealStrategy, ['cos', 'linear'] as const);
  positive(fn, 'divFactor', divFactor);
  positive(fn, 'finalDivFactor', finalDivFactor);
  boolean(fn, 'threePhase', threePhase);
  const initial = maxLr / divFactor;
  const min = initial / finalDivFactor;
  const phases = threePhase
    ? [
        { end: pctStart * totalSteps - 1, from: initial, to: maxLr },
        { end: 2 * pctStart * totalSteps - 2, from: maxLr, to: initial },
        { end: totalSteps - 1, from: initial, to: min },
      ]
    : [
        { end: pctStart * totalSteps - 1, from: initial, to: maxLr },
        { end: totalSteps - 1, from: maxLr, to: min },
      ];
  const anneal =
    annealStrategy === 'cos'
      ? (a: number, b: number, p: number) => b + ((a - b) / 2) * (Math.cos(Math.PI * p) + 1)
      : (a: number, b: number, p: number) => (b - a) * p + a;
  return (t) => {
    if (t > totalSteps) return min;
    let start = 0;
    for (let i = 0; i < phases.length; i++) {
      const ph = phases[i];
      if (t <= ph.end || i === phases.length - 1)
        return anneal(ph.from, ph.to, (t - start) / (ph.end - start));
      start = ph.end;
    }
    return min;
  };
}
