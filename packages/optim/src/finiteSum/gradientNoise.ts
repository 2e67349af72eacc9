import type { Vec } from '../types.ts';
import type { FiniteSum } from './types.ts';
import { boolean, integer } from '../internal/validate.ts';

export interface GradientNoise {
  /** ∇f(x). */
  grad: Vec;
  /** Σ(x) = (1/n) Σᵢ (∇fᵢ − ∇f)(∇fᵢ − ∇f)ᵀ, row-major d×d: the covariance of one sampled ∇fᵢ. */
  covariance: Vec;
  /** σ²(x) = tr Σ(x) = (1/n) Σᵢ ‖∇fᵢ(x) − ∇f(x)‖² = E‖∇f_i(x) − ∇f(x)‖². */
  sigma2: number;
}

/**
 * gradientNoise(problem, x): the exact (population) noise of a single sampled gradient at x,
 * summed over all n components — no sampling. Costs n component gradients.
 * Reference: Bottou, Curtis & Nocedal (2018), §4.1 (the variance term M of Assumption 4.3).
 */
export function gradientNoise(problem: FiniteSum, x: Vec): GradientNoise {
  const { n } = problem;
  const d = x.length;
  const grads: Vec[] = [];
  const grad = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    const gi = problem.gradI(i, x);
    grads.push(gi);
    for (let j = 0; j < d; j++) grad[j] += gi[j] / n;
  }
  const covariance = new Float64Array(d * d);
  for (const gi of grads) {
    for (let a = 0; a < d; a++) {
      const ea = gi[a] - grad[a];
      for (let c = 0; c < d; c++) covariance[a * d + c] += (ea * (gi[c] - grad[c])) / n;
    }
  }
  let sigma2 = 0;
  for (let a = 0; a < d; a++) sigma2 += covariance[a * d + a];
  return { grad, covariance, sigma2 };
}

/**
 * miniBatchVariance({ sigma2, n, b, replacement }) = E‖g_B − ∇f‖² for the mean g_B of b sampled
 * component gradients whose single-sample variance is σ²:
 * with replacement $\sigma^2/b$; without replacement $\frac{\sigma^2}{b}\cdot\frac{n-b}{n-1}$
 * (the finite-population correction; zero when b = n, since then g_B = ∇f).
 * Reference: Cochran (1977), Sampling Techniques, Theorem 2.2.
 */
export function miniBatchVariance({
  sigma2,
  n,
  b,
  replacement,
}: {
  sigma2: number;
  n: number;
  b: number;
  replacement: boolean;
}): number {
  const fn = 'miniBatchVariance';
  integer(fn, 'n', n, 1);
  integer(fn, 'b', b, 1);
  boolean(fn, 'replacement', replacement);
  if (!(sigma2 >= 0) || !Number.isFinite(sigma2))
    throw new RangeError(`${fn}: sigma2 must be a finite number ≥ 0, got ${sigma2}`);
  if (replacement) return sigma2 / b;
  if (b > n) throw new RangeError(`${fn}: without replacement b must be ≤ n, got b = ${b}, n = ${n}`);
  if (n === 1) return 0;
  return (sigma2 / b) * ((n - b) / (n - 1));
}
