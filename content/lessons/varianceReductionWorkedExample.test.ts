import { describe, expect, it } from 'vitest';
import { workedExample } from './varianceReductionWorkedExample.ts';

const { raw, text } = workedExample();

describe('workedExample()', () => {
  it("describes the race widget's default problem: n = 200, d = 10, λ = 0.01, step 1/(3 L_max)", () => {
    expect([raw.n, raw.d, raw.l2]).toEqual([200, 10, 0.01]);
    expect(raw.lr * 3 * raw.lMax).toBeCloseTo(1, 15);
    expect(raw.kappa).toBeCloseTo(raw.lMax / raw.mu, 12);
  });
  it('has SAGA and SVRG reach 1e-10 within the budget and SGD stall above 1e-4', () => {
    expect(raw.sagaReached).not.toBeNull();
    expect(raw.svrgReached).not.toBeNull();
    expect(raw.sgdFloor).toBeGreaterThan(1e-4);
    expect(raw.sagaRate!).toBeLessThan(1);
  });
  it('counts an SVRG epoch with m = 2n as 5n gradient evaluations (5 passes)', () => {
    expect(raw.gradEvalsPerSvrgEpoch).toBe(5 * raw.n);
    expect(raw.svrgEpochPasses).toBe(5);
  });
  it("stores n·d + d floats for SAGA's table and its mean", () => {
    expect(raw.tableFloats).toBe(200 * 10 + 10);
    expect(raw.bigTableGB).toBeCloseTo(8.000008, 6);
    expect(raw.bigScalarMB).toBe(8);
  });
  it("maps λ to scikit-learn's C = 1/(nλ) and finds sklearn's SAGA step equal to 1/(3 L_max) here (2nλ ≥ L_max)", () => {
    expect(raw.sklearnC).toBeCloseTo(0.5, 15);
    expect(raw.sklearnStepIsThird).toBe(true);
  });
  it("finds Johnson & Zhang's α ≥ 1 at the practical step (no guarantee) ", () => {
    expect(raw.svrgAlphaPractical).toBeGreaterThan(1);
  });
  it('finds, in the default step sweep, SGD best at a smaller step than SAGA and every method blowing up below c = 256', () => {
    expect(raw.sgdBestC!).toBeLessThan(raw.sagaBestC!);
    expect(raw.sagaBestGap!).toBeLessThan(1e-6 * raw.sgdBestGap!);
    expect(raw.sgdDivergedC).not.toBeNull();
    expect(raw.sagaDivergedC).not.toBeNull();
  });
  it('formats every number for the page without NaN or undefined', () => {
    for (const [k, v] of Object.entries(text)) expect(v, k).toMatch(/^[0-9−\-.,×⁰¹²³⁴⁵⁶⁷⁸⁹⁻ e+\u202f]+$/);
  });
});
