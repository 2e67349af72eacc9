import { describe, expect, it } from 'vitest';
import { gaussLabel, planeLabel, regression2d, REGRESSION2D_KINDS } from './regression2d.ts';

// The Playground's label functions (dataset.ts), transcribed on its own coordinates [−6, 6]²:
// regressPlane: d3.scale.linear().domain([−10, 10]).range([−1, 1]) of x + y;
// regressGaussian: labelScale = linear [0, 2] → [1, 0], clamped; the signed bump largest in |·|.
const lin =
  (d0: number, d1: number, r0: number, r1: number, clamp = false) =>
  (t: number) => {
    let s = (t - d0) / (d1 - d0);
    if (clamp) s = Math.min(1, Math.max(0, s));
    return r0 + s * (r1 - r0);
  };
const playgroundPlane = (x: number, y: number) => lin(-10, 10, -1, 1)(x + y);
const playgroundGauss = (x: number, y: number) => {
  const scale = lin(0, 2, 1, 0, true);
  const gaussians = [
    [-4, 2.5, 1],
    [0, 2.5, -1],
    [4, 2.5, 1],
    [-4, -2.5, -1],
    [0, -2.5, 1],
    [4, -2.5, -1],
  ];
  let label = 0;
  for (const [cx, cy, sign] of gaussians) {
    const v = sign * scale(Math.hypot(x - cx, y - cy));
    if (Math.abs(v) > Math.abs(label)) label = v;
  }
  return label;
};

describe('regression2d({ kind, n, noise, seed })', () => {
  it('noiseless labels are the Playground’s functions of u = 6x (plane and multi-Gaussian)', () => {
    for (const kind of REGRESSION2D_KINDS) {
      const data = regression2d({ kind, n: 600, seed: 2 });
      const ref = kind === 'plane' ? playgroundPlane : playgroundGauss;
      for (let i = 0; i < data.n; i++) {
        const [x1, x2] = [data.X[2 * i], data.X[2 * i + 1]];
        expect(Math.abs(x1)).toBeLessThanOrEqual(1);
        expect(Math.abs(x2)).toBeLessThanOrEqual(1);
        expect(data.y[i]).toBeCloseTo(ref(6 * x1, 6 * x2), 14);
      }
    }
  });

  it('takes the values the Playground gives at hand-picked points', () => {
    expect(planeLabel(6, 6)).toBeCloseTo(1.2, 15);
    expect(planeLabel(-3, 1)).toBeCloseTo(-0.2, 15);
    expect(gaussLabel(-4, 2.5)).toBe(1); // a bump's centre
    expect(gaussLabel(0, 2.5)).toBe(-1);
    expect(gaussLabel(4, -3.5)).toBeCloseTo(-0.5, 15); // 1 from the (4, −2.5, −) centre
    expect(gaussLabel(2, 0)).toBe(0); // > 2 from every centre
    expect(gaussLabel(-2, 2.5)).toBe(0); // exactly 2 from two centres: scale(2) = 0
  });

  it('with noise, each label is read at a point moved by U(−1, 1)·noise per coordinate: |Δ label| within the bound', () => {
    const clean = regression2d({ kind: 'plane', n: 2000, seed: 5 });
    const noisy = regression2d({ kind: 'plane', n: 2000, noise: 0.25, seed: 5 });
    // same draws for the points; the plane label moves by 6(e₁ + e₂)/10 with |eᵢ| ≤ 0.25
    expect(Array.from(noisy.X)).toEqual(Array.from(clean.X));
    let maxShift = 0;
    let sumSq = 0;
    for (let i = 0; i < 2000; i++) {
      const shift = noisy.y[i] - clean.y[i];
      maxShift = Math.max(maxShift, Math.abs(shift));
      sumSq += shift * shift;
    }
    expect(maxShift).toBeLessThanOrEqual(0.3 + 1e-12);
    // Var = 0.36 · 2 · (0.25² / 3) = 0.015 for two independent uniforms
    expect(sumSq / 2000).toBeCloseTo(0.015, 2);
  });

  it('is seeded, and rejects bad options', () => {
    const a = regression2d({ kind: 'gauss', n: 50, noise: 0.1, seed: 1 });
    const b = regression2d({ kind: 'gauss', n: 50, noise: 0.1, seed: 1 });
    expect(Array.from(a.y)).toEqual(Array.from(b.y));
    expect(Array.from(regression2d({ kind: 'gauss', n: 50, noise: 0.1, seed: 2 }).X)).not.toEqual(
      Array.from(a.X),
    );
    expect(() => regression2d({ kind: 'circle' as never, n: 5, seed: 1 })).toThrow(/kind/);
    expect(() => regression2d({ kind: 'plane', n: 0, seed: 1 })).toThrow(/n must/);
    expect(() => regression2d({ kind: 'plane', n: 5, noise: -0.1, seed: 1 })).toThrow(/noise/);
  });
});
