import { describe, expect, it } from 'vitest';
import { formatNumber, formatSci } from './formatNumber.ts';

describe('formatNumber(x, digits)', () => {
  it('prints moderate numbers plainly with the given significant digits', () => {
    expect(formatNumber(0.1)).toBe('0.1');
    expect(formatNumber(0.0031234)).toBe('0.00312');
    expect(formatNumber(42)).toBe('42');
    expect(formatNumber(-1.23456, 2)).toBe('−1.2');
    expect(formatNumber(-3.2e-7)).toBe('−3.2e-7');
  });
  it('switches to exponent notation outside [1e-3, 1e5)', () => {
    expect(formatNumber(3.2e-7)).toBe('3.2e-7');
    expect(formatNumber(1.5e6)).toBe('1.5e+6');
  });
  it('never prints NaN or Infinity', () => {
    expect(formatNumber(NaN)).toBe('—');
    expect(formatNumber(Infinity)).toBe('—');
  });
});

describe('formatSci(x, digits)', () => {
  it('uses a times sign and superscript exponents', () => {
    expect(formatSci(3.2e-7)).toBe('3.2 × 10⁻⁷');
    expect(formatSci(1e6)).toBe('1 × 10⁶');
    expect(formatSci(0.25)).toBe('0.25');
    expect(formatSci(-Infinity)).toBe('—');
  });
});
