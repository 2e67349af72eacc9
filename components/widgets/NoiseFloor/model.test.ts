import { describe, expect, it } from 'vitest';
import { noiseFloor } from './model.ts';
import { noiseFloorCodec } from './state.ts';
import { lessonProblem } from '../lessons/sgd/lessonProblem.ts';

const defaults = noiseFloorCodec.defaults;
const P = lessonProblem();

describe('noiseFloor(state)', () => {
  const r = noiseFloor(defaults);

  it('gives three constant-step curves and a decaying one, each from f(θ₀) − f*', () => {
    expect(r.series.map((s) => s.id)).toEqual(['const-0', 'const-1', 'const-2', 'decay']);
    const gap0 = P.problem.value(Float64Array.from(P.start)) - P.fStar;
    for (const s of r.series) {
      expect(s.points[0].x).toBe(0);
      expect(s.points[0].y).toBeCloseTo(gap0, 12);
      expect(s.points[s.points.length - 1].x).toBe(defaults.steps);
      expect(s.divergedAt).toBeNull();
    }
  });

  it('puts the floor higher for a larger step: levels fall with α', () => {
    const [a, b, c] = r.series.map((s) => s.level!);
    expect(a).toBeGreaterThan(2 * b);
    expect(b).toBeGreaterThan(2 * c);
  });

  it('lets the decaying step break through the smallest constant floor', () => {
    expect(r.series[3].level!).toBeLessThan(r.series[2].level!);
  });

  it('lowers every floor with a larger batch (variance σ²/b)', () => {
    const big = noiseFloor({ ...defaults, batch: 8, runs: 3 });
    const small = noiseFloor({ ...defaults, batch: 1, runs: 3 });
    for (let i = 0; i < 3; i++) expect(big.series[i].level!).toBeLessThan(small.series[i].level! / 3);
  });

  it('computes the theorem bound αLσ²/(2μ) with σ² = σ²(θ*)/b, only where α ≤ 1/L', () => {
    const s = noiseFloor({ ...defaults, batch: 2, runs: 1, steps: 100 });
    const alpha = defaults.lr;
    expect(s.sigma2).toBeCloseTo(P.sigma2Star / 2, 15);
    expect(s.series[0].bound).toBeCloseTo((alpha * P.L * P.sigma2Star) / 2 / (2 * P.mu), 12);
    // The measured level sits below the bound (it is an upper bound).
    expect(r.series[0].level!).toBeLessThan(r.series[0].bound!);
    const tooBig = noiseFloor({ ...defaults, lr: 2 / P.L, runs: 1, steps: 100 });
    expect(tooBig.series[0].bound).toBeNull();
    expect(tooBig.series[3].bound).toBeNull();
  });

  it('reports divergence at lr = 1e6 and never returns a non-finite point', () => {
    const d = noiseFloor({ ...defaults, lr: 1e6, steps: 10_000, runs: 12 });
    for (const s of d.series) {
      expect(s.divergedAt).not.toBeNull();
      expect(s.level).toBeNull();
      expect(s.points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
      expect(s.points.every((p) => p.x < s.divergedAt!)).toBe(true);
    }
  });

  it('omits the decaying curve when decay is off and replays with the same seed', () => {
    expect(noiseFloor({ ...defaults, decay: false, runs: 1, steps: 100 }).series).toHaveLength(3);
    expect(noiseFloor({ ...defaults, runs: 1, steps: 200 })).toEqual(
      noiseFloor({ ...defaults, runs: 1, steps: 200 }),
    );
  });
});
