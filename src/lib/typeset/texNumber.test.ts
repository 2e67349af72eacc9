import { describe, expect, it } from 'vitest';
import { proseNumber, texNumber } from './texNumber.ts';

describe('texNumber(x, format)', () => {
  it('writes short decimals and integers as they are, the sign as the formula minus', () => {
    expect(texNumber(0.0625)).toBe('0.0625');
    expect(texNumber(-0.02663)).toBe('-0.02663');
    expect(texNumber(3)).toBe('3');
    expect(texNumber(-0)).toBe('0');
    expect(texNumber(0.1 + 0.2)).toBe('0.3');
  });

  it('groups long runs of digits in threes with a thin space: integers from five digits, decimals from six', () => {
    expect(texNumber(1234)).toBe('1234');
    expect(texNumber(12345)).toBe('12\\,345');
    expect(texNumber(1000000)).toBe('1\\,000\\,000');
    expect(texNumber(0.1234)).toBe('0.1234');
    expect(texNumber(0.12345)).toBe('0.12345');
    expect(texNumber(0.0026316)).toBe('0.002\\,631\\,6');
    expect(texNumber(-12345.5)).toBe('-12\\,345.5');
  });

  it('switches to a power of ten for tiny and huge values', () => {
    expect(texNumber(1e-8)).toBe('10^{-8}');
    expect(texNumber(-1.5e-4)).toBe('-1.5 \\times 10^{-4}');
    expect(texNumber(2.5e7, { digits: 2 })).toBe('2.5 \\times 10^{7}');
  });

  it('rounds to the figures or places asked for, keeping zeros when the text promises them', () => {
    expect(texNumber(0.81234, { digits: 3 })).toBe('0.812');
    expect(texNumber(0.8, { digits: 3 })).toBe('0.8');
    expect(texNumber(0.8, { digits: 3, keepZeros: true })).toBe('0.800');
    expect(texNumber(0.8, { decimals: 4 })).toBe('0.8000');
    expect(texNumber(-0.00004, { decimals: 2 })).toBe('0.00');
    expect(texNumber(123456.7, { digits: 3 })).toBe('123\\,000');
  });

  it('throws on a value that is not finite, so the build fails instead of printing NaN', () => {
    expect(() => texNumber(NaN)).toThrow(/not finite/);
    expect(() => texNumber(Infinity)).toThrow(/not finite/);
  });
});

describe('proseNumber(x, format)', () => {
  it('uses U+2212 for minus, narrow no-break spaces for groups and superscript powers', () => {
    expect(proseNumber(-1)).toBe('−1');
    expect(proseNumber(-0.02663)).toBe('−0.02663');
    expect(proseNumber(12345)).toBe('12\u202f345');
    expect(proseNumber(9.99e-7, { digits: 3 })).toBe('9.99 × 10⁻⁷');
    expect(proseNumber(1e-8)).toBe('10⁻⁸');
  });
});
