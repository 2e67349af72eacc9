import { describe, expect, it } from 'vitest';
import { matchedBatchSize, sgdNoiseScale } from './noiseScale.ts';
import { rel } from '../internal/testing.ts';

describe('sgdNoiseScale', () => {
  it('is η(n/b − 1), ≈ ηn/b for b ≪ n', () => {
    expect(sgdNoiseScale({ lr: 0.1, n: 50_000, batchSize: 128 })).toBeCloseTo(0.1 * (50_000 / 128 - 1), 12);
    expect(rel(sgdNoiseScale({ lr: 0.1, n: 1e6, batchSize: 10 }), (0.1 * 1e6) / 10)).toBeLessThan(1e-4);
  });
  it('vanishes for the full batch and divides by 1 − β with momentum', () => {
    expect(sgdNoiseScale({ lr: 0.3, n: 100, batchSize: 100 })).toBe(0);
    expect(rel(sgdNoiseScale({ lr: 0.1, n: 1000, batchSize: 10, momentum: 0.9 }), 99)).toBeLessThan(1e-12);
  });
  it('is proportional to the variance of the step divided by η (sampling without replacement)', () => {
    // Var(η ḡ) = η² σ² (n − b)/(b (n − 1)); divided by η and by σ²/(n − 1): η (n − b)/b = η (n/b − 1).
    const [lr, n, b] = [0.05, 200, 8];
    const stepVarOverLr = (lr * (n - b)) / (b * (n - 1));
    expect(rel(sgdNoiseScale({ lr, n, batchSize: b }) / (n - 1), stepVarOverLr)).toBeLessThan(1e-12);
  });
  it('rejects b > n and momentum ≥ 1', () => {
    expect(() => sgdNoiseScale({ lr: 0.1, n: 10, batchSize: 11 })).toThrow(/batchSize/);
    expect(() => sgdNoiseScale({ lr: 0.1, n: 10, batchSize: 2, momentum: 1 })).toThrow(/momentum/);
  });
});

describe('matchedBatchSize', () => {
  it('keeps the noise scale equal', () => {
    const [lr0, b0, n] = [0.4, 16, 2000];
    for (const lr of [0.4, 0.2, 0.04, 0.004]) {
      const b = matchedBatchSize({ lr0, batchSize0: b0, lr, n });
      expect(rel(lr0 * (n / b - 1), lr * (n / b0 - 1))).toBeLessThan(1e-12);
    }
  });
  it('is b0·k for a k-fold decay when b ≪ n, and n when the rate reaches 0', () => {
    expect(rel(matchedBatchSize({ lr0: 1, batchSize0: 10, lr: 0.2, n: 1e9 }), 50)).toBeLessThan(1e-6);
    expect(matchedBatchSize({ lr0: 1, batchSize0: 10, lr: 0, n: 500 })).toBe(500);
  });
});
