import { describe, expect, it } from 'vitest';
import { reddi } from './model.ts';
import { ReddiState } from './state.ts';

const defaults = ReddiState.parse({});

describe('reddi(state)', () => {
  it('Theorem 1 (C = 3): Adam ends at +1 with average regret near 2(C − 2)/3; AMSGrad ends at −1 with regret → 0', () => {
    const r = reddi(defaults);
    const [adam, ams] = r.runs;
    expect(r.beta2).toBeCloseTo(0.1, 15);
    expect(r.regretAtPlusOne).toBeCloseTo(2 / 3, 15);
    expect(adam.finalX).toBeGreaterThan(0.99);
    expect(ams.finalX).toBeLessThan(-0.99);
    expect(adam.finalRegret).toBeGreaterThan(0.6);
    expect(ams.finalRegret).toBeLessThan(0.02);
    expect(r.alphaBound).toBeCloseTo(Math.sqrt(0.9), 15);
  });
  it('the Section 5 experiment (1010x / −10x, β = 0.9, 0.99): Adam sits at +1, AMSGrad heads for −1', () => {
    const r = reddi({ ...defaults, setting: 'experiment', alpha: 1, steps: 200_000 });
    expect(r.beta1).toBe(0.9);
    expect(r.runs[0].finalX).toBeGreaterThan(0.95);
    expect(r.runs[1].finalX).toBeLessThan(-0.9);
    expect(r.runs[1].finalRegret).toBeLessThan(r.runs[0].finalRegret);
    expect(r.regretAtPlusOne).toBeCloseTo(20 / 101, 15);
  });
  it('records log-spaced points inside [−1, 1], ending at step T', () => {
    const r = reddi({ ...defaults, steps: 1000 });
    for (const run of r.runs) {
      expect(run.x.at(-1)!.x).toBe(1000);
      expect(run.x.every((p) => p.y >= -1 && p.y <= 1)).toBe(true);
      expect(run.regret.every((p) => Number.isFinite(p.y))).toBe(true);
    }
  });
  it('extreme settings stay finite', () => {
    for (const over of [
      { alpha: 10, C: 50 },
      { alpha: 1e-3, C: 2.1, x0: -1 },
      { setting: 'experiment' as const, alpha: 10 },
    ]) {
      const r = reddi({ ...defaults, steps: 2000, ...over });
      for (const run of r.runs) {
        expect(run.divergedAt).toBeNull();
        expect(Number.isFinite(run.finalX) && Number.isFinite(run.finalRegret)).toBe(true);
      }
    }
  });
});
