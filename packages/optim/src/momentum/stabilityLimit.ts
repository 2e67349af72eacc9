import { oneOf, positive, unitInterval } from '../internal/validate.ts';
import { MOMENTUM_METHODS, type MomentumMethod } from './characteristicPolynomial.ts';

/**
 * The largest stable $\eta\lambda$: a component with curvature λ converges iff $0 < \eta\lambda < $ this.
 * By the Jury (Schur–Cohn) test, $z^2 - pz + q$ has both roots inside the unit circle iff
 * $|q| < 1$, $1 - p + q > 0$ and $1 + p + q > 0$. For the heavy ball ($p = 1 + \beta - \eta\lambda$,
 * $q = \beta$) the last condition is $\eta\lambda < 2 + 2\beta$; for Nesterov
 * ($p = (1+\beta)(1-\eta\lambda)$, $q = \beta(1-\eta\lambda)$) it is $\eta\lambda < (2+2\beta)/(1+2\beta)$;
 * for GD ($\beta$ unused) $\eta\lambda < 2$. The second condition is $\eta\lambda > 0$ in every case.
 * Reference: Jury (1964), Theory and Application of the z-Transform Method; Goh (2017).
 */
export function stableStepTimesCurvature(method: MomentumMethod, beta: number): number {
  oneOf('stableStepTimesCurvature', 'method', method, MOMENTUM_METHODS);
  unitInterval('stableStepTimesCurvature', 'beta', beta);
  if (method === 'gd') return 2;
  if (method === 'heavyBall') return 2 + 2 * beta;
  return (2 + 2 * beta) / (1 + 2 * beta);
}

/** The largest stable learning rate for curvature λ (normally λ = L): $\eta < $ {@link stableStepTimesCurvature}$/\lambda$. */
export function maxStableLr(method: MomentumMethod, beta: number, lambda: number): number {
  positive('maxStableLr', 'lambda', lambda);
  return stableStepTimesCurvature(method, beta) / lambda;
}
