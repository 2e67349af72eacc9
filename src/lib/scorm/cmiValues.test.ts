import { describe, expect, it } from 'vitest';
import { cmiChoice, cmiDecimal, cmiFeedback, cmiIdentifier, cmiTime, cmiTimespan } from './cmiValues.ts';

describe('SCORM 1.2 value formats', () => {
  it('cmiTimespan(ms) writes HHHH:MM:SS.SS, rounding to hundredths and capping at 9999 hours', () => {
    expect(cmiTimespan(0)).toBe('0000:00:00.00');
    expect(cmiTimespan(65_004)).toBe('0000:01:05.00');
    expect(cmiTimespan(3_725_678)).toBe('0001:02:05.68');
    expect(cmiTimespan(-5)).toBe('0000:00:00.00');
    expect(cmiTimespan(1e15)).toBe('9999:59:59.99');
  });
  it('cmiTime(date) writes the local time as HH:MM:SS', () => {
    expect(cmiTime(new Date(2026, 0, 2, 7, 5, 9))).toBe('07:05:09');
  });
  it('cmiDecimal(x) writes plain decimals (no exponent) and refuses what an LMS cannot read', () => {
    expect(cmiDecimal(0.75)).toBe('0.75');
    expect(cmiDecimal(-1.5e-7)).toBe('-0.00000015');
    expect(cmiDecimal(1 / 3)).toBe('0.333333333333');
    expect(cmiDecimal(120)).toBe('120');
    expect(cmiDecimal(1234567890.5)).toBe('1234567890.5');
    expect(cmiDecimal(0)).toBe('0');
    expect(cmiDecimal(1e10)).toBeUndefined();
    expect(cmiDecimal(Number.NaN)).toBeUndefined();
    for (const x of [0.1, 2.5e-3, 9.99e9, -42.125, 1e-20]) expect(Number(cmiDecimal(x))).toBeCloseTo(x, 12);
  });
  it('cmiIdentifier(s) keeps letters, digits, - and _, at most 255', () => {
    expect(cmiIdentifier('sgd-noise-floor')).toBe('sgd-noise-floor');
    expect(cmiIdentifier('a b.c')).toBe('a-b-c');
    expect(cmiIdentifier('x'.repeat(300))).toHaveLength(255);
    expect(cmiIdentifier('')).toBe('unnamed');
  });
  it('cmiFeedback(s) is one line of at most 255 characters, never half a surrogate pair', () => {
    expect(cmiFeedback('a\nb\tc')).toBe('a b c');
    expect(cmiFeedback('x'.repeat(254) + '😀')).toBe('x'.repeat(254));
    expect(cmiFeedback('y'.repeat(400))).toHaveLength(255);
  });
  it('cmiChoice(indexes) names options a, b, c… in order, once each', () => {
    expect(cmiChoice([3, 1, 1])).toBe('b,d');
    expect(cmiChoice([26])).toBe('0');
    expect(cmiChoice([36])).toBeUndefined();
  });
});
