import { describe, expect, it } from 'vitest';
import { rng } from '@descent/optim';
import { sgdTrajectories } from './model.ts';
import { lessonProblem } from '../lessons/sgd/lessonProblem.ts';
import { SgdTrajectoriesState, sgdTrajectoriesCodec } from './state.ts';

const defaults = sgdTrajectoriesCodec.defaults;
const P = lessonProblem();

describe('lessonProblem()', () => {
  it('is strongly convex with κ between 4 and 20 and leaves gradient noise at θ*', () => {
    expect(P.mu).toBeGreaterThan(0);
    expect(P.L / P.mu).toBeGreaterThan(4);
    expect(P.L / P.mu).toBeLessThan(20);
    expect(P.sigma2Star).toBeGreaterThan(0.05);
    // θ* is a stationary point: the full gradient vanishes there.
    const g = P.problem.grad(Float64Array.from(P.xStar));
    expect(Math.hypot(g[0], g[1])).toBeLessThan(1e-12);
    expect(P.domain.x[0]).toBeLessThan(P.xStar[0]);
    expect(P.domain.y[1]).toBeGreaterThan(P.start[1]);
  });
});

describe('sgdTrajectories(state)', () => {
  it('returns GD, SGD b = 1 and SGD b = batch, each of steps + 1 points from the start', () => {
    const runs = sgdTrajectories(defaults);
    expect(runs.map((r) => r.id)).toEqual(['gd', 'sgd-1', `sgd-${defaults.batch}`]);
    for (const r of runs) {
      expect(r.points).toHaveLength(defaults.steps + 1);
      expect(r.points[0]).toEqual([defaults.x0, defaults.y0]);
      expect(r.divergedAt).toBeNull();
    }
    expect(runs.map((r) => r.costPerStep)).toEqual([P.n, 1, defaults.batch]);
  });

  it('draws b = 1 and b = 8 from one seeded stream: both start with index i₁', () => {
    const s = { ...defaults, steps: 1, seed: 42 };
    const [, one, eight] = sgdTrajectories(s);
    const i1 = rng(42).int(P.n);
    const g = P.problem.gradI(i1, Float64Array.from([s.x0, s.y0]));
    expect(one.points[1][0]).toBeCloseTo(s.x0 - s.lr * g[0], 14);
    expect(one.points[1][1]).toBeCloseTo(s.y0 - s.lr * g[1], 14);
    // The batch of 8 reads i₁…i₈ from the same stream.
    const r = rng(42);
    const idx = Array.from({ length: 8 }, () => r.int(P.n));
    const mean = [0, 1].map(
      (j) => idx.reduce((acc, i) => acc + P.problem.gradI(i, Float64Array.from([s.x0, s.y0]))[j], 0) / 8,
    );
    expect(eight.points[1][0]).toBeCloseTo(s.x0 - s.lr * mean[0], 14);
  });

  it('GD converges to f* while SGD with b = 1 stalls at a noise floor', () => {
    const runs = sgdTrajectories({ ...defaults, steps: 500 });
    const last = (r: (typeof runs)[number]) => r.gaps.slice(-100).reduce((a, b) => a + b, 0) / 100;
    expect(runs[0].gaps[500]).toBeLessThan(1e-9);
    expect(last(runs[1])).toBeGreaterThan(1e-3);
    // A bigger batch averages the noise away: a lower floor.
    expect(last(runs[2])).toBeLessThan(last(runs[1]));
  });

  it('replays exactly with the same seed and differs with another', () => {
    const a = sgdTrajectories({ ...defaults, seed: 3 });
    expect(sgdTrajectories({ ...defaults, seed: 3 })).toEqual(a);
    expect(sgdTrajectories({ ...defaults, seed: 4 })[1].points[5]).not.toEqual(a[1].points[5]);
  });

  it('reports divergence at lr = 1e6 with finite points only and no NaN', () => {
    const runs = sgdTrajectories({ ...defaults, lr: 1e6, steps: 500 });
    for (const r of runs) {
      expect(r.divergedAt).not.toBeNull();
      expect(r.divergedAt!).toBeLessThanOrEqual(5);
      expect(r.points.flat().every(Number.isFinite)).toBe(true);
      expect(r.gaps.every(Number.isFinite)).toBe(true);
    }
  });

  it('handles batch = 1 (only two runs) and the schema ranges', () => {
    expect(sgdTrajectories({ ...defaults, batch: 1 }).map((r) => r.id)).toEqual(['gd', 'sgd-1']);
    expect(SgdTrajectoriesState.parse({}).lr).toBe(0.5);
  });
});
