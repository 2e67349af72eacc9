import { describe, expect, it } from 'vitest';
import { featureMap, INPUT_FEATURES, type InputFeature } from './featureMap.ts';
import { dataset2d } from './dataset2d.ts';

// The Playground's INPUTS (playground.ts), written out as it defines them, on its own coordinates.
const PLAYGROUND: Record<InputFeature, (x: number, y: number) => number> = {
  x1: (x) => x,
  x2: (_x, y) => y,
  x1Squared: (x) => x * x,
  x2Squared: (_x, y) => y * y,
  x1x2: (x, y) => x * y,
  sinX1: (x) => Math.sin(x),
  sinX2: (_x, y) => Math.sin(y),
};

describe('featureMap({ features, scale })', () => {
  it('computes the Playground’s seven features of u = 6x, columns in the Playground’s order', () => {
    const all = INPUT_FEATURES.map((f) => f.id);
    const fm = featureMap({ features: [...all].reverse() });
    expect(fm.features).toEqual(all);
    expect(fm.dim).toBe(7);
    const data = dataset2d({ kind: 'spiral', n: 50, noise: 0.1, seed: 3 });
    const F = fm.apply(data.X);
    for (let i = 0; i < 50; i++) {
      const u = 6 * data.X[2 * i];
      const v = 6 * data.X[2 * i + 1];
      all.forEach((id, c) => expect(F[7 * i + c]).toBe(PLAYGROUND[id](u, v)));
    }
  });

  it('selects any subset; x₁, x₂ at scale 1 is the identity; the data set keeps its labels', () => {
    const data = dataset2d({ kind: 'xor', n: 20, seed: 1 });
    const id = featureMap({ features: ['x2', 'x1'], scale: 1 }).dataset(data);
    expect(Array.from(id.X)).toEqual(Array.from(data.X));
    expect(id.y).toBe(data.y);
    const fm = featureMap({ features: ['sinX2', 'x1x2'], scale: 2 });
    expect(fm.features).toEqual(['x1x2', 'sinX2']);
    const out = new Float64Array(40);
    fm.applyInto(data.X, out, 20);
    for (let i = 0; i < 20; i++) {
      expect(out[2 * i]).toBe(2 * data.X[2 * i] * (2 * data.X[2 * i + 1]));
      expect(out[2 * i + 1]).toBe(Math.sin(2 * data.X[2 * i + 1]));
    }
  });

  it('rejects empty, unknown or repeated features and a bad scale', () => {
    expect(() => featureMap({ features: [] })).toThrow(/at least one/);
    expect(() => featureMap({ features: ['cosX1' as InputFeature] })).toThrow(/unknown feature "cosX1"/);
    expect(() => featureMap({ features: ['x1', 'x1'] })).toThrow(/repeat/);
    expect(() => featureMap({ features: ['x1'], scale: 0 })).toThrow(/scale/);
    expect(() =>
      featureMap({ features: ['x1'] }).applyInto(new Float64Array(4), new Float64Array(1)),
    ).toThrow(/out must hold/);
  });
});
