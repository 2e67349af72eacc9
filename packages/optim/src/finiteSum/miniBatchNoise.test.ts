import { describe, expect, it } from 'vitest';
import { leastSquares } from './leastSquares.ts';
import { makeRegression } from './makeRegression.ts';
import { estimatorVariance } from './estimatorVariance.ts';
import { gradientNoise, miniBatchVariance } from './gradientNoise.ts';
import { miniBatchGradient, sampleIndices } from './miniBatchGradient.ts';
import { rng } from '../rng.ts';

const data = makeRegression({ n: 12, d: 2, seed: 3, noise: 0.5 });
const problem = leastSquares({ ...data, l2: 0.01 });
const x = Float64Array.from([0.3, -0.7]);

describe('sampleIndices(random, n, b, replacement)', () => {
  it('draws a b-subset of distinct indices without replacement', () => {
    const idx = sampleIndices(rng(1), 10, 10, false);
    expect([...idx].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(sampleIndices(rng(2), 50, 20, false)).size).toBe(20);
  });
  it('draws b indices in range with replacement and replays with the same seed', () => {
    const a = sampleIndices(rng(5), 3, 30, true);
    expect(a).toHaveLength(30);
    expect(a.every((i) => i >= 0 && i < 3)).toBe(true);
    expect(sampleIndices(rng(5), 3, 30, true)).toEqual(a);
  });
  it('rejects b > n without replacement', () => {
    expect(() => sampleIndices(rng(1), 3, 4, false)).toThrow(/b must be ≤ n/);
  });
});

describe('miniBatchGradient(problem, indices, x)', () => {
  it('averages the component gradients; the full index set gives ∇f(x)', () => {
    const all = Array.from({ length: problem.n }, (_, i) => i);
    const g = miniBatchGradient(problem, all, x);
    const full = problem.grad(x);
    expect(g[0]).toBeCloseTo(full[0], 13);
    expect(g[1]).toBeCloseTo(full[1], 13);
    const g2 = miniBatchGradient(problem, [4, 4, 7], x);
    const g4 = problem.gradI(4, x);
    const g7 = problem.gradI(7, x);
    expect(g2[1]).toBeCloseTo((2 * g4[1] + g7[1]) / 3, 14);
  });
});

describe('gradientNoise(problem, x)', () => {
  it('has σ² equal to the trace of the covariance and to estimatorVariance for SGD', () => {
    const { sigma2, covariance, grad } = gradientNoise(problem, x);
    expect(sigma2).toBeCloseTo(covariance[0] + covariance[3], 14);
    expect(covariance[1]).toBeCloseTo(covariance[2], 14);
    expect(sigma2).toBeCloseTo(estimatorVariance(problem, { x, gradEvals: 0, steps: 0 }), 12);
    expect(grad[0]).toBeCloseTo(problem.grad(x)[0], 13);
  });
});

describe('miniBatchVariance({ sigma2, n, b, replacement })', () => {
  it('is σ²/b with replacement and σ²/b·(n−b)/(n−1) without', () => {
    expect(miniBatchVariance({ sigma2: 2, n: 10, b: 4, replacement: true })).toBe(0.5);
    expect(miniBatchVariance({ sigma2: 2, n: 10, b: 4, replacement: false })).toBeCloseTo((0.5 * 6) / 9, 15);
    expect(miniBatchVariance({ sigma2: 2, n: 10, b: 10, replacement: false })).toBe(0);
  });
  it('matches the exact variance over all b-subsets (n = 5, b = 2) by enumeration', () => {
    const small = leastSquares({ ...makeRegression({ n: 5, d: 2, seed: 9, noise: 1 }), l2: 0 });
    const { sigma2, grad } = gradientNoise(small, x);
    let total = 0;
    let count = 0;
    for (let i = 0; i < 5; i++)
      for (let j = i + 1; j < 5; j++) {
        const g = miniBatchGradient(small, [i, j], x);
        total += (g[0] - grad[0]) ** 2 + (g[1] - grad[1]) ** 2;
        count++;
      }
    expect(miniBatchVariance({ sigma2, n: 5, b: 2, replacement: false })).toBeCloseTo(total / count, 12);
    // With replacement: all 25 ordered pairs are equally likely.
    let tw = 0;
    for (let i = 0; i < 5; i++)
      for (let j = 0; j < 5; j++) {
        const g = miniBatchGradient(small, [i, j], x);
        tw += (g[0] - grad[0]) ** 2 + (g[1] - grad[1]) ** 2;
      }
    expect(miniBatchVariance({ sigma2, n: 5, b: 2, replacement: true })).toBeCloseTo(tw / 25, 12);
  });
});
