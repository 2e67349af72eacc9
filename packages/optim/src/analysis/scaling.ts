import { integer, nonNegative } from '../internal/validate.ts';

/**
 * Goyal et al. (2017)'s linear scaling rule: multiply the lr by k when the batch grows k-fold,
 * $\gamma = \gamma_0 \cdot b/b_0$ (a heuristic that breaks down for very large batches).
 * Reference: Goyal et al. (2017), Accurate, Large Minibatch SGD: Training ImageNet in 1 Hour.
 */
export function linearScalingRule(baseLr: number, baseBatchSize: number, batchSize: number): number {
  nonNegative('linearScalingRule', 'baseLr', baseLr);
  integer('linearScalingRule', 'baseBatchSize', baseBatchSize, 1);
  integer('linearScalingRule', 'batchSize', batchSize, 1);
  return (baseLr * batchSize) / baseBatchSize;
}

/** Floats SAGA stores: the n×d gradient table plus its d-vector mean. */
export function sagaMemoryFloats(n: number, d: number): number {
  integer('sagaMemoryFloats', 'n', n, 1);
  integer('sagaMemoryFloats', 'd', d, 1);
  return n * d + d;
}

/** Effective passes one SVRG outer loop costs: (n + 2m)/n (snapshot plus m inner steps of 2). */
export function svrgPassesPerSnapshot(n: number, innerSteps: number): number {
  integer('svrgPassesPerSnapshot', 'n', n, 1);
  integer('svrgPassesPerSnapshot', 'innerSteps', innerSteps, 0);
  return (n + 2 * innerSteps) / n;
}

/**
 * The noise-floor term of constant-step SGD for μ-strongly convex, L-smooth f with
 * E‖g − ∇f‖² ≤ σ² and α ≤ 1/L: $E[f(x_k) - f^*] \le (1-\alpha\mu)^k (f(x_0) - f^*) + \alpha L\sigma^2/(2\mu)$.
 * Returns αLσ²/(2μ). Reference: Bottou, Curtis & Nocedal (2018), Optimization Methods for
 * Large-Scale Machine Learning, Theorem 4.6 (with M = σ², M_G = 1, c = μ).
 */
export function sgdNoiseFloor({
  lr,
  L,
  mu,
  sigma2,
}: {
  lr: number;
  L: number;
  mu: number;
  sigma2: number;
}): number {
  nonNegative('sgdNoiseFloor', 'lr', lr);
  nonNegative('sgdNoiseFloor', 'L', L);
  nonNegative('sgdNoiseFloor', 'sigma2', sigma2);
  if (!(mu > 0)) throw new RangeError(`sgdNoiseFloor: mu must be > 0, got ${mu}`);
  return (lr * L * sigma2) / (2 * mu);
}
