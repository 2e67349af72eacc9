import { describe, expect, it } from 'vitest';
import { raceModel } from '../lessons/variance-reduction/raceModel.ts';
import { raceSchema } from './state.ts';
import { sagaTheoremStep, svrgAlpha, svrgTheoremSettings } from '../lessons/variance-reduction/theory.ts';
import { measuredRate } from '../lessons/variance-reduction/traceMethod.ts';

const defaults = raceSchema.parse({});
const practical = raceModel(defaults);
const byId = (r: ReturnType<typeof raceModel>, id: string) => r.methods.find((m) => m.id === id)!;

describe('raceModel(state) with the default settings (every method at 1/(3 L_max))', () => {
  it('SVRG and SAGA reach f − f* ≤ 1e-10 within the budget while SGD stalls above 1e-4', () => {
    expect(byId(practical, 'saga').reachedAt).not.toBeNull();
    expect(byId(practical, 'svrg').reachedAt).not.toBeNull();
    expect(byId(practical, 'saga').reachedAt!).toBeLessThanOrEqual(defaults.passes);
    const sgd = byId(practical, 'sgd');
    expect(sgd.reachedAt).toBeNull();
    expect(Math.min(...sgd.points.filter((p) => p.passes >= 20).map((p) => p.gap))).toBeGreaterThan(1e-4);
  });
  it('uses the same step for all three and 2n inner steps for SVRG, snapshotting every 5 passes', () => {
    for (const m of practical.methods) expect(m.lr).toBeCloseTo(1 / (3 * practical.lMax), 15);
    expect(practical.svrgInner).toBe(2 * defaults.n);
    const snaps = byId(practical, 'svrg').snapshots;
    expect(snaps.slice(0, 3)).toEqual([1, 6, 11]);
  });
  it('measures a per-pass contraction below 1 for SAGA and SVRG and reports that Johnson & Zhang guarantee nothing at this step', () => {
    expect(byId(practical, 'saga').ratePerPass!).toBeLessThan(0.9);
    expect(byId(practical, 'svrg').ratePerPass!).toBeLessThan(0.9);
    expect(practical.svrgAlpha).toBeGreaterThan(1);
    expect(practical.theory).toEqual([]);
  });
  it('counts passes honestly: the SAGA curve starts its steps after the n-gradient table initialisation', () => {
    const saga = byId(practical, 'saga').points;
    expect(saga[0].passes).toBe(0);
    expect(saga[1].passes).toBe(1);
    expect(saga[1].gap).toBe(saga[0].gap);
  });
});

describe("raceModel(state) with the theorems' steps", () => {
  const r = raceModel({ ...defaults, steps: 'theorem' });
  it('runs SAGA at 1/(2(μn + L_max)) and draws guarantees that lie above the measured curves', () => {
    expect(byId(r, 'saga').lr).toBeCloseTo(sagaTheoremStep(r.mu, r.n, r.lMax), 15);
    const bound = r.theory.find((t) => t.label.startsWith('SAGA'))!;
    const saga = byId(r, 'saga').points;
    for (const b of bound.points) {
      const measured = saga.find((p) => Math.abs(p.passes - b.passes) < 1e-9);
      if (measured) expect(measured.gap).toBeLessThanOrEqual(b.gap);
    }
  });
  it("runs SVRG with option II at settings where Johnson & Zhang's α < 1", () => {
    expect(r.svrgOption).toBe('II');
    expect(r.svrgAlpha).toBeLessThan(1);
    expect(r.theory.some((t) => t.label.startsWith('SVRG'))).toBe(true);
  });
});

describe('theory helpers', () => {
  it("svrgAlpha(μ, L, η, m) reproduces Johnson & Zhang's example: η = 0.1/L, m = 50L/μ gives α = 1/2", () => {
    expect(svrgAlpha(0.01, 1, 0.1, 5000)).toBeCloseTo(0.5, 12);
    expect(svrgAlpha(0.01, 1, 0.5, 5000)).toBe(Infinity);
  });
  it('svrgTheoremSettings(μ, n, L) returns a step below 1/(4L) with α < 1', () => {
    const s = svrgTheoremSettings(0.01, 200, 1);
    expect(s.eta).toBeLessThan(0.25);
    expect(s.alpha).toBeLessThan(1);
    expect(s.alpha).toBeCloseTo(svrgAlpha(0.01, 1, s.eta, s.m), 14);
  });
  it('measuredRate(points) recovers the contraction of an exact geometric sequence', () => {
    const pts = Array.from({ length: 30 }, (_, k) => ({ passes: k, gap: 0.5 ** k, variance: NaN }));
    expect(measuredRate(pts)).toBeCloseTo(0.5, 12);
    expect(measuredRate(pts.slice(0, 3))).toBeNull();
  });
});

describe('raceModel(state) at the schema bounds', () => {
  it('never returns NaN gaps and reports no divergence for tiny n, extreme conditioning or the largest scale', () => {
    for (const patch of [{ n: 10 }, { l2: 1e-4, scale: 10 }, { l2: 1, scale: 0.1 }]) {
      const r = raceModel({ ...defaults, ...patch, passes: 10 });
      for (const m of r.methods) {
        expect(
          m.points.every((p) => Number.isFinite(p.gap)),
          JSON.stringify(patch),
        ).toBe(true);
        expect(m.divergedAt).toBeNull();
      }
    }
  });
});
