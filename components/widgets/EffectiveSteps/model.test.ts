import { describe, expect, it } from 'vitest';
import { effectiveSteps } from './model.ts';
import { EffectiveStepsState } from './state.ts';

const defaults = EffectiveStepsState.parse({});

describe('effectiveSteps(state)', () => {
  it('SGD gives both coordinates η; the adaptive methods give the flat coordinate the larger step', () => {
    const r = effectiveSteps(defaults);
    const [sgd, adagrad, rmsprop, adam] = r.runs;
    expect(sgd.eta1.every((e) => e === defaults.sgdLr)).toBe(true);
    for (const run of [adagrad, rmsprop, adam]) {
      // After the first update the flat coordinate θ₁ has the smaller gradient, so the larger step.
      expect(run.eta1[0]).toBeGreaterThan(run.eta2[0]);
    }
  });
  it('Adam’s and RMSProp’s first steps: η/|g_i| per coordinate (Adam exactly, up to ε)', () => {
    const r = effectiveSteps(defaults);
    const adam = r.runs[3];
    // By hand: g = (θ₁, κθ₂) at the start; v̂₁ = g², so η_i = η/|g_i|.
    expect(adam.eta1[0]).toBeCloseTo(defaults.lr / Math.abs(defaults.x0), 6);
    expect(adam.eta2[0]).toBeCloseTo(defaults.lr / Math.abs(defaults.kappa * defaults.y0), 6);
    // RMSProp (α = 0.99, no correction): v₁ = 0.01 g², so η/(0.1|g|).
    expect(r.runs[2].eta1[0]).toBeCloseTo(defaults.lr / (0.1 * Math.abs(defaults.x0)), 6);
  });
  it('AdaGrad’s steps only shrink; the four runs stay finite at the defaults', () => {
    const r = effectiveSteps(defaults);
    const a = r.runs[1].eta1;
    for (let t = 1; t < a.length; t++) expect(a[t]).toBeLessThanOrEqual(a[t - 1]);
    for (const run of r.runs) {
      expect(run.divergedAt).toBeNull();
      expect(run.loss.at(-1)!).toBeLessThan(run.loss[0]);
    }
  });
  it('SGD above 2/κ diverges and says at which step; the adaptive runs are unaffected', () => {
    const r = effectiveSteps({ ...defaults, sgdLr: 0.05 });
    expect(r.runs[0].divergedAt).toBeGreaterThan(0);
    expect(r.runs[0].path.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
    expect(r.runs[3].divergedAt).toBeNull();
  });
  it('extreme settings never produce NaN', () => {
    for (const over of [
      { lr: 10, sgdLr: 10, kappa: 10_000 },
      { lr: 1e-4, sgdLr: 1e-4, kappa: 1 },
      { x0: 0, y0: 0 },
    ]) {
      const r = effectiveSteps({ ...defaults, ...over });
      for (const run of r.runs) {
        expect([...run.loss, ...run.eta1, ...run.eta2].every(Number.isFinite)).toBe(true);
      }
    }
  });
  it('hands the contour plot the same f for the same κ (its level sets are traced once per f)', () => {
    const a = effectiveSteps(defaults);
    const b = effectiveSteps({ ...defaults, lr: defaults.lr * 2, sgdLr: defaults.sgdLr / 2, steps: 37 });
    expect(b.f).toBe(a.f);
    const c = effectiveSteps({ ...defaults, kappa: defaults.kappa * 2 });
    expect(c.f).not.toBe(a.f);
    expect(c.f(0, 1)).toBeCloseTo(defaults.kappa, 12);
    expect(a.f(0, 1)).toBeCloseTo(defaults.kappa / 2, 12);
  });
});
