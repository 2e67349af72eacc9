import { describe, expect, it } from 'vitest';
import { oneCycleLR } from './oneCycleLR.ts';
import { rel } from '../internal/testing.ts';

const annealCos = (start: number, end: number, pct: number) =>
  end + ((start - end) / 2) * (Math.cos(Math.PI * pct) + 1);
const expectSeq = (s: (t: number) => number, targets: number[]) =>
  targets.forEach((v, t) => expect(rel(s(t), v), `t = ${t}`).toBeLessThanOrEqual(1e-12));

describe('oneCycleLR({ maxLr, totalSteps, pctStart, annealStrategy, divFactor, finalDivFactor, threePhase })', () => {
  it('matches PyTorch test_onecycle_lr_linear_annealing', () => {
    expectSeq(
      oneCycleLR({ maxLr: 25, finalDivFactor: 2, totalSteps: 10, annealStrategy: 'linear' }),
      [1, 13, 25, 21.5, 18, 14.5, 11, 7.5, 4, 0.5],
    );
  });
  it('matches PyTorch test_onecycle_lr_linear_annealing_three_phases', () => {
    expectSeq(
      oneCycleLR({
        maxLr: 25,
        divFactor: 25,
        totalSteps: 10,
        annealStrategy: 'linear',
        pctStart: 0.4,
        finalDivFactor: 4,
        threePhase: true,
      }),
      [1, 9, 17, 25, 17, 9, 1, 0.75, 0.5, 0.25],
    );
  });
  it('matches PyTorch test_onecycle_lr_cosine_annealing', () => {
    const targets = [1, 13, 25, ...[1, 2, 3, 4, 5, 6].map((k) => annealCos(25, 0.5, k / 7)), 0.5];
    expectSeq(oneCycleLR({ maxLr: 25, finalDivFactor: 2, totalSteps: 10 }), targets);
  });
  it('phase boundaries are pctStart·T − 1 (peak) and T − 1 (minimum) with PyTorch defaults', () => {
    const s = oneCycleLR({ maxLr: 0.1, totalSteps: 1000 });
    expect(s(0)).toBeCloseTo(0.004, 15);
    expect(s(299)).toBe(0.1);
    expect(rel(s(999), 0.004 / 1e4)).toBeLessThan(1e-12);
    expect(s(149.5)).toBeCloseTo(0.052, 12);
    expect(s(5000)).toBe(0.004 / 1e4);
  });
  it('three-phase cos returns to maxLr/divFactor at 2·pctStart·T − 2', () => {
    const s = oneCycleLR({ maxLr: 1, totalSteps: 100, pctStart: 0.25, threePhase: true });
    expect(s(24)).toBe(1);
    expect(rel(s(48), 0.04)).toBeLessThan(1e-14);
    expect(rel(s(99), 0.04 / 1e4)).toBeLessThan(1e-12);
  });
  it('throws RangeError naming the bad option', () => {
    expect(() => oneCycleLR({ maxLr: 1, totalSteps: 10, pctStart: 1.1 })).toThrow(/oneCycleLR: pctStart/);
    expect(() => oneCycleLR({ maxLr: 1, totalSteps: 10, annealStrategy: 'CATS' as 'cos' })).toThrow(
      /oneCycleLR: annealStrategy/,
    );
    expect(() => oneCycleLR({ maxLr: -1, totalSteps: 10 })).toThrow(/oneCycleLR: maxLr/);
  });
});
