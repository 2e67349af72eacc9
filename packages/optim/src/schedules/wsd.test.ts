import { describe, expect, it } from 'vitest';
import { wsd, wsdBoundaries, wsdStopAt, WSD_DECAY_SHAPES } from './wsd.ts';

/**
 * huggingface/transformers `_get_wsd_scheduler_lambda` (src/transformers/optimization.py @005edacb),
 * transcribed (linear warmup, num_cycles = 0.5):
 *   if step < W: factor = step/max(1, W); factor = factor·(1 − min_lr_ratio) + min_lr_ratio
 *   if step < W + S: return 1
 *   if step < W + S + D: progress = (step − W − S)/max(1, D)
 *     linear: 1 − progress;  cosine: 0.5(1 + cos(π·num_cycles·2·progress));  1-sqrt: 1 − √progress
 *     factor = factor·(1 − min_lr_ratio) + min_lr_ratio
 *   return min_lr_ratio
 * (its warmup starts at min_lr_ratio, ours at startFactor: they agree for min_lr_ratio = 0 or
 * startFactor = min_lr_ratio.)
 */
function hfWsd(step: number, W: number, S: number, D: number, type: string, minRatio: number): number {
  if (step < W) return Math.max(0, (step / Math.max(1, W)) * (1 - minRatio) + minRatio);
  if (step < W + S) return 1;
  if (step < W + S + D) {
    const progress = (step - W - S) / Math.max(1, D);
    const factor =
      type === 'linear'
        ? 1 - progress
        : type === 'cosine'
          ? 0.5 * (1 + Math.cos(Math.PI * 0.5 * 2 * progress))
          : 1 - Math.sqrt(progress);
    return Math.max(0, factor * (1 - minRatio) + minRatio);
  }
  return minRatio;
}

describe('wsd({ lr, totalSteps, warmupSteps, decayFraction, decayShape, etaMin, decayStart })', () => {
  for (const shape of WSD_DECAY_SHAPES) {
    it(`'${shape}' equals transformers' get_wsd_schedule (W = 10, S = 70, D = 20) at every step`, () => {
      const s = wsd({
        lr: 0.3,
        totalSteps: 100,
        warmupSteps: 10,
        decayShape: shape,
        etaMin: 0.03,
        startFactor: 0.1,
      });
      for (let t = 0; t <= 120; t++) expect(s(t)).toBeCloseTo(0.3 * hfWsd(t, 10, 70, 20, shape, 0.1), 15);
      const z = wsd({ lr: 1, totalSteps: 100, warmupSteps: 10, decayShape: shape });
      for (let t = 0; t <= 120; t++) expect(z(t)).toBeCloseTo(hfWsd(t, 10, 70, 20, shape, 0), 15);
    });
  }
  it('is constant during the stable phase and continuous into the decay', () => {
    const s = wsd({ lr: 0.1, totalSteps: 1000, warmupSteps: 50 });
    const { warmupEnd, decayStart, decayEnd } = wsdBoundaries({ lr: 0.1, totalSteps: 1000, warmupSteps: 50 });
    expect([warmupEnd, decayStart, decayEnd]).toEqual([50, 800, 1000]);
    for (let t = 50; t < 800; t++) expect(s(t)).toBe(0.1);
    expect(s(800)).toBe(0.1);
    expect(Math.abs(s(801) - 0.1)).toBeLessThan(0.1 * Math.sqrt(1 / 200) + 1e-15);
    expect(s(1000)).toBe(0);
    expect(s(5000)).toBe(0);
  });
  it("'1-sqrt' is γ(1 − √((t − t_d)/D)) (Hägele et al.)", () => {
    const s = wsd({ lr: 2, totalSteps: 100, decayFraction: 0.5 });
    expect(s(75)).toBeCloseTo(2 * (1 - Math.sqrt(0.5)), 15);
  });
  it('decayStart branches the decay at any step; wsdStopAt keeps the decay a fraction of the new total', () => {
    const base = { lr: 0.1, totalSteps: 1000, warmupSteps: 100, decayFraction: 0.2 };
    const stop = wsdStopAt(base, 400); // run ends at 400/(1 − 0.2) = 500: decay 100 steps
    expect(wsdBoundaries(stop)).toEqual({ warmupEnd: 100, decayStart: 400, decayEnd: 500, decaySteps: 100 });
    const s = wsd(stop);
    const long = wsd(base);
    for (let t = 0; t < 400; t++) expect(s(t)).toBe(long(t)); // identical until the branch point
    expect(s(450)).toBeCloseTo(0.1 * (1 - Math.sqrt(0.5)), 15);
    expect(s(500)).toBe(0);
    const fixed = wsdStopAt({ ...base, decaySteps: 30 }, 250);
    expect(wsdBoundaries(fixed).decayEnd).toBe(280);
    // stopping during warmup decays from the warmup's current value
    const early = wsd(wsdStopAt(base, 50));
    expect(early(50)).toBeCloseTo(0.05, 15);
    expect(early(49)).toBeCloseTo(0.049, 15);
  });
  it('rejects bad options with a RangeError naming them', () => {
    expect(() => wsd({ lr: 0.1, totalSteps: 0 })).toThrow(/wsd: totalSteps/);
    expect(() => wsd({ lr: 0.1, totalSteps: 10, decayShape: 'exp' as never })).toThrow(
      /decayShape must be one of/,
    );
    expect(() => wsd({ lr: 0.1, totalSteps: 10, decayFraction: 2 })).toThrow(/decayFraction/);
    expect(() => wsdStopAt({ lr: 0.1, totalSteps: 10 }, -1)).toThrow(/wsdStopAt: step/);
  });
});
