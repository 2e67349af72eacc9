import { describe, expect, it } from 'vitest';
import { ISLAND_DIGITS, roundForIsland } from './roundForIsland.ts';

describe('roundForIsland', () => {
  it('keeps eight significant digits of non-integer numbers, at any magnitude', () => {
    expect(roundForIsland(0.019999999444500108)).toBe(0.019999999);
    expect(roundForIsland(-123.456789012345)).toBe(-123.45679);
    expect(roundForIsland(1.23456789012e-7)).toBe(1.2345679e-7);
    expect(roundForIsland(98765.43210987)).toBe(98765.432);
  });

  it('keeps integers, short decimals and non-finite numbers exactly', () => {
    for (const x of [0, -0, 3, 1e21, 0.05, 1e-3, 2.5e-8, Number.NaN, Infinity, -Infinity]) {
      expect(Object.is(roundForIsland(x), x)).toBe(true);
    }
  });

  it('rounds through arrays, plain objects, Maps, Sets and float typed arrays, without changing the input', () => {
    const input = {
      name: 'adam',
      steps: [1, 2, 3],
      series: [
        [0, 0.1234567891234],
        [1, 0.9876543219876],
      ],
      nested: { loss: 2 / 3, note: null, flag: true, missing: undefined },
      byRun: new Map([['sgd', 1 / 7]]),
      levels: new Set([1 / 3]),
      f64: Float64Array.of(Math.PI),
      f32: Float32Array.of(0.1),
      ints: Int32Array.of(7),
    };
    const out = roundForIsland(input);
    expect(out.name).toBe('adam');
    expect(out.steps).toEqual([1, 2, 3]);
    expect(out.series).toEqual([
      [0, 0.12345679],
      [1, 0.98765432],
    ]);
    expect(out.nested).toEqual({ loss: 0.66666667, note: null, flag: true, missing: undefined });
    expect('missing' in out.nested).toBe(true);
    expect(out.byRun.get('sgd')).toBe(0.14285714);
    expect([...out.levels]).toEqual([0.33333333]);
    expect(out.f64).toBeInstanceOf(Float64Array);
    expect(out.f64[0]).toBe(3.1415927);
    // a float32 value is rounded, then stored at float32 again
    expect(out.f32[0]).toBe(Math.fround(0.1));
    expect(out.ints).toBe(input.ints);
    expect(input.nested.loss).toBe(2 / 3);
    expect(input.series[0]![1]).toBe(0.1234567891234);
  });

  it('changes a value by less than half a unit in its eighth significant digit', () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 2000; i++) {
      const x = (random() - 0.5) * 10 ** Math.floor(random() * 20 - 10);
      if (x === 0) continue;
      const r = roundForIsland(x);
      expect(Math.abs(r - x) / Math.abs(x)).toBeLessThanOrEqual(0.5 * 10 ** (1 - ISLAND_DIGITS) * (1 + 1e-9));
    }
  });

  it('gives back other objects as they are', () => {
    const when = new Date(0);
    class Point {
      constructor(public x = 0.123456789123) {}
    }
    const p = new Point();
    expect(roundForIsland(when)).toBe(when);
    expect(roundForIsland(p)).toBe(p);
  });
});
