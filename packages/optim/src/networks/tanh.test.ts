import { describe, expect, it } from 'vitest';
import { tanh, tanhStatements } from './tanh.ts';
import { EXP_HI, EXP_LO, EXP_SCALE } from './exp.ts';
import { rng } from '../rng.ts';
import { ulpDistance } from '../internal/testing.ts';

const compiled = new Function(
  'EXP_SCALE',
  'EXP_HI',
  'EXP_LO',
  `return function (x) { let out = 0; ${tanhStatements('out', 'x', 'T')} return out; }`,
)(EXP_SCALE, EXP_HI, EXP_LO) as (x: number) => number;

/** Inputs over every regime: tiny, the rational branch, the exp branch, saturation, both signs. */
function samples(count: number): number[] {
  const r = rng('tanh');
  const scales = [1e-300, 1e-9, 1e-3, 0.3, 0.55, 1, 3, 10, 25];
  return Array.from({ length: count }, (_, i) => (r.uniform() * 2 - 1) * scales[i % scales.length]);
}

describe('tanh (plain arithmetic, inlined into the kernels)', () => {
  it('is within 3 ulp of Math.tanh everywhere, and equal or 1 ulp away for nine in ten inputs', () => {
    let worst = 0;
    let close = 0;
    const xs = samples(200_000);
    for (const x of xs) {
      const d = ulpDistance(tanh(x), Math.tanh(x));
      worst = Math.max(worst, d);
      if (d <= 1) close++;
    }
    expect(worst).toBeLessThanOrEqual(3);
    expect(close / xs.length).toBeGreaterThan(0.9);
  });

  it('agrees with tanh values known to 20 digits to 2 ulp', () => {
    // tanh(x) from 40-digit arithmetic (mpmath), one point in each branch and near the cut at 0.55
    // (as strings: more digits than a double holds; Number() rounds them to the nearest double)
    const known: [number, string][] = [
      [0.001, '0.00099999966666679999'],
      [0.3, '0.29131261245159090582'],
      [0.5499999, '0.50052013624227966'],
      [0.55, '0.50052021119023525'],
      [1, '0.76159415595576488812'],
      [-2.5, '-0.98661429815143028888'],
      [7, '0.99999833694394467'],
    ];
    for (const [x, t] of known) expect(ulpDistance(tanh(x), Number(t))).toBeLessThanOrEqual(2);
  });

  it('keeps the special values: ±0, ±∞, NaN, saturation, odd symmetry', () => {
    expect(Object.is(tanh(0), 0)).toBe(true);
    expect(Object.is(tanh(-0), -0)).toBe(true);
    expect(tanh(Infinity)).toBe(1);
    expect(tanh(-Infinity)).toBe(-1);
    expect(tanh(NaN)).toBeNaN();
    expect(tanh(1e300)).toBe(1);
    expect(tanh(-40)).toBe(-1);
    expect(tanh(5e-324)).toBe(5e-324);
    // odd to within its rounding: the two signs round separately in the exp branch
    for (const x of samples(2000)) expect(ulpDistance(tanh(-x), -tanh(x))).toBeLessThanOrEqual(2);
  });

  it('the generated statements compute exactly what the function computes', () => {
    for (const x of [...samples(50_000), 0, -0, Infinity, -Infinity, 0.55, -0.55])
      expect(Object.is(compiled(x), tanh(x))).toBe(true);
    expect(compiled(NaN)).toBeNaN();
  });
});
