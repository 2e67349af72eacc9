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
 * The one-cycle policy, exactly torch.optim.lr_scheduler.OneCycleLR's learning rate (momentum
 * cycling is not modelled). Phases end at steps pctStart·T − 1 and T − 1 (two-phase:
 * initial → max → min) or pctStart·T − 1, 2·pctStart·T − 2 and T − 1 (three-phase:
 * initial → max → initial → min); within a phase from start step s to end step e,
 * p = (t − s)/(e − s) and the rate is $end + \tfrac12(start - end)(1 + \cos\pi p)$ ('cos') or
 * $start + p\,(end - start)$ ('linear').
 * PyTorch raises past t = T; we hold the final value for t > T.
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
