import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildDigitsAsset, DIGITS_BUILD } from './buildDigitsAsset.ts';
import { readMnistPackage } from './readMnistPackage.ts';
import { selectDigits } from './selectDigits.ts';
import { downsample2x2 } from './downsample2x2.ts';
import { parseDigits } from '../../src/lib/digits/parseDigits.ts';
import { DIGITS_DOWNLOAD } from '../../src/lib/digits/digitsFormat.ts';

const raw = readMnistPackage();

describe('readMnistPackage()', () => {
  it('reads the mnist package’s 10,000 images, 863 … 1,127 per class, as bytes', () => {
    const counts = raw.map((c) => c.length / 784);
    expect(counts.reduce((s, v) => s + v, 0)).toBe(10000);
    expect(Math.min(...counts)).toBe(863); // class 5: enough for 600 + 100
    expect(Math.max(...counts)).toBe(1127);
  });
});

describe('buildDigitsAsset()', () => {
  const bytes = buildDigitsAsset();

  it('is deterministic: two builds give the same bytes', () => {
    expect(Buffer.from(buildDigitsAsset()).equals(Buffer.from(bytes))).toBe(true);
  });

  it('fits the 600 KB gzip budget (6,000 + 1,000 images of 14 × 14: 1.38 MB raw)', () => {
    expect(bytes.length).toBe(24 + 7000 * (1 + 196));
    expect(gzipSync(bytes).length).toBeLessThanOrEqual(600 * 1024);
  });

  it('is the size the board and the lesson say it is, raw and compressed', () => {
    const [, raw, compressed] = /^([\d.]+) MB, about ([\d.]+) MB compressed$/.exec(DIGITS_DOWNLOAD) ?? [];
    expect((bytes.length / 1e6).toFixed(1)).toBe(raw);
    expect((gzipSync(bytes).length / 1e6).toFixed(1)).toBe(compressed);
  });

  it('holds 600 training and 100 test images of every class, none in both', () => {
    const d = parseDigits(bytes);
    expect([d.width, d.height, d.classes, d.train.n, d.test.n]).toEqual([14, 14, 10, 6000, 1000]);
    for (const [split, per] of [
      [d.train, 600],
      [d.test, 100],
    ] as const) {
      const counts = new Array(10).fill(0);
      for (const c of split.labels) counts[c]++;
      expect(counts).toEqual(new Array(10).fill(per));
    }
    // at full size (same seed, same selection), no training image equals a test image
    const full = selectDigits(raw, { ...DIGITS_BUILD, side: 28 });
    const key = (p: Uint8Array, i: number) =>
      Buffer.from(p.subarray(i * 784, (i + 1) * 784)).toString('base64');
    const seen = new Set(Array.from({ length: 6000 }, (_, i) => key(full.train.pixels, i)));
    for (let i = 0; i < 1000; i++) expect(seen.has(key(full.test.pixels, i))).toBe(false);
    // the shipped 14 × 14 images are those images halved, labels unchanged
    expect(Array.from(d.train.labels)).toEqual(Array.from(full.train.labels));
    expect(
      Buffer.from(d.test.pixels).equals(Buffer.from(downsample2x2(full.test.pixels, 1000, 28, 28))),
    ).toBe(true);
  });

  it('another seed picks another subset', () => {
    const other = selectDigits(raw, { ...DIGITS_BUILD, seed: 2 });
    const ours = selectDigits(raw, DIGITS_BUILD);
    expect(Buffer.from(other.train.pixels).equals(Buffer.from(ours.train.pixels))).toBe(false);
  });
});

describe('downsample2x2(src, n, width, height)', () => {
  it('averages each 2 × 2 block, rounding half up', () => {
    // one 4 × 2 image: blocks [1 2; 5 6] → 3.5 → 4 and [3 4; 7 9] → 5.75 → 6
    expect(Array.from(downsample2x2(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 9]), 1, 4, 2))).toEqual([4, 6]);
    expect(Array.from(downsample2x2(Uint8Array.from([255, 255, 255, 255]), 1, 2, 2))).toEqual([255]);
    expect(() => downsample2x2(new Uint8Array(6), 1, 3, 2)).toThrow(/odd side/);
  });
});
