import { nonNegative, oneOf, unitInterval } from '../internal/validate.ts';
import {
  characteristicPolynomial,
  MOMENTUM_METHODS,
  type MomentumMethod,
} from './characteristicPolynomial.ts';
import { rootRadius } from './spectralRadius.ts';

/**
 * How a heavy-ball eigen-component moves:
 * - `overdamped`: two real roots in (0, 1) — creeps in from one side, no oscillation
 *   ($\eta\lambda < (1-\sqrt\beta)^2$);
 * - `critical`: a double root $\sqrt\beta$ at $\eta\lambda = (1 \pm \sqrt\beta)^2$;
 * - `underdamped`: a complex pair of modulus $\sqrt\beta$ — a damped spiral, the error changes sign
 *   every $\pi/\arg z$ steps ($(1-\sqrt\beta)^2 < \eta\lambda < (1+\sqrt\beta)^2$);
 * - `flipping`: two negative real roots — the error changes sign at every step, like GD with
 *   $\eta\lambda > 1$ ($(1+\sqrt\beta)^2 < \eta\lambda < 2 + 2\beta$);
 * - `divergent`: a root of modulus ≥ 1, so the component does not converge: it grows for
 *   $\eta\lambda > 2 + 2\beta$; at $\eta\lambda = 2 + 2\beta$ exactly the roots are −1 and −β and it flips sign
 *   for ever at a constant size; at $\eta\lambda = 0$ it stalls.
 */
export type DampingRegime = 'overdamped' | 'critical' | 'underdamped' | 'flipping' | 'divergent';

export interface DampingInfo {
  regime: DampingRegime;
  /** Spectral radius ρ of the component. */
  rate: number;
  /** Roots of $z^2 - (1+\beta-\eta\lambda)z + \beta$ as [re, im] pairs. */
  roots: [[number, number], [number, number]];
  /** Steps between sign changes for an under-damped component ($\pi/\arg z$), else null. */
  halfPeriod: number | null;
}

/** Relative tolerance on the discriminant below which the roots count as a double root. */
const DOUBLE_ROOT = 1e-9;

/**
 * dampingRegime(lr, beta, lambda) classifies one heavy-ball eigen-component by the roots of
 * $z^2 - (1 + \beta - \eta\lambda)z + \beta$ (discriminant $(1+\beta-\eta\lambda)^2 - 4\beta$, which
 * vanishes at $\eta\lambda = (1\pm\sqrt\beta)^2$). Pass `method` to classify a GD or Nesterov component
 * the same way by the roots of its own polynomial (GD: one root $1 - \eta\lambda$, never complex).
 * Reference: Goh (2017), "The dynamics of momentum"; Qian (1999), On the momentum term in gradient
 * descent learning algorithms.
 */
export function dampingRegime(
  lr: number,
  beta: number,
  lambda: number,
  method: MomentumMethod = 'heavyBall',
): DampingInfo {
  oneOf('dampingRegime', 'method', method, MOMENTUM_METHODS);
  nonNegative('dampingRegime', 'lr', lr);
  unitInterval('dampingRegime', 'beta', beta);
  nonNegative('dampingRegime', 'lambda', lambda);
  const { p, q } = characteristicPolynomial(method, lr, beta, lambda);
  const disc = p * p - 4 * q;
  const rate = rootRadius(p, q);
  const scale = Math.max(p * p, 4 * q, Number.MIN_VALUE);
  let roots: DampingInfo['roots'];
  let halfPeriod: number | null = null;
  if (disc < 0) {
    const im = Math.sqrt(-disc) / 2;
    roots = [
      [p / 2, im],
      [p / 2, -im],
    ];
    halfPeriod = Math.PI / Math.atan2(im, p / 2);
  } else {
    const s = Math.sqrt(disc);
    roots = [
      [(p + s) / 2, 0],
      [(p - s) / 2, 0],
    ];
  }
  let regime: DampingRegime;
  if (!(rate < 1) || lr * lambda <= 0) regime = 'divergent';
  else if (q !== 0 && Math.abs(disc) <= DOUBLE_ROOT * scale) regime = 'critical';
  else if (disc < 0) regime = 'underdamped';
  else regime = p > 0 ? 'overdamped' : 'flipping';
  return { regime, rate, roots, halfPeriod };
}
