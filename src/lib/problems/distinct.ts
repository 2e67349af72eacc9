import { isClose, type Tolerance } from '../answers/isClose.ts';
import { roundToPrecision } from './precision.ts';

/**
 * `v`, or NaN ("this slip does not apply to this variant") when a student who made the slip —
 * typing `v` in full or rounded to the answer's precision — would be judged as matching one of
 * `others` (the key, or a mistake listed earlier) under the answer's tolerance. A listed mistake
 * must be told apart from the key and from every other mistake, or its feedback would be wrong.
 */
export function distinctOrNaN(v: number, tol: Tolerance, ...others: readonly number[]): number {
  if (!Number.isFinite(v)) return NaN;
  const typed = [v, roundToPrecision(v, tol)];
  return others.some((o) => Number.isFinite(o) && typed.some((x) => isClose(x, o, tol))) ? NaN : v;
}
