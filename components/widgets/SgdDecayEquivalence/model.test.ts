import { describe, expect, it } from 'vitest';
import { lrSchedule, sgdDecayEquivalence } from './model.ts';
import { lessonQuadratic } from './problem.ts';
import { sgdDecayEquivalenceCodec } from './state.ts';

const base = sgdDecayEquivalenceCodec.defaults;
const maxGap = (s: Partial<typeof base>) => Math.max(...sgdDecayEquivalence({ ...base, ...s }).gap);

/** The paper's per-step decay by hand on the quadratic: θ ← (1 − λ)θ − η_t(Aθ − b). */
function byHand(lam: number, eta: (t: number) => number, steps: number): number[] {
  const f = lessonQuadratic();
  let th = [base.x0, base.y0];
  for (let t = 0; t < steps; t++) {
    const g = f.grad(Float64Array.from(th));
    th = th.map((v, i) => (1 - lam) * v - eta(t) * g[i]);
  }
  return th;
}

describe('sgdDecayEquivalence(state)', () => {
  it('the decoupled run is θ ← (1 − λ)θ − ηg (checked by hand)', () => {
    const r = sgdDecayEquivalence({ ...base, schedule: 'step' });
    const end = r.runs[1].points[r.runs[1].points.length - 1];
    const h = byHand(base.wd, lrSchedule({ ...base, schedule: 'step' }), base.steps);
    expect(end[0]).toBeCloseTo(h[0], 12);
    expect(end[1]).toBeCloseTo(h[1], 12);
  });
  it('coincides at λ′ = λ/η (paper) and λ′ = λ (lr-scaled) with a constant lr; separates otherwise', () => {
    expect(sgdDecayEquivalence(base).equivalentL2).toBeCloseTo(base.wd / base.lr, 15);
    expect(maxGap({ l2: base.wd / base.lr })).toBeLessThan(1e-12);
    expect(maxGap({ l2: base.wd })).toBeGreaterThan(1e-2);
    expect(maxGap({ convention: 'lr-scaled', l2: base.wd })).toBeLessThan(1e-12);
    expect(maxGap({ convention: 'lr-scaled', l2: base.wd / base.lr })).toBeGreaterThan(1e-2);
  });
  it('under a schedule the paper form needs λ′_t = λ/η_t; the lr-scaled form still coincides with λ′ = λ', () => {
    for (const schedule of ['step', 'cosine'] as const) {
      expect(maxGap({ schedule, l2: base.wd / base.lr })).toBeGreaterThan(1e-2);
      expect(maxGap({ schedule, convention: 'lr-scaled', l2: base.wd })).toBeLessThan(1e-12);
      const r = sgdDecayEquivalence({ ...base, schedule, follow: true });
      const [, dec, follow] = r.runs;
      expect(follow.id).toBe('follow');
      follow.points.forEach((p, t) => {
        expect(Math.abs(p[0] - dec.points[t][0])).toBeLessThan(1e-12);
        expect(Math.abs(p[1] - dec.points[t][1])).toBeLessThan(1e-12);
      });
    }
  });
  it('the step schedule drops η by 10× at half-way; cosine ends near η₀/100', () => {
    const r = sgdDecayEquivalence({ ...base, schedule: 'step', steps: 100 });
    expect(r.lrs[49]).toBeCloseTo(base.lr, 15);
    expect(r.lrs[50]).toBeCloseTo(base.lr / 10, 15);
    const c = sgdDecayEquivalence({ ...base, schedule: 'cosine', steps: 100 });
    expect(c.lrs[99]).toBeLessThan(base.lr / 50);
    expect(c.lrs[99]).toBeGreaterThan(base.lr / 100);
  });
  it('reports divergence at η₀ = 2 and never returns a non-finite point', () => {
    const r = sgdDecayEquivalence({ ...base, lr: 2, steps: 400 });
    expect(r.runs.some((x) => x.divergedAt !== null)).toBe(true);
    for (const run of r.runs) for (const p of run.points) expect(p.every(Number.isFinite)).toBe(true);
  });
});
