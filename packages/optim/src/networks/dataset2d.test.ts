import { describe, expect, it } from 'vitest';
import { dataset2d, splitDataset, DATASET2D_KINDS } from './dataset2d.ts';

describe('dataset2d({ kind, n, noise, seed })', () => {
  for (const kind of DATASET2D_KINDS) {
    it(`${kind}: seeded, balanced, n × 2 inside [−1, 1]² without noise, labels in {0, 1}`, () => {
      const a = dataset2d({ kind, n: 101, seed: 3 });
      const b = dataset2d({ kind, n: 101, seed: 3 });
      expect(Array.from(a.X)).toEqual(Array.from(b.X));
      expect(Array.from(a.y)).toEqual(Array.from(b.y));
      expect(Array.from(dataset2d({ kind, n: 101, seed: 4 }).X)).not.toEqual(Array.from(a.X));
      expect(a.X.length).toBe(202);
      const ones = a.y.reduce((s, v) => s + v, 0);
      expect(a.y.every((v) => v === 0 || v === 1)).toBe(true);
      if (kind !== 'xor') expect(ones).toBe(51);
      else expect(Math.abs(ones - 50.5)).toBeLessThan(20);
      if (kind !== 'gauss') for (const v of a.X) expect(Math.abs(v)).toBeLessThanOrEqual(1);
    });
  }

  it('labels follow the shapes: circle by radius, xor by the sign of x₁x₂, gauss by the nearer centre', () => {
    const c = dataset2d({ kind: 'circle', n: 200, seed: 1 });
    for (let i = 0; i < c.n; i++) {
      const r = Math.hypot(c.X[2 * i], c.X[2 * i + 1]);
      expect(c.y[i]).toBe(r <= 0.5 ? 1 : 0);
      if (c.y[i] === 0) expect(r).toBeGreaterThanOrEqual(0.7);
    }
    const x = dataset2d({ kind: 'xor', n: 200, seed: 1 });
    for (let i = 0; i < x.n; i++) expect(x.y[i]).toBe(x.X[2 * i] * x.X[2 * i + 1] > 0 ? 1 : 0);
    const g = dataset2d({ kind: 'gauss', n: 400, seed: 1 });
    let agree = 0;
    for (let i = 0; i < g.n; i++) if ((g.X[2 * i] + g.X[2 * i + 1] > 0 ? 1 : 0) === g.y[i]) agree++;
    expect(agree / g.n).toBeGreaterThan(0.97); // centres 0.8√2 apart, σ = 0.2: Φ(2.83) ≈ 0.998
  });

  it('noise is Gaussian with the given standard deviation per coordinate', () => {
    const clean = dataset2d({ kind: 'spiral', n: 4000, seed: 2 });
    const noisy = dataset2d({ kind: 'spiral', n: 4000, noise: 0.1, seed: 2 });
    // spiral points are deterministic in s: compare the sorted radii spread instead of point pairs
    let sumSq = 0;
    for (let i = 0; i < noisy.n; i++) sumSq += noisy.X[2 * i] ** 2 + noisy.X[2 * i + 1] ** 2;
    let cleanSq = 0;
    for (let i = 0; i < clean.n; i++) cleanSq += clean.X[2 * i] ** 2 + clean.X[2 * i + 1] ** 2;
    // E‖x + e‖² = ‖x‖² + 2σ²
    expect((sumSq - cleanSq) / noisy.n).toBeCloseTo(2 * 0.01, 2);
  });

  it('splitDataset keeps the first fraction for training and the rest for testing', () => {
    const d = dataset2d({ kind: 'moons', n: 10, seed: 1 });
    const { train, test } = splitDataset(d, 0.7);
    expect(train.n).toBe(7);
    expect(test.n).toBe(3);
    expect(Array.from(test.X)).toEqual(Array.from(d.X.slice(14)));
    expect(() => splitDataset(d, 1)).toThrow(/trainFraction/);
  });

  it('rejects bad options', () => {
    expect(() => dataset2d({ kind: 'blobs' as never, n: 10, seed: 1 })).toThrow(/kind/);
    expect(() => dataset2d({ kind: 'xor', n: 1, seed: 1 })).toThrow(/n must/);
    expect(() => dataset2d({ kind: 'xor', n: 10, noise: -1, seed: 1 })).toThrow(/noise/);
  });
});
