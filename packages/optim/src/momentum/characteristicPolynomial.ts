import { nonNegative, oneOf, unitInterval } from '../internal/validate.ts';

/** The three methods the momentum lesson compares on a quadratic. */
export type MomentumMethod = 'gd' | 'heavyBall' | 'nesterov';
export const MOMENTUM_METHODS: readonly MomentumMethod[] = ['gd', 'heavyBall', 'nesterov'];

/** Coefficients of $z^2 - p z + q$. */
export interface CharacteristicPolynomial {
  p: number;
  q: number;
}

/**
 * The characteristic polynomial of one eigen-component of a quadratic with curvature λ.
 * Along an eigenvector the error $e_t$ of every method below obeys the linear recurrence
 * $e_{t+1} = p\,e_t - q\,e_{t-1}$, i.e. the iteration matrix $\begin{pmatrix} p & -q \\ 1 & 0\end{pmatrix}$:
 *
 * - GD: $e_{t+1} = (1 - \eta\lambda)e_t$, so $p = 1 - \eta\lambda$, $q = 0$;
 * - heavy ball (PyTorch's `SGD(momentum=β)` with a constant η): $p = 1 + \beta - \eta\lambda$, $q = \beta$;
 * - Nesterov (PyTorch's `nesterov=True`, or Sutskever et al.'s form): $p = (1+\beta)(1 - \eta\lambda)$,
 *   $q = \beta(1 - \eta\lambda)$.
 *
 * The eigenvalues of the iteration matrix are the roots of $z^2 - pz + q$; their largest modulus is the
 * per-step rate ρ of that component (see {@link spectralRadius}).
 * Reference: Polyak (1964); Goh (2017), Why Momentum Really Works, Distill; Lessard, Recht & Packard (2016), §2.
 */
export function characteristicPolynomial(
  method: MomentumMethod,
  lr: number,
  beta: number,
  lambda: number,
): CharacteristicPolynomial {
  const c = 1 - lr * lambda;
  if (method === 'gd') return { p: c, q: 0 };
  if (method === 'heavyBall') return { p: 1 + beta - lr * lambda, q: beta };
  return { p: (1 + beta) * c, q: beta * c };
}

/** {@link characteristicPolynomial} with its arguments checked (for callers outside hot loops). */
export function checkedCharacteristicPolynomial(
  method: MomentumMethod,
  lr: number,
  beta: number,
  lambda: number,
): CharacteristicPolynomial {
  const fn = 'characteristicPolynomial';
  oneOf(fn, 'method', method, MOMENTUM_METHODS);
  nonNegative(fn, 'lr', lr);
  unitInterval(fn, 'beta', beta);
  nonNegative(fn, 'lambda', lambda);
  return characteristicPolynomial(method, lr, beta, lambda);
}
