import { describe, expect, it } from 'vitest';
import { stepLR } from './stepLR.ts';
import { multiStepLR } from './multiStepLR.ts';
import { exponentialLR } from './exponentialLR.ts';
import { inverseTimeLR } from './inverseTimeLR.ts';
import { constantLR } from './constantLR.ts';
import { rel } from '../internal/testing.ts';

const expectSeq = (s: (t: number) => number, targets: number[]) =>
  targets.forEach((v, t) => expect(rel(s(t), v), `t = ${t}`).toBeLessThanOrEqual(1e-12));

describe('stepLR({ lr, stepSize, gamma })', () => {
  it('matches PyTorch test_step_lr: lr 0.05, gamma 0.1, step_size 3', () => {
    expectSeq(
      stepLR({ lr: 0.05, stepSize: 3 }),
      [0.05, 0.05, 0.05, 0.005, 0.005, 0.005, 0.0005, 0.0005, 0.0005, 0.00005],
    );
  });
  it('throws RangeError naming stepSize', () => {
    expect(() => stepLR({ lr: 0.1, stepSize: 0 })).toThrow(/stepLR: stepSize/);
    expect(() => stepLR({ lr: 0.1, stepSize: 1.5 })).toThrow(/stepLR: stepSize/);
  });
});

describe('multiStepLR({ lr, milestones, gamma })', () => {
  it('matches PyTorch test_multi_step_lr: milestones [2, 5, 9]', () => {
    expectSeq(
      multiStepLR({ lr: 0.05, milestones: [2, 5, 9] }),
      [0.05, 0.05, 0.005, 0.005, 0.005, 0.0005, 0.0005, 0.0005, 0.0005, 0.00005],
    );
  });
});

describe('exponentialLR({ lr, gamma })', () => {
  it('matches PyTorch test_exp_lr: 0.05·0.9^t', () => {
    expectSeq(
      exponentialLR({ lr: 0.05, gamma: 0.9 }),
      Array.from({ length: 10 }, (_, t) => 0.05 * 0.9 ** t),
    );
  });
  it('throws RangeError naming gamma', () =>
    expect(() => exponentialLR({ lr: 1, gamma: -1 })).toThrow(/exponentialLR: gamma/));
});

describe('inverseTimeLR({ lr, decay })', () => {
  it('gives lr/(1 + decay·t)', () => {
    const s = inverseTimeLR({ lr: 0.5, decay: 0.1 });
    expect(s(0)).toBe(0.5);
    expect(s(10)).toBe(0.25);
    expect(s(30)).toBe(0.125);
  });
});

describe('constantLR({ lr, factor, totalIters })', () => {
  it('is a plain constant by default', () => expectSeq(constantLR({ lr: 0.1 }), [0.1, 0.1, 0.1]));
  it('matches PyTorch test_constantlr: factor 1/2, total_iters 4', () => {
    expectSeq(
      constantLR({ lr: 0.05, factor: 0.5, totalIters: 4 }),
      [0.025, 0.025, 0.025, 0.025, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05],
    );
  });
});
