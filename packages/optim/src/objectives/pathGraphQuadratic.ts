import type { Vec } from '../types.ts';
import type { Objective } from './types.ts';
import { integer, positive } from '../internal/validate.ts';

export interface PathGraphQuadratic extends Objective {
  /** Strong convexity μ of the class the problem is built for. */
  mu: number;
  /** Condition number κ = L/μ of that class; the spectrum lies strictly inside [μ, κμ]. */
  kappa: number;
  /** The coupling $(L - \mu)/4$ that multiplies the path graph's Laplacian. */
  coupling: number;
  /** The exact minimiser (a tridiagonal solve). */
  minimizer: Vec;
  /** f at the minimiser. */
  minimum: number;
  /** Eigenvalues of the Hessian, ascending: $\mu + c\,(2 - 2\cos(j\pi/(d+1)))$, j = 1…d. */
  eigenvalues: number[];
  /** The unit eigenvector of `eigenvalues[j]`: $\sqrt{2/(d+1)}\,\sin(i(j+1)\pi/(d+1))$, i = 1…d. */
  eigenvector(j: number): Vec;
}

export interface PathGraphQuadraticOptions {
  /** Strong convexity μ > 0 (default 1). */
  mu?: number;
  /** Condition number κ > 1 of the class. */
  kappa: number;
  /** Number of coordinates d ≥ 1. */
  dim: number;
}

/**
 * Nesterov's worst-case quadratic for first-order methods, truncated to d coordinates:
 * $$f(\theta) = \frac{L-\mu}{8}\Big(\theta_1^2 + \sum_{i=1}^{d-1}(\theta_i - \theta_{i+1})^2 + \theta_d^2 - 2\theta_1\Big) + \frac{\mu}{2}\lVert\theta\rVert^2,$$
 * $L = \kappa\mu$. Its Hessian is $\tfrac{L-\mu}{4}T_d + \mu I$ with $T_d$ = tridiag(−1, 2, −1), the
 * Laplacian of a path graph with both ends tied down, so its eigenvalues lie in (μ, L). Because the
 * Hessian is tridiagonal and the linear term touches only θ₁, a method that starts at 0 and moves
 * in the span of the gradients it has seen has touched at most t coordinates after t updates —
 * the heart of the lower bound (Nesterov 2004, §2.1.4; Goh 2017, "The Limits of Descent").
 * As d → ∞ the minimiser tends to $\theta^\star_i = q^i$, $q = (\sqrt\kappa-1)/(\sqrt\kappa+1)$.
 */
export function pathGraphQuadratic({ mu = 1, kappa, dim }: PathGraphQuadraticOptions): PathGraphQuadratic {
  const fn = 'pathGraphQuadratic';
  positive(fn, 'mu', mu);
  positive(fn, 'kappa', kappa);
  if (!(kappa > 1)) throw new RangeError(`${fn}: kappa must be > 1, got ${kappa}`);
  integer(fn, 'dim', dim, 1);
  const c = (mu * (kappa - 1)) / 4;
  const diag = 2 * c + mu;
  const d = dim;
  // H θ for the tridiagonal Hessian: diag on the diagonal, −c beside it.
  const hessVec = (x: Vec): Vec => {
    const y = new Float64Array(d);
    for (let i = 0; i < d; i++) {
      let s = diag * x[i];
      if (i > 0) s -= c * x[i - 1];
      if (i < d - 1) s -= c * x[i + 1];
      y[i] = s;
    }
    return y;
  };
  // The minimiser solves H θ = c e₁ (Thomas algorithm: H is symmetric, diagonally dominant).
  const cp = new Float64Array(d);
  const dp = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    const denom = diag + (i > 0 ? c * cp[i - 1] : 0);
    cp[i] = -c / denom;
    dp[i] = ((i === 0 ? c : 0) + (i > 0 ? c * dp[i - 1] : 0)) / denom;
  }
  const minimizer = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) minimizer[i] = dp[i] - (i < d - 1 ? cp[i] * minimizer[i + 1] : 0);
  const value = (x: Vec) => {
    const h = hessVec(x);
    let s = 0;
    for (let i = 0; i < d; i++) s += x[i] * h[i];
    return 0.5 * s - c * x[0];
  };
  const eigenvalues = Array.from(
    { length: d },
    (_, j) => mu + c * (2 - 2 * Math.cos(((j + 1) * Math.PI) / (d + 1))),
  );
  const norm = Math.sqrt(2 / (d + 1));
  return {
    dim: d,
    mu,
    kappa,
    coupling: c,
    value,
    grad: (x) => {
      const g = hessVec(x);
      g[0] -= c;
      return g;
    },
    minimizer,
    minimum: value(minimizer),
    eigenvalues,
    eigenvector: (j) => {
      integer(fn, 'j', j, 0);
      if (j >= d) throw new RangeError(`${fn}: eigenvector index ${j} ≥ dim ${d}`);
      return Float64Array.from(
        { length: d },
        (_, i) => norm * Math.sin(((i + 1) * (j + 1) * Math.PI) / (d + 1)),
      );
    },
  };
}
