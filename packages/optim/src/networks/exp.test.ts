import { describe, expect, it } from 'vitest';
import { exp, expStatements, EXP_HI, EXP_LO, EXP_SCALE } from './exp.ts';
import { rng } from '../rng.ts';
import { ulpDistance } from '../internal/testing.ts';

const compiled = new Function(
  'EXP_SCALE',
  'EXP_HI',
  'EXP_LO',
  `return function (x) { ${expStatements('out', 'x', 'E')} return out; }`,
)(EXP_SCALE, EXP_HI, EXP_LO) as (x: number) => number;

function samples(count: number): number[] {
  const r = rng('exp');
  const scales = [1e-12, 0.01, 1, 5, 40, 300, 700, 745];
  return Array.from({ length: count }, (_, i) => (r.uniform() * 2 - 1) * scales[i % scales.length]);
}

describe('exp (Tang’s table method, inlined into the kernels)', () => {
  it('is within 1 ulp of Math.exp over the whole range, subnormal results included', () => {
    let worst = 0;
    for (const x of samples(200_000)) worst = Math.max(worst, ulpDistance(exp(x), Math.exp(x)));
    expect(worst).toBeLessThanOrEqual(1);
    for (const x of [-740, -744.4, -708.5, 709.7, 709.78])
      expect(ulpDistance(exp(x), Math.exp(x))).toBeLessThanOrEqual(1);
  });

  it('the table holds 2^{j/64} to double-double accuracy', () => {
    for (let j = 0; j < 64; j++) {
      expect(ulpDistance(EXP_HI[j], 2 ** (j / 64))).toBeLessThanOrEqual(1);
      expect(Math.abs(EXP_LO[j])).toBeLessThanOrEqual(Math.abs(EXP_HI[j]) * 2 ** -53);
      // (hi + lo)^2 = 2^{j/32}: the square of the pair, to well under an ulp of hi
      const sq = EXP_HI[j] * EXP_HI[j] + 2 * EXP_HI[j] * EXP_LO[j];
      expect(Math.abs(sq - 2 ** (j / 32))).toBeLessThan(2 ** (j / 32) * 2 ** -51);
    }
  });

  it('overflows to ∞, underflows to 0, passes NaN, and gives e^0 = 1 exactly', () => {
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(exp(710)).toBe(Infinity);
    expect(exp(1e308)).toBe(Infinity);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(-746)).toBe(0);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(-745)).toBe(5e-324);
    expect(exp(NaN)).toBeNaN();
    expect(exp(1)).toBe(Math.E);
  });

  it('the generated statements compute exactly what the function computes', () => {
    for (const x of [...samples(50_000), 0, 710, -746, Infinity, -Infinity])
      expect(Object.is(compiled(x), exp(x))).toBe(true);
    expect(compiled(NaN)).toBeNaN();
  });
});
