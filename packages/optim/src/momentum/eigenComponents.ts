import type { Vec } from '../types.ts';
import { vecOfLength } from '../internal/validate.ts';

/**
 * The error in the eigenbasis: $c_i = v_i^\top(\theta - \theta^\star)$ for unit eigenvectors $v_i$ of the
 * Hessian. On a quadratic each $c_i$ evolves on its own (the change of variables that decouples
 * the dynamics), and $\lVert\theta - \theta^\star\rVert^2 = \sum_i c_i^2$,
 * $f(\theta) - f^\star = \tfrac12\sum_i \lambda_i c_i^2$.
 */
export function eigenComponents(
  theta: ArrayLike<number>,
  minimizer: ArrayLike<number>,
  eigenvectors: readonly Vec[],
): number[] {
  const n = minimizer.length;
  vecOfLength('eigenComponents', 'theta', Float64Array.from(theta), n);
  return eigenvectors.map((v) => {
    let s = 0;
    for (let j = 0; j < n; j++) s += v[j] * (theta[j] - minimizer[j]);
    return s;
  });
}
