import { nonNegative, positive, unitInterval } from '../internal/validate.ts';

/** Effective step of momentum with a constant gradient: $\alpha/(1-\beta)$ (the geometric series). */
export function effectiveStepSize(lr: number, beta: number): number {
  nonNegative('effectiveStepSize', 'lr', lr);
  unitInterval('effectiveStepSize', 'beta', beta);
  return lr / (1 - beta);
}

/** Optimal GD on a μ-strongly convex, L-smooth quadratic: α = 2/(μ + L), rate (κ − 1)/(κ + 1). */
export function gdOptimal(mu: number, L: number): { lr: number; rate: number } {
  positive('gdOptimal', 'mu', mu);
  positive('gdOptimal', 'L', L);
  if (mu > L) throw new RangeError(`gdOptimal: mu must be ≤ L, got mu = ${mu}, L = ${L}`);
  const kappa = L / mu;
  return { lr: 2 / (mu + L), rate: (kappa - 1) / (kappa + 1) };
}

/**
 * Polyak's optimal heavy-ball parameters on a quadratic with eigenvalues in [μ, L]:
 * $\alpha^* = (2/(\sqrt L + \sqrt\mu))^2$, $\beta^* = ((\sqrt\kappa - 1)/(\sqrt\kappa + 1))^2$,
 * rate $(\sqrt\kappa - 1)/(\sqrt\kappa + 1)$ per step.
 * Reference: Polyak (1964); Goh (2017), Why Momentum Really Works, Distill.
 */
export function heavyBallOptimal(mu: number, L: number): { lr: number; beta: number; rate: number } {
  positive('heavyBallOptimal', 'mu', mu);
  positive('heavyBallOptimal', 'L', L);
  if (mu > L) throw new RangeError(`heavyBallOptimal: mu must be ≤ L, got mu = ${mu}, L = ${L}`);
  const sk = Math.sqrt(L / mu);
  const rate = (sk - 1) / (sk + 1);
  return { lr: (2 / (Math.sqrt(L) + Math.sqrt(mu))) ** 2, beta: rate * rate, rate };
}

/**
 * Spectral radius of the heavy-ball iteration on one eigen-direction λ:
 * $x_{k+1} = x_k - \alpha\lambda x_k + \beta(x_k - x_{k-1})$ has matrix
 * $\begin{pmatrix} 1+\beta-\alpha\lambda & -\beta \\ 1 & 0 \end{pmatrix}$, whose eigenvalues are the
 * roots of $z^2 - (1+\beta-\alpha\lambda)z + \beta$. Converges iff the radius < 1, i.e.
 * 0 < αλ < 2 + 2β (for 0 ≤ β < 1). β = 0 gives |1 − αλ|, plain GD.
 */
export function heavyBallSpectralRadius(lr: number, beta: number, lambda: number): number {
  const b = 1 + beta - lr * lambda;
  const disc = b * b - 4 * beta;
  if (disc < 0) return Math.sqrt(beta); // complex pair, |z|² = β
  const s = Math.sqrt(disc);
  return Math.max(Math.abs((b + s) / 2), Math.abs((b - s) / 2));
}

/** Worst-case heavy-ball rate over the spectrum: max_i ρ(α, β, λ_i). */
export function heavyBallRate(lr: number, beta: number, eigenvalues: readonly number[]): number {
  return eigenvalues.reduce((r, lam) => Math.max(r, heavyBallSpectralRadius(lr, beta, lam)), 0);
}
