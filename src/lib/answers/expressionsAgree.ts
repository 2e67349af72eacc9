import { isClose, type Tolerance } from './isClose.ts';
import type { ExpressionVariable } from './parseExpressionAnswer.ts';
import { samplePoint } from './samplePoint.ts';
import type { Evaluator } from './types.ts';

/** Fewest points at which two expressions are compared before they are said to agree. */
export const MIN_COMPARED_POINTS = 8;

export interface AgreeOptions extends Tolerance {
  /** Points where both are compared (8–10 in practice). */
  points?: number;
  /** Where in the quasi-random sequence sampling starts; change it to draw other points. */
  offset?: number;
}

/**
 * Whether two expressions agree as functions: both are evaluated at `points` (default 10)
 * quasi-random points of the variables' domains (a Halton sequence, so the points are spread out
 * and reproducible without Math.random). Points where the *reference* is not finite are skipped and
 * replaced by further points; the student's expression must be finite and within tolerance
 * (default rtol 1e-6, atol 1e-12) at every kept point. Returns false when the reference yields too
 * few finite points to decide.
 */
export function expressionsAgree(
  student: Evaluator,
  reference: Evaluator,
  variables: readonly ExpressionVariable[],
  opts: AgreeOptions = {},
): boolean {
  const wanted = opts.points ?? 10;
  const tol: Tolerance =
    opts.sigFigs !== undefined
      ? { sigFigs: opts.sigFigs }
      : { rtol: opts.rtol ?? 1e-6, atol: opts.atol ?? 1e-12 };
  let kept = 0;
  for (let i = (opts.offset ?? 0) + 1; kept < wanted && i < (opts.offset ?? 0) + 20 * wanted; i++) {
    const vars = samplePoint(i, variables);
    const expected = reference(vars);
    if (!Number.isFinite(expected)) continue;
    if (!isClose(student(vars), expected, tol)) return false;
    kept++;
  }
  return kept >= Math.min(wanted, MIN_COMPARED_POINTS);
}
