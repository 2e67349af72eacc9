import { describe, expect, it } from 'vitest';
import { gradientNoise } from '@descent/optim';
import { batchGrid, noiseCloud, varianceByBatch } from './model.ts';
import { gradientNoiseCodec } from './state.ts';
import { lessonProblem } from '../lessons/sgd/lessonProblem.ts';

const defaults = gradientNoiseCodec.defaults;
const P = lessonProblem();

describe('noiseCloud(state)', () => {
  it('draws `draws` mini-batch gradients whose mean is close to ∇f (unbiasedness)', () => {
    const c = noiseCloud({ ...defaults, draws: 1000, batch: 1 });
    expect(c.samples).toHaveLength(1000);
    const se = Math.sqrt(c.predicted / 1000);
    expect(Math.hypot(c.sampleMean[0] - c.grad[0], c.sampleMean[1] - c.grad[1])).toBeLessThan(4 * se);
  });

  it('measures a variance within sampling error of σ²/b', () => {
    for (const batch of [1, 4, 16]) {
      const c = noiseCloud({ ...defaults, draws: 1000, batch });
      expect(c.predicted).toBeCloseTo(c.sigma2 / batch, 14);
      expect(Math.abs(c.measured / c.predicted - 1)).toBeLessThan(0.25);
    }
  });

  it('uses σ²/b·(n−b)/(n−1) without replacement, which is 0 at b = n', () => {
    const c = noiseCloud({ ...defaults, replacement: false, batch: 10 });
    expect(c.predicted).toBeCloseTo(((c.sigma2 / 10) * (P.n - 10)) / (P.n - 1), 14);
    const all = noiseCloud({ ...defaults, replacement: false, batch: P.n });
    expect(all.predicted).toBe(0);
    expect(all.measured).toBeLessThan(1e-25);
  });

  it('draws the 2σ ellipse of the predicted covariance: rx² + ry² = 4 × predicted variance', () => {
    const c = noiseCloud({ ...defaults, batch: 3 });
    expect(c.ellipse.rx).toBeGreaterThanOrEqual(c.ellipse.ry);
    expect(c.ellipse.rx ** 2 + c.ellipse.ry ** 2).toBeCloseTo(4 * c.predicted, 12);
    expect([c.ellipse.cx, c.ellipse.cy]).toEqual(c.grad);
  });

  it('keeps the plot window fixed as b changes, so the cloud visibly shrinks', () => {
    expect(noiseCloud({ ...defaults, batch: 1 }).halfWidth).toBe(
      noiseCloud({ ...defaults, batch: 30 }).halfWidth,
    );
  });

  it('agrees with optim for σ² at θ and replays with the same seed', () => {
    const c = noiseCloud(defaults);
    expect(c.sigma2).toBe(gradientNoise(P.problem, Float64Array.from([defaults.px, defaults.py])).sigma2);
    expect(noiseCloud(defaults).samples).toEqual(c.samples);
    expect(noiseCloud({ ...defaults, seed: 2 }).samples[0]).not.toEqual(c.samples[0]);
  });
});

describe('varianceByBatch(state)', () => {
  it('falls as 1/b: measured tracks σ²/b and shrinks from b = 1 to b = n', () => {
    const rows = varianceByBatch({ ...defaults, draws: 1000 });
    expect(rows.map((r) => r.b)).toEqual(batchGrid(P.n));
    for (const r of rows) expect(Math.abs(r.measured / r.predicted - 1)).toBeLessThan(0.25);
    expect(rows[0].measured).toBeGreaterThan(10 * rows[rows.length - 1].measured);
    expect(rows[0].predicted / rows[rows.length - 1].predicted).toBeCloseTo(P.n, 10);
  });
});
