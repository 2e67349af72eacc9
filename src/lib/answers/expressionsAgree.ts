import { isClose, type Tolerance } from './isClose.ts';
import type { ExpressionVariable } from './parseExpressionAnswer.ts';
import type { Evaluator } from './types.ts';

/** The i-th term of the van der Corput sequence in `base`: a well-spread number in [0, 1). */
function radicalInverse(i: number, base: number): number {
  let f = 1;
  let r = 0;
  for (let n = i; n > 0; n = Math.floor(n / base)) {
    f /= base;
    r += f * (n % base);
  }
  return r;
}
const PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29];

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
export function expressionsAgree(student: Evaluator, reference: Evaluator, variables: readonly ExpressionVariable[], opts: AgreeOptions = {}): boolean {
  const wanted = opts.points ?? 10;
  const tol: Tolerance = opts.sigFigs !== undefined ? { sigFigs: opts.sigFigs } : { rtol: opts.rtol ?? 1e-6, atol: opts.atol ?? 1e-12 };
  let kept = 0;
  for (let i = (opts.offset ?? 0) + 1; kept < wanted && i < (opts.offset ?? 0) + 20 * wanted; i++) {
    const vars: Record<string, number> = {};
    variables.forEach((v, k) => {
      const u = radicalInverse(i, PRIMES[k % PRIMES.length]);
      vars[v.name] = v.integer ? Math.min(v.max, Math.floor(v.min + u * (v.max - v.min + 1))) : v.min + u * (v.max - v.min);
    });
    const expected = reference(vars);
    if (!Number.isFinite(expected)) continue;
    if (!isClose(student(vars), expected, tol)) return false;
    kept++;
  }
  return kept >= Math.min(wanted, 8);
}
