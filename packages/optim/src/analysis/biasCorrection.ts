import { integer, unitInterval } from '../internal/validate.ts';

/**
 * Adam's bias-correction factor $1/(1-\beta^t)$ at update t ≥ 1 (m̂ = m · factor).
 * E.g. β₁ = 0.9, t = 20: ≈ 1.14; β₂ = 0.999, t = 20: ≈ 50.5.
 */
export function biasCorrection(beta: number, t: number): number {
  unitInterval('biasCorrection', 'beta', beta);
  integer('biasCorrection', 't', t, 1);
  return 1 / (1 - beta ** t);
}

/**
 * The first update t at which the bias-correction factor is below 1 + tol, i.e. the smallest
 * t with $\beta^t < tol/(1+tol)$. β = 0.9, tol = 0.05 → 29; β = 0.999 → 3043.
 */
export function stepsUntilBiasCorrectionBelow(beta: number, tol: number): number {
  unitInterval('stepsUntilBiasCorrectionBelow', 'beta', beta);
  if (!(tol > 0) || !Number.isFinite(tol))
    throw new RangeError(`stepsUntilBiasCorrectionBelow: tol must be a finite number > 0, got ${tol}`);
  if (beta === 0) return 1;
  let t = Math.max(1, Math.ceil(Math.log(tol / (1 + tol)) / Math.log(beta)));
  // Guard the floating-point log against an off-by-one at the boundary.
  while (t > 1 && 1 / (1 - beta ** (t - 1)) < 1 + tol) t--;
  while (1 / (1 - beta ** t) >= 1 + tol) t++;
  return t;
}
