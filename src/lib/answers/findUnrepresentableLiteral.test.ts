import { describe, expect, it } from 'vitest';
import { findUnrepresentableLiteral } from './findUnrepresentableLiteral.ts';

describe('findUnrepresentableLiteral(text)', () => {
  it.each([
    ['1e-400', '1e-400'],
    ['1e-400e', '1e-400'],
    ['3e-999x', '3e-999'],
    ['2*1e-400', '1e-400'],
    ['.5e-400', '.5e-400'],
    ['5.e-400', '5.e-400'],
    ['1E-324', '1E-324'],
    ['0.0001e-321', '0.0001e-321'],
    ['sigma^2/b + 7e-1000', '7e-1000'],
    ['0*1e-500', '1e-500'],
  ])('findUnrepresentableLiteral(%j) finds the literal that rounds to 0', (text, literal) => {
    expect(findUnrepresentableLiteral(text)).toEqual({ kind: 'too-small', literal });
  });

  it.each([
    ['1e309', '1e309'],
    ['1e309-1e309', '1e309'],
    ['-2.5E+400', '2.5E+400'],
    ['2 1e999', '1e999'],
    [`0x${'f'.repeat(300)}`, `0x${'f'.repeat(300)}`],
    ['1.8e308', '1.8e308'],
  ])('findUnrepresentableLiteral(%j) finds the literal that rounds to Infinity', (text, literal) => {
    expect(findUnrepresentableLiteral(text)).toEqual({ kind: 'too-large', literal });
  });

  it.each([
    '0',
    '0e-400',
    '0.000e-999',
    '1e-300',
    '5e-324',
    '1.7e308',
    '2e',
    '1.5e',
    'e-400',
    'x1e400',
    'beta1e-999',
    'b_1e999',
    '0x1f',
    '0b101',
    '0o17',
    '2e3e4',
    '1/3',
    'sqrt(2)/2',
    '1.2*10^-3',
  ])('findUnrepresentableLiteral(%j) accepts what a double holds (or what is a name)', (text) => {
    expect(findUnrepresentableLiteral(text)).toBeUndefined();
  });

  it('findUnrepresentableLiteral agrees with Number() at the edges of binary64', () => {
    expect(Number('2.4e-324')).toBe(0);
    expect(findUnrepresentableLiteral('2.4e-324')?.kind).toBe('too-small');
    expect(Number('2.5e-324')).toBe(5e-324);
    expect(findUnrepresentableLiteral('2.5e-324')).toBeUndefined();
    expect(findUnrepresentableLiteral('1.7976931348623157e308')).toBeUndefined();
    expect(findUnrepresentableLiteral('1.7976931348623159e308')?.kind).toBe('too-large');
  });
});
