import type { Vec } from '../types.ts';
import { integer, positive } from '../internal/validate.ts';

export interface FirstOrderLowerBound {
  /** $(\sqrt\kappa - 1)/(\sqrt\kappa + 1)$: the per-step factor no first-order method can beat. */
  rate: number;
  /**
   * bound[t] for t = 0…steps: the smallest possible $\lVert\theta_t - \theta^\star\rVert / \lVert\theta_0 - \theta^\star\rVert$
   * on this problem for any method started at θ₀ = 0 whose iterates lie in the span of the
   * gradients seen so far: the norm of the minimiser's coordinates beyond the first t.
   */
  bound: number[];
}

/**
 * The lower bound for first-order methods on Nesterov's path-graph quadratic
 * ({@link pathGraphQuadratic}), started at θ₀ = 0. Every method with
 * $\theta_t \in \theta_0 + \operatorname{span}\{\nabla f(\theta_0), \dots, \nabla f(\theta_{t-1})\}$ — GD, the heavy
 * ball and Nesterov with any constant or varying η and β, conjugate gradients — has touched only
 * coordinates 1…t after t updates (the Hessian is tridiagonal and the linear term touches θ₁
 * only), so $\lVert\theta_t - \theta^\star\rVert^2 \ge \sum_{i > t}(\theta^\star_i)^2$. With infinitely many
 * coordinates $\theta^\star_i = q^i$ and the bound is exactly $q^t$, $q = (\sqrt\kappa-1)/(\sqrt\kappa+1)$:
 * Nesterov (2004), Introductory Lectures on Convex Optimization, §2.1.4, Theorem 2.1.13.
 * `minimizer` is that problem's minimiser (any d); `kappa` its class's condition number.
 */
export function firstOrderLowerBound(minimizer: Vec, kappa: number, steps: number): FirstOrderLowerBound {
  const fn = 'firstOrderLowerBound';
  positive(fn, 'kappa', kappa);
  integer(fn, 'steps', steps, 0);
  const d = minimizer.length;
  // tail[t] = Σ_{i ≥ t} θ*ᵢ² (0-based i), summed from the far end so small terms are not lost.
  const tail = new Float64Array(d + 1);
  for (let i = d - 1; i >= 0; i--) tail[i] = tail[i + 1] + minimizer[i] * minimizer[i];
  const total = Math.sqrt(tail[0]);
  const bound = Array.from({ length: steps + 1 }, (_, t) => (t >= d ? 0 : Math.sqrt(tail[t]) / total));
  const sk = Math.sqrt(kappa);
  return { rate: (sk - 1) / (sk + 1), bound };
}
