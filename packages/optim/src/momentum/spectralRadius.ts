import { characteristicPolynomial, type MomentumMethod } from './characteristicPolynomial.ts';

/**
 * Largest modulus of the roots of $z^2 - pz + q$:
 * $\frac12\big(|p| + \sqrt{p^2 - 4q}\big)$ when the roots are real ($p^2 \ge 4q$), and $\sqrt{q}$
 * when they are a complex pair ($|z|^2 = z\bar z = q$).
 */
export function rootRadius(p: number, q: number): number {
  const disc = p * p - 4 * q;
  if (disc < 0) return Math.sqrt(q);
  return (Math.abs(p) + Math.sqrt(disc)) / 2;
}

/**
 * The rate ρ of one eigen-component: the spectral radius of the iteration matrix
 * $\begin{pmatrix} p & -q \\ 1 & 0\end{pmatrix}$ of {@link characteristicPolynomial}. The error along
 * that eigenvector shrinks like $\rho^t$ (times $t$ at a double root); it converges iff ρ < 1.
 * Not validated: it is called once per pixel by the rate map.
 */
export function spectralRadius(method: MomentumMethod, lr: number, beta: number, lambda: number): number {
  const { p, q } = characteristicPolynomial(method, lr, beta, lambda);
  return rootRadius(p, q);
}

/**
 * The rate over a whole spectrum: $\rho = \max_i \rho(\eta, \beta, \lambda_i)$, the factor by which the
 * worst eigen-component shrinks per step (for an interval [μ, L] the maximum sits at an end).
 */
export function worstRate(
  method: MomentumMethod,
  lr: number,
  beta: number,
  eigenvalues: readonly number[],
): number {
  let r = 0;
  for (const lam of eigenvalues) r = Math.max(r, spectralRadius(method, lr, beta, lam));
  return r;
}
