import { describe, expect, it } from 'vitest';
import { digitRgba, weightRgba, weightScale } from './digitImages.ts';

describe('digit and weight images', () => {
  it('draws ink black on white paper, opaque', () => {
    expect(Array.from(digitRgba(Uint8Array.of(0, 255, 128)))).toEqual([
      255, 255, 255, 255, 0, 0, 0, 255, 127, 127, 127, 255,
    ]);
  });

  it('weights: 0 white, ±scale at the blue and red ends, beyond clipped, half way half way', () => {
    const px = Array.from(weightRgba([0, -2, 2, 5, 1], 2));
    expect(px.slice(0, 4)).toEqual([255, 255, 255, 255]);
    expect(px.slice(4, 8)).toEqual([0x21, 0x66, 0xac, 255]);
    expect(px.slice(8, 12)).toEqual([0xb2, 0x18, 0x2b, 255]);
    expect(px.slice(12, 16)).toEqual(px.slice(8, 12));
    const half = [(255 + 0xb2) / 2, (255 + 0x18) / 2, (255 + 0x2b) / 2];
    px.slice(16, 19).forEach((v, k) => expect(Math.abs(v - half[k])).toBeLessThanOrEqual(0.5));
  });

  it('the scale is the 99th percentile of |w|, so one outlier does not wash the rest out', () => {
    const w = Array.from({ length: 1000 }, (_, i) => (i % 2 ? -1 : 1) * (i / 1000));
    w[3] = 1000;
    expect(weightScale(w)).toBeCloseTo(0.991, 3);
    expect(weightScale([])).toBe(1);
    expect(weightScale([0, 0])).toBe(1);
    expect(weightScale([NaN])).toBe(1);
  });
});
