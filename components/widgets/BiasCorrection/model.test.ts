import { describe, expect, it } from 'vitest';
import { biasCorrectionCurves } from './model.ts';
import { BiasCorrectionState } from './state.ts';

const defaults = BiasCorrectionState.parse({});

describe('biasCorrectionCurves(state)', () => {
  it('crosses 5% at t = 29 for β₁ = 0.9 and t = 3043 for β₂ = 0.999 (checked by hand: βᵗ < tol/(1 + tol))', () => {
    const r = biasCorrectionCurves(defaults);
    const [m, v] = r.curves;
    expect(m.crossing).toBe(29);
    expect(v.crossing).toBe(3043);
    for (const c of r.curves) {
      expect(c.beta ** c.crossing).toBeLessThan(0.05 / 1.05);
      expect(c.beta ** (c.crossing - 1)).toBeGreaterThanOrEqual(0.05 / 1.05);
    }
    // The seed documents' "negligible after 20 steps" is false: at t = 20 the factors are ≈ 1.14 and ≈ 50.5.
    expect(m.at[2].factor).toBeCloseTo(1 / (1 - 0.9 ** 20), 12);
    expect(m.at[2].factor).toBeGreaterThan(1.13);
    expect(v.at[2].factor).toBeGreaterThan(50);
    expect(r.tMax).toBeGreaterThan(v.crossing);
  });
  it('every plotted excess is positive and finite, down to β₁ = 0 (factor 1 from the start)', () => {
    for (const s of [
      defaults,
      { ...defaults, beta1: 0, beta2: 0.99999, tol: 0.001 },
      { ...defaults, beta1: 0.999, tol: 0.5 },
    ]) {
      const r = biasCorrectionCurves(s);
      for (const c of r.curves)
        expect(c.points.every((p) => p.y > 1e-4 * s.tol && Number.isFinite(p.y))).toBe(true);
    }
    expect(biasCorrectionCurves({ ...defaults, beta1: 0 }).curves[0].crossing).toBe(1);
  });
});
