import { describe, expect, it } from 'vitest';
import { D, scaledData, weightNormRace } from './model.ts';
import { weightNormRaceCodec } from './state.ts';

const base = { ...weightNormRaceCodec.defaults, steps: 600 };

describe('weightNormRace(state)', () => {
  it('all three runs take the same first step from θ₀ = 0 (λθ₀ = 0): ≈ −η·sign(g₁) per weight', () => {
    const r = weightNormRace({ ...base, steps: 1 });
    const n = r.runs.map((x) => x.norm[1].y);
    expect(n[1]).toBe(n[0]);
    expect(n[2]).toBe(n[0]);
    // Adam's first step has size η/(1 + ε/|g|) in each coordinate: ‖θ₁‖ ≈ η√d.
    expect(n[0]).toBeCloseTo(base.lr * Math.sqrt(D), 5);
  });
  it('without regularisation the norm keeps growing; both decays hold it below Adam’s', () => {
    const r = weightNormRace(base);
    const [a, l2, w] = r.runs;
    const end = (x: typeof a) => x.norm[x.norm.length - 1].y;
    expect(a.norm[a.norm.length - 1].y).toBeGreaterThan(a.norm[Math.floor(a.norm.length / 2)].y);
    expect(end(l2)).toBeLessThan(end(a));
    expect(end(w)).toBeLessThan(end(a));
  });
  it('Adam + L2 shrinks the small-scale feature’s weight far more than the large-scale one’s, relative to AdamW', () => {
    const r = weightNormRace(base);
    const [, l2, w] = r.runs;
    const small = l2.final[0] / w.final[0];
    const large = l2.final[D - 1] / w.final[D - 1];
    expect(small).toBeLessThan(large / 3);
  });
  it('the Adam + L2 run uses weight_decay = λ·l2Factor: a larger factor, a smaller norm; a tiny one approaches Adam', () => {
    const end = (f: number) =>
      weightNormRace({ ...base, l2Factor: f }).runs.map((x) => x.norm[x.norm.length - 1].y);
    const [adamNorm, l2At1] = end(1);
    const [, l2At10] = end(10);
    const [, l2Tiny] = end(1e-3);
    expect(l2At10).toBeLessThan(l2At1);
    expect(Math.abs(l2Tiny - adamNorm) / adamNorm).toBeLessThan(0.05);
    const { X, y } = scaledData(base);
    expect(X).toHaveLength(200);
    expect(new Set(y)).toEqual(new Set([-1, 1]));
  });
  it('reports divergence instead of NaN at extreme settings', () => {
    const r = weightNormRace({ ...base, lr: 1, wd: 10, spread: 1e4, batch: 1, steps: 200 });
    for (const run of r.runs) {
      expect(run.norm.every((p) => Number.isFinite(p.y))).toBe(true);
      if (run.divergedAt === null) expect(Number.isFinite(run.loss)).toBe(true);
    }
  });
});
