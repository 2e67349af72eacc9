import { finite, integer } from '../internal/validate.ts';
import { NEWTON_SCHULZ_COEFFICIENTS } from './newtonSchulz.ts';

/**
 * What {@link newtonSchulz} does to one singular value: the scalar iteration
 * $\sigma \leftarrow p(\sigma) = a\sigma + b\sigma^3 + c\sigma^5$ applied `steps` times (default 5,
 * coefficients (3.4445, −4.7750, 2.0315)). σ is in units of the normalised matrix
 * $G/(\lVert G\rVert_F + \varepsilon)$, so σ ∈ [0, 1]; since $X \mapsto aX + b(XX^\top)X + c(XX^\top)^2X$
 * acts on $X = U\Sigma V^\top$ as $U\,p(\Sigma)\,V^\top$, this curve is exactly the map from the
 * singular values before orthogonalisation to those after (tested against {@link newtonSchulz} and
 * {@link svd}). Odd in σ; p(0) = 0 with slope a⁵ ≈ 488 after five steps.
 */
export function newtonSchulzPolynomial(
  sigma: number,
  steps = 5,
  coefficients: readonly [number, number, number] = NEWTON_SCHULZ_COEFFICIENTS,
): number {
  finite('newtonSchulzPolynomial', 'sigma', sigma);
  integer('newtonSchulzPolynomial', 'steps', steps, 0);
  const [a, b, c] = coefficients;
  let x = sigma;
  for (let s = 0; s < steps; s++) {
    const x2 = x * x;
    x = a * x + b * x2 * x + c * x2 * x2 * x;
  }
  return x;
}
