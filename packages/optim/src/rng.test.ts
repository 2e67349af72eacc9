import { describe, expect, it } from 'vitest';
import { rng } from './rng.ts';

describe('rng(seed)', () => {
  it('replays the same stream for the same seed and differs for another', () => {
    const a = rng(42);
    const b = rng(42);
    const c = rng(43);
    const xs = Array.from({ length: 5 }, () => a.uniform());
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.uniform())).not.toEqual(xs);
    expect(rng('abc').uint32()).toBe(rng('abc').uint32());
  });
  it('fillUniform gives exactly the draws of repeated uniform() and continues the same stream', () => {
    for (const seed of [0, 7, 'spiral', -3.5]) {
      const a = rng(seed);
      const b = rng(seed);
      a.uint32(); // an odd number of 32-bit draws before, so the pairs straddle
      b.uint32();
      const filled = a.fillUniform(new Float64Array(1000), 999);
      const called = Array.from({ length: 999 }, () => b.uniform());
      expect(Array.from(filled.subarray(0, 999))).toEqual(called);
      expect(filled[999]).toBe(0); // untouched past n
      expect(a.uint32()).toBe(b.uint32());
      expect(a.fillUniform(new Float64Array(3))[2]).toBe((b.uniform(), b.uniform(), b.uniform()));
    }
    expect(() => rng(1).fillUniform(new Float64Array(2), 3)).toThrow(RangeError);
    expect(() => rng(1).fillUniform([] as unknown as Float64Array)).toThrow(RangeError);
  });
  it('uniform() lies in [0, 1) with mean ≈ 1/2 and variance ≈ 1/12', () => {
    const r = rng(1);
    let s = 0;
    let s2 = 0;
    const n = 100000;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = r.uniform();
      if (!(u >= 0 && u < 1)) outside++;
      s += u;
      s2 += u * u;
    }
    expect(outside).toBe(0);
    expect(Math.abs(s / n - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(s2 / n - 0.25 - 1 / 12)).toBeLessThan(0.005);
  });
  it('normal(mean, std) has the requested moments', () => {
    const r = rng(2);
    const n = 100000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const z = r.normal(3, 2);
      s += z;
      s2 += (z - 3) ** 2;
    }
    expect(Math.abs(s / n - 3)).toBeLessThan(0.03);
    expect(Math.abs(s2 / n - 4)).toBeLessThan(0.08);
  });
  it('int(n) covers [0, n) uniformly and int(lo, hi) covers [lo, hi)', () => {
    const r = rng(3);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40000; i++) counts[r.int(4)]++;
    counts.forEach((c) => expect(Math.abs(c - 10000)).toBeLessThan(400));
    for (let i = 0; i < 1000; i++) {
      const k = r.int(-2, 3);
      expect(k >= -2 && k < 3 && Number.isInteger(k)).toBe(true);
    }
    expect(() => r.int(0)).toThrow(RangeError);
  });
  it('pick and shuffle leave the input unchanged', () => {
    const r = rng(4);
    const items = [1, 2, 3, 4, 5];
    const sh = r.shuffle(items);
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect([...sh].sort()).toEqual(items);
    expect(items).toContain(r.pick(items));
    expect(() => r.pick([])).toThrow(RangeError);
  });
  it('clone() continues the same stream independently', () => {
    const a = rng(5);
    a.uniform();
    const b = a.clone();
    expect(b.uniform()).toBe(a.uniform());
  });
  it('throws RangeError on a non-finite seed', () => expect(() => rng(NaN)).toThrow(/rng: seed/));
});
