import { describe, expect, it } from 'vitest';
import { allowedError, isClose } from './isClose.ts';

describe('isClose(actual, expected, tol)', () => {
  it('isClose uses rtol 1e-3 by default', () => {
    expect(isClose(1.0009, 1)).toBe(true);
    expect(isClose(1.0011, 1)).toBe(false);
    expect(isClose(-2.001, -2)).toBe(true);
  });
  it('isClose takes max(atol, rtol·|x*|)', () => {
    expect(allowedError(100, { rtol: 1e-2, atol: 0.5 })).toBe(1);
    expect(allowedError(1, { rtol: 1e-2, atol: 0.5 })).toBe(0.5);
    expect(isClose(0.4, 0, { atol: 0.5 })).toBe(true);
    expect(isClose(1e-9, 0)).toBe(false);
  });
  it('isClose with only atol uses no relative slack', () => {
    expect(allowedError(1000, { atol: 0.1 })).toBe(0.1);
  });
  it('isClose in significant-figure mode agrees to n figures', () => {
    expect(isClose(0.00123, 0.0012345, { sigFigs: 3 })).toBe(true);
    expect(isClose(0.00124, 0.0012345, { sigFigs: 3 })).toBe(false);
    expect(isClose(1230, 1234, { sigFigs: 3 })).toBe(true);
    expect(isClose(1240, 1234, { sigFigs: 3 })).toBe(false);
    expect(isClose(0.99, 1, { sigFigs: 2 })).toBe(true);
  });
  it('accepts both roundings of a key computed onto a half-unit, and nothing a digit further', () => {
    // Decimal 1.499655 and 0.2498975, each computed a few ulps below the half-unit.
    const keys: [number, number, number, number][] = [
      [1.5 - 3e-4 - 4.5e-5, 6, 1.49966, 1.49965],
      [0.25 - 1e-4 * (1 + 0.025), 6, 0.249898, 0.249897],
      [0.1 + 0.2 + 0.005, 2, 0.31, 0.3],
    ];
    for (const [key, sigFigs, up, down] of keys) {
      expect(isClose(up, key, { sigFigs }), `${up} for ${key}`).toBe(true);
      expect(isClose(down, key, { sigFigs }), `${down} for ${key}`).toBe(true);
      const digit = up - down;
      expect(isClose(up + digit, key, { sigFigs })).toBe(false);
      expect(isClose(down - digit, key, { sigFigs })).toBe(false);
    }
  });
  it('accepts both roundings of a key on a tie of its decimal places', () => {
    const key = 0.1 + 0.025; // 0.125, to ±0.005: 0.12 and 0.13 are both half a unit away
    expect(isClose(0.13, key, { atol: 0.005 })).toBe(true);
    expect(isClose(0.12, key, { atol: 0.005 })).toBe(true);
    expect(isClose(0.14, key, { atol: 0.005 })).toBe(false);
  });
  it('isClose is false for non-finite values', () => {
    expect(isClose(NaN, 1)).toBe(false);
    expect(isClose(Infinity, Infinity)).toBe(false);
  });
});
