import { describe, expect, it } from 'vitest';
import { sequentialLR } from './sequentialLR.ts';
import { exponentialLR } from './exponentialLR.ts';
import { stepLR } from './stepLR.ts';
import { linearLR } from './linearLR.ts';
import { cosineAnnealingLR } from './cosineAnnealingLR.ts';
import { warmupCosine } from './warmupCosine.ts';
import { rel } from '../internal/testing.ts';

describe('sequentialLR({ schedules, milestones })', () => {
  it('matches PyTorch test_sequentiallr1: ExponentialLR(0.8) then StepLR(4, 0.1) at milestone 3', () => {
    const s = sequentialLR({
      schedules: [exponentialLR({ lr: 0.05, gamma: 0.8 }), stepLR({ lr: 0.05, stepSize: 4 })],
      milestones: [3],
    });
    const targets = [0.05, 0.04, 0.032, ...[1, 0.1, 0.01, 0.001].flatMap((f) => Array(4).fill(0.05 * f))];
    targets.forEach((v, t) => expect(rel(s(t), v), `t = ${t}`).toBeLessThan(1e-12));
  });
  it('throws RangeError on milestones of the wrong length', () => {
    expect(() => sequentialLR({ schedules: [() => 1, () => 2], milestones: [] })).toThrow(
      /sequentialLR: milestones/,
    );
    expect(() => sequentialLR({ schedules: [() => 1, () => 2, () => 3], milestones: [5, 5] })).toThrow(
      /increasing/,
    );
  });
});

describe('warmupCosine({ lr, warmupSteps, totalSteps, startFactor, etaMin })', () => {
  it('equals SequentialLR(LinearLR, CosineAnnealingLR) with milestone W up to T', () => {
    const w = warmupCosine({ lr: 0.4, warmupSteps: 10, totalSteps: 110, startFactor: 0.1, etaMin: 0.004 });
    const ref = sequentialLR({
      schedules: [
        linearLR({ lr: 0.4, startFactor: 0.1, totalIters: 10 }),
        cosineAnnealingLR({ lr: 0.4, tMax: 100, etaMin: 0.004 }),
      ],
      milestones: [10],
    });
    for (let t = 0; t <= 110; t++) expect(rel(w(t), ref(t)), `t = ${t}`).toBeLessThan(1e-12);
  });
  it('ramps from startFactor·lr, peaks at W, is (lr + etaMin)/2 halfway through the decay and holds etaMin after T', () => {
    const w = warmupCosine({ lr: 1, warmupSteps: 4, totalSteps: 24, etaMin: 0.1 });
    expect(w(0)).toBe(0);
    expect(w(2)).toBe(0.5);
    expect(w(4)).toBe(1);
    expect(w(14)).toBeCloseTo(0.55, 15);
    expect(w(24)).toBe(0.1);
    expect(w(1000)).toBe(0.1);
  });
});
