import { describe, expect, it } from 'vitest';
import { linearLR } from './linearLR.ts';
import { rel } from '../internal/testing.ts';

// PyTorch LinearLR.get_lr (the chainable form used by step()).
function chainable(lr: number, s: number, e: number, T: number, steps: number): number[] {
  const out = [lr * s];
  let cur = lr * s;
  for (let t = 1; t < steps; t++) {
    if (t <= T) cur = cur * (1 + (e - s) / (T * s + (t - 1) * (e - s)));
    out.push(cur);
  }
  return out;
}

describe('linearLR({ lr, startFactor, endFactor, totalIters })', () => {
  it('matches PyTorch test_linearlr: start 1/2, 4 iters', () => {
    const s = linearLR({ lr: 0.05, startFactor: 0.5, totalIters: 4 });
    [0.025, 0.03125, 0.0375, 0.04375, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05].forEach((v, t) =>
      expect(rel(s(t), v)).toBeLessThan(1e-12),
    );
  });
  it('uses PyTorch defaults startFactor 1/3, endFactor 1, totalIters 5', () => {
    const s = linearLR({ lr: 0.3 });
    expect(s(0)).toBeCloseTo(0.1, 15);
    expect(s(5)).toBeCloseTo(0.3, 15);
    expect(s(100)).toBeCloseTo(0.3, 15);
  });
  it('agrees with a transcription of PyTorch’s chainable recursion over 60 steps (warmup and decay)', () => {
    for (const [s0, e, T] of [
      [0.1, 1, 20],
      [1, 0.05, 40],
      [0.25, 0.75, 7],
    ]) {
      const s = linearLR({ lr: 0.2, startFactor: s0, endFactor: e, totalIters: T });
      chainable(0.2, s0, e, T, 60).forEach((v, t) => expect(rel(s(t), v)).toBeLessThanOrEqual(1e-9));
    }
  });
  it('throws RangeError naming startFactor', () => {
    expect(() => linearLR({ lr: 1, startFactor: 0 })).toThrow(/linearLR: startFactor/);
    expect(() => linearLR({ lr: 1, startFactor: 1.5 })).toThrow(/linearLR: startFactor/);
  });
});
