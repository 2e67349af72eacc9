import { describe, expect, it } from 'vitest';
import { texNumber } from './texNumber.ts';

describe('texNumber(x, { digits, bracket })', () => {
  it('writes plain decimals to 4 significant figures and powers of ten outside [1e-3, 1e5)', () => {
    expect(texNumber(0.123456)).toBe('0.1235');
    expect(texNumber(1e-8)).toBe('1 \\times 10^{-8}');
    expect(texNumber(123456)).toBe('1.235 \\times 10^{5}');
    expect(texNumber(0)).toBe('0');
  });
  it('brackets negatives on request and never prints NaN', () => {
    expect(texNumber(-0.5, { bracket: true })).toBe('(-0.5)');
    expect(texNumber(-0.5)).toBe('-0.5');
    expect(texNumber(Number.NaN)).toBe('\\text{—}');
  });
});
