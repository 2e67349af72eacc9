import { describe, expect, it } from 'vitest';
import { checkDefinedOnDomain, DOMAIN_POINTS } from './checkDefinedOnDomain.ts';
import type { ExpressionVariable } from './parseExpressionAnswer.ts';
import { readExpression } from './readExpression.ts';

const SB: ExpressionVariable[] = [
  { name: 'sigma', tex: '\\sigma', min: 0.1, max: 5 },
  { name: 'b', tex: 'b', min: 1, max: 512, integer: true },
];

function check(raw: string, vars: ExpressionVariable[] = SB) {
  const r = readExpression(raw, { variables: vars, expecting: 'an expression' });
  if (!r.ok) throw new Error(r.message);
  return checkDefinedOnDomain(r.value.evaluate, vars, r.value.symbols);
}

describe('checkDefinedOnDomain(evaluate, variables, used)', () => {
  it.each([
    ['sigma^2/0', /undefined for every value of sigma \(0\.1 ≤ sigma ≤ 5\): it divides by zero/],
    ['1/(b-b)', /undefined for every value of b \(1 ≤ b ≤ 512\)/],
    ['sqrt(-b)', /undefined for every value of b/],
    ['log(-sigma)/b', /undefined for every value of sigma and b \(0\.1 ≤ sigma ≤ 5, 1 ≤ b ≤ 512\)/],
    ['sigma^2/b + 0/0', /undefined for every value of sigma and b/],
    ['exp(1000*b)', /too large to represent for every value of b \(1 ≤ b ≤ 512\): it overflows/],
    ['10^400^b', /too large to represent for every value of b/],
    [
      'exp(-1000*b)*sigma',
      /too small to represent for every value of sigma and b \(.*\): it underflows to 0/,
    ],
  ])(
    'checkDefinedOnDomain(%j) refuses an expression that is not finite anywhere on the domain',
    (raw, message) => {
      const r = check(raw);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    },
  );

  it('checkDefinedOnDomain names no variable for a constant that is not finite', () => {
    expect(check('1/0')).toEqual({
      ok: false,
      message:
        'This expression is undefined: it divides by zero, or takes the square root or logarithm of a negative number.',
    });
    expect(check('exp(1000)')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^This expression is too large to represent: it overflows/),
    });
  });

  it('checkDefinedOnDomain refuses an expression finite at too few points to check', () => {
    // log(sigma - 4.95) is finite only on (4.95, 5]: about 1 % of the domain.
    const r = check('log(sigma - 4.95)');
    expect(r).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        new RegExp(
          `undefined for almost every value of sigma .*finite at only [1-7] of the ${DOMAIN_POINTS} points checked`,
        ),
      ),
    });
  });

  it('checkDefinedOnDomain keeps an expression that underflows at most points but not all (0 compares equal to 0)', () => {
    // 0.5^(100 b) underflows to 0 for b ≥ 11, about 98 % of 1…512.
    expect(check('0.5^(100*b)')).toEqual({ ok: true });
    expect(check('0.5^(100*b+1100)')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/too small to represent for every value of b/),
    });
  });

  it.each([
    'sigma^2/b',
    'sigma/(b-1)',
    'log(sigma - 2.5)',
    'sqrt(sigma - 4)',
    '1/(b-1)',
    '0*sigma',
    'sigma - sigma',
    'exp(-b)',
    'exp(-10*b)',
    '0.5^(100*b)',
  ])(
    'checkDefinedOnDomain(%j) accepts an expression with enough usable points (it may still be wrong)',
    (raw) => {
      expect(check(raw)).toEqual({ ok: true });
    },
  );

  it('checkDefinedOnDomain stops at the first points that suffice', () => {
    let calls = 0;
    expect(
      checkDefinedOnDomain(
        () => {
          calls++;
          return 1;
        },
        SB,
        new Set(['b']),
      ),
    ).toEqual({ ok: true });
    expect(calls).toBe(8);
    calls = 0;
    checkDefinedOnDomain(
      () => {
        calls++;
        return NaN;
      },
      SB,
      new Set(['b']),
    );
    expect(calls).toBe(DOMAIN_POINTS);
  });
});
