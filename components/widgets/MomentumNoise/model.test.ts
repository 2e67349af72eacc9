import { describe, expect, it } from 'vitest';
import { momentumNoise } from './model.ts';
import { momentumNoiseCodec } from './state.ts';

const base = momentumNoiseCodec.defaults;

describe('momentumNoise(state)', () => {
  it('measured floors are near the predicted ones; equal effective step ≈ equal floor, same η ≈ 1/(1 − β) higher', () => {
    const r = momentumNoise({ ...base, steps: 5000, runs: 12 });
    const [sgd, mom, same] = r.series;
    for (const s of r.series) {
      expect(s.divergedAt).toBeNull();
      expect(Math.abs(s.level! / s.predicted - 1)).toBeLessThan(0.25);
    }
    expect(mom.effLr).toBeCloseTo(sgd.effLr, 12);
    expect(mom.predicted / sgd.predicted).toBeGreaterThan(0.9);
    expect(same.level! / sgd.level!).toBeGreaterThan(5);
  });
  it('reports divergence without NaN when SGD’s step exceeds 2/L, while momentum at the same effective step survives', () => {
    const r = momentumNoise({ ...base, effLr: 2.5, beta: 0.9, steps: 500 });
    expect(r.series[0].divergedAt).not.toBeNull();
    expect(r.series[0].predicted).toBe(Infinity);
    expect(r.series[1].divergedAt).toBeNull();
    for (const s of r.series) expect(s.points.every((p) => Number.isFinite(p.y))).toBe(true);
  });
  it('the same seed gives the same curves', () => {
    expect(momentumNoise(base).series[1].level).toBe(momentumNoise(base).series[1].level);
  });
});
