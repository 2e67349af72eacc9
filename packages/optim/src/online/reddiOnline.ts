import { finite, integer, positive } from '../internal/validate.ts';

export interface ReddiOnlineOptions {
  /** The large coefficient C of the rare loss f_t(x) = C x. Theorem 1 needs C > 2 (period 3, small = 1). */
  C: number;
  /** The rare loss comes at t = 1, 1 + period, 1 + 2·period, … Default 3 (Theorem 1). */
  period?: number;
  /** The frequent loss is f_t(x) = −small·x. Default 1 (Theorem 1). */
  small?: number;
}

/** An online linear problem on the interval [−1, 1]: f_t(x) = c_t·x for t = 1, 2, …. */
export interface OnlineLinearProblem {
  /** c_t, the gradient of f_t (constant in x). */
  coefficient(t: number): number;
  lo: -1;
  hi: 1;
  /** Σ of c_t over one period: > 0 means the best fixed point in hindsight is x = −1. */
  periodSum: number;
  period: number;
  /** The minimiser of the average loss over whole periods (−1, +1, or 0 when periodSum = 0). */
  xStar: number;
  /**
   * The long-run average regret of always playing x, over whole periods:
   * $(S x + |S|)/P$ with S = periodSum, P = period. At x = +1 with Theorem 1's losses: 2(C − 2)/3.
   */
  fixedPointAvgRegret(x: number): number;
}

/**
 * Reddi, Kale & Kumar's online counterexample (2018, Section 3, with its generalisation in
 * Section 5): on $\mathcal F = [-1, 1]$,
 * $f_t(x) = C x$ if $t \bmod P = 1$, and $f_t(x) = -s\,x$ otherwise.
 * Theorem 1 uses $P = 3$, $s = 1$, $C > 2$ (with Adam's $\beta_1 = 0$, $\beta_2 = 1/(1 + C^2)$,
 * $\alpha_t = \alpha/\sqrt t$); the synthetic experiment of Section 5 uses $C = 1010$, $P = 101$, $s = 10$.
 * Over one period the losses sum to $(C - (P-1)s)\,x$, so when $C > (P-1)s$ the best fixed point
 * is $x = -1$, while Adam is driven to $x = +1$.
 */
export function reddiOnline({ C, period = 3, small = 1 }: ReddiOnlineOptions): OnlineLinearProblem {
  const fn = 'reddiOnline';
  positive(fn, 'C', C);
  integer(fn, 'period', period, 2);
  finite(fn, 'small', small);
  const periodSum = C - (period - 1) * small;
  return {
    coefficient: (t: number) => (t % period === 1 ? C : -small),
    lo: -1,
    hi: 1,
    periodSum,
    period,
    xStar: periodSum > 0 ? -1 : periodSum < 0 ? 1 : 0,
    fixedPointAvgRegret: (x: number) => (periodSum * x + Math.abs(periodSum)) / period,
  };
}
