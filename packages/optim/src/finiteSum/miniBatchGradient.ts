import type { Vec } from '../types.ts';
import type { Rng } from '../rng.ts';
import type { FiniteSum } from './types.ts';
import { boolean, integer } from '../internal/validate.ts';
import { gradIInto } from './componentGradient.ts';

/**
 * sampleIndices(random, n, b, replacement) draws a mini-batch B of b indices from {0, …, n−1}:
 * uniformly with replacement (b independent draws, as `sgdSampler` does), or without
 * replacement (a uniformly random b-subset, b ≤ n; partial Fisher–Yates, O(n) memory).
 */
export function sampleIndices(random: Rng, n: number, b: number, replacement: boolean): number[] {
  const fn = 'sampleIndices';
  integer(fn, 'n', n, 1);
  integer(fn, 'b', b, 1);
  boolean(fn, 'replacement', replacement);
  if (replacement) return Array.from({ length: b }, () => random.int(n));
  if (b > n) throw new RangeError(`${fn}: without replacement b must be ≤ n, got b = ${b}, n = ${n}`);
  const pool = Array.from({ length: n }, (_, i) => i);
  for (let k = 0; k < b; k++) {
    const j = k + random.int(n - k);
    const t = pool[k];
    pool[k] = pool[j];
    pool[j] = t;
  }
  return pool.slice(0, b);
}

/**
 * miniBatchGradient(problem, indices, x) = $\tfrac1b\sum_{i\in B}\nabla f_i(x)$, the estimate
 * mini-batch SGD steps along. Unbiased for ∇f(x) when B is drawn uniformly (either way).
 */
export function miniBatchGradient(problem: FiniteSum, indices: readonly number[], x: Vec): Vec {
  return miniBatchGradientInto(problem, indices, x, new Float64Array(x.length), new Float64Array(x.length));
}

/**
 * miniBatchGradientInto(problem, indices, x, g, buffer): miniBatchGradient written into `g`
 * (returned), with `buffer` (length d) for each ∇fᵢ — the allocation-free form `reuse` steps use.
 */
export function miniBatchGradientInto(
  problem: FiniteSum,
  indices: readonly number[],
  x: Vec,
  g: Vec,
  buffer: Vec,
): Vec {
  if (indices.length === 0) throw new RangeError('miniBatchGradient: indices must not be empty');
  g.fill(0);
  for (const i of indices) {
    const gi = gradIInto(problem, i, x, buffer);
    for (let j = 0; j < g.length; j++) g[j] += gi[j];
  }
  for (let j = 0; j < g.length; j++) g[j] /= indices.length;
  return g;
}
