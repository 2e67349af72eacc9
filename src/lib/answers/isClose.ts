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

/** |x − x*| ≤ max(atol, rtol·|x*|) (or the sig-fig rule); false for any non-finite input. */
export function isClose(actual: number, expected: number, tol: Tolerance = {}): boolean {
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return false;
  return Math.abs(actual - expected) <= allowedError(expected, tol);
}
