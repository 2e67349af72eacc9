/** How close a number must be to the key. */
export interface Tolerance {
  /** Relative tolerance (default 1e-3 when neither rtol nor atol is given). */
  rtol?: number;
  /** Absolute tolerance (default 0). */
  atol?: number;
  /**
   * Significant-figure mode: correct when x agrees with x* to this many significant figures,
   * i.e. |x − x*| ≤ ½·10^(⌊log₁₀|x*|⌋ − n + 1). Replaces rtol/atol when set.
   */
  sigFigs?: number;
}

export const DEFAULT_RTOL = 1e-3;

/**
 * Float slack isClose adds to every tolerance, in units of |x*|: 16 units in the last place. A key that is
 * exactly on a rounding tie in decimals (1.5 − 3·10⁻⁴ − 4.5·10⁻⁵ = 1.499655 at 6 figures, 0.125 to
 * ±0.005) is computed a few ulps off it (1.49965499999999996), and |x − x*| carries rounding of
 * its own, so without it both correct roundings, 1.49966 and 1.49965, were refused. 16 ulps is
 * ~10⁻¹⁵ of |x*|: nothing a reader types falls in it.
 */
const FLOAT_SLACK = 16 * Number.EPSILON;

/** The absolute error allowed around `expected`: max(atol, rtol·|x*|), or the sig-fig half-unit. */
export function allowedError(expected: number, tol: Tolerance = {}): number {
  if (tol.sigFigs !== undefined) {
    if (expected === 0) return 0.5 * 10 ** (1 - tol.sigFigs);
    const exponent = Math.floor(Math.log10(Math.abs(expected)));
    return 0.5 * 10 ** (exponent - tol.sigFigs + 1) * (1 + 1e-12);
  }
  const rtol = tol.rtol ?? (tol.atol === undefined ? DEFAULT_RTOL : 0);
  return Math.max(tol.atol ?? 0, rtol * Math.abs(expected));
}

/**
 * |x − x*| ≤ max(atol, rtol·|x*|) (or the sig-fig rule), up to {@link FLOAT_SLACK}; false for
 * any non-finite input.
 */
export function isClose(actual: number, expected: number, tol: Tolerance = {}): boolean {
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return false;
  return Math.abs(actual - expected) <= allowedError(expected, tol) + FLOAT_SLACK * Math.abs(expected);
}
