import { describe, expect, it } from 'vitest';
import { polynomialLR } from './polynomialLR.ts';
import { cyclicLR } from './cyclicLR.ts';
import { rel } from '../internal/testing.ts';

const expectSeq = (s: (t: number) => number, targets: number[]) =>
  targets.forEach((v, t) =>
    expect(Math.abs(s(t) - v) <= 1e-12 * Math.max(1, Math.abs(v)), `t = ${t}: ${s(t)} vs ${v}`).toBe(true),
  );

describe('polynomialLR({ lr, totalIters, power })', () => {
  it('falls to 0 at totalIters and stays (PyTorch test_polynomial_lr: lr 0.05, total_iters 4, power 1)', () => {
    expectSeq(polynomialLR({ lr: 0.05, totalIters: 4, power: 1 }), [0.05, 0.0375, 0.025, 0.0125, 0, 0, 0]);
  });
  it('power 2 squares the linear factor', () => {
    const s = polynomialLR({ lr: 1, totalIters: 10, power: 2 });
    expect(rel(s(3), 0.49)).toBeLessThan(1e-14);
  });
  it('rejects totalIters 0', () =>
    expect(() => polynomialLR({ lr: 1, totalIters: 0 })).toThrow(/polynomialLR: totalIters/));
});

describe('cyclicLR(options)', () => {
  it('triangular, base 1, max 5, up 4 (PyTorch test_cycle_lr_triangular_mode_one_lr)', () => {
    expectSeq(cyclicLR({ baseLr: 1, maxLr: 5, stepSizeUp: 4 }), [1, 2, 3, 4, 5, 4, 3, 2, 1, 2, 3]);
  });
  it('triangular2 halves the amplitude each cycle (PyTorch test_cycle_lr_triangular2_mode_one_lr)', () => {
    expectSeq(
      cyclicLR({ baseLr: 1, maxLr: 5, stepSizeUp: 4, mode: 'triangular2' }),
      [1, 2, 3, 4, 5, 4, 3, 2, 1, 1.5, 2, 2.5, 3, 2.5, 2, 1.5, 1, 1.25, 1.5, 1.75, 2, 1.75],
    );
  });
  it('exp_range scales the height by gamma^t', () => {
    const g = 0.9;
    const s = cyclicLR({ baseLr: 1, maxLr: 5, stepSizeUp: 4, mode: 'exp_range', gamma: g });
    [0, 1, 2, 3, 4, 5, 6].forEach((t) => {
      const tri = [1, 2, 3, 4, 5, 4, 3][t] - 1;
      expect(rel(s(t), 1 + tri * g ** t)).toBeLessThan(1e-12);
    });
  });
  it('asymmetric cycle: up 2, down 6', () => {
    expectSeq(
      cyclicLR({ baseLr: 0, maxLr: 6, stepSizeUp: 2, stepSizeDown: 6 }),
      [0, 3, 6, 5, 4, 3, 2, 1, 0, 3],
    );
  });
  it('rejects maxLr < baseLr', () =>
    expect(() => cyclicLR({ baseLr: 2, maxLr: 1 })).toThrow(/cyclicLR: maxLr/));
});
