import { describe, expect, it } from 'vitest';
import { parseNumberAnswer } from './parseNumberAnswer.ts';

const good: [string, number][] = [
  ['0.01', 0.01],
  ['1e-3', 1e-3],
  ['1E-3', 1e-3],
  ['1.2*10^-3', 1.2e-3],
  ['1.2×10^-3', 1.2e-3],
  ['1.2 × 10^−3', 1.2e-3],
  ['1.2·10^(-3)', 1.2e-3],
  ['3/4', 0.75],
  ['−0.5', -0.5],
  ['–0.5', -0.5],
  ['-0.5', -0.5],
  ['+2', 2],
  ['.5', 0.5],
  ['sqrt(2)/2', Math.SQRT2 / 2],
  ['√2/2', Math.SQRT2 / 2],
  ['0.9^10', 0.9 ** 10],
  ['1/(1-0.9)', 1 / (1 - 0.9)],
  ['pi', Math.PI],
  ['π/4', Math.PI / 4],
  ['2pi', 2 * Math.PI],
  ['exp(1)', Math.E],
  ['e', Math.E],
  ['log(2)', Math.log(2)],
  ['ln(2)', Math.log(2)],
  ['log(8, 2)', 3],
  ['log10(1000)', 3],
  ['log2(8)', 3],
  ['abs(-3)', 3],
  ['2**3', 8],
  ['3²', 9],
  ['  42  ', 42],
  ['1\t+\t2', 3],
  ['1\u00a0+\u00a02', 3],
  ['1 / (1 - 0.999^20)', 1 / (1 - 0.999 ** 20)],
  ['10^-8', 1e-8],
  ['1e+2', 100],
  ['((1))', 1],
  ['2(3)', 6],
  ['-(1/2)', -0.5],
  ['0', 0],
  ['1e-300', 1e-300],
  ['１２', 12],
  ['sqrt(1/16)', 0.25],
  ['exp(-0.5)', Math.exp(-0.5)],
  ['1-0.9^29', 1 - 0.9 ** 29],
  ['cos(0)', 1],
];

const bad: [string, RegExp][] = [
  ['', /Enter a number/],
  ['   ', /Enter a number/],
  ['abc', /“abc” is not a number/],
  ['1..2', /does not fit/],
  [')(', /missing|read/],
  ['(1', /closing parenthesis/],
  ['1+', /stops|missing/],
  ['1e999', /not a finite number/],
  ['Infinity', /finite number/],
  ['-Infinity', /finite number/],
  ['NaN', /finite number/],
  ['∞', /finite number/],
  ['1/0', /not a finite number/],
  ['0/0', /not a finite number/],
  ['sqrt(-1)', /not a finite number/],
  ['log(0)', /not a finite number/],
  ['x', /“x” is not a number/],
  ['x=1', /“=”/],
  ['f(x)=x^2', /“=”/],
  ['a.b', /property access|“a”/],
  ['"hello"', /“"”/],
  ["'1'", /“'”/],
  ['[1,2]', /single number|brackets/],
  ['5!', /“!”/],
  ['50%', /“%”/],
  ['1:3', /“:”/],
  ['1 cm', /“cm”/],
  ['0,5', /Use a point for decimals: 0.5/],
  ['1, 2', /single number/],
  ['1;2', /single number/],
  ['1 == 1', /“=”/],
  ['true ? 1 : 2', /“\?”/],
  ['{a: 1}', /“\{”/],
  ['$1$', /“\$”/],
  ['\\frac{1}{2}', /“\\”/],
  ['import({}, {})', /“\{”/],
  ['evaluate(1)', /“evaluate”/],
  ['createUnit(1)', /“createUnit”/],
  ['sqrt', /“sqrt”/],
  ['sqrt(1, 2)', /sqrt with 2 arguments/],
  ['log(1, 2, 3)', /log with 3 arguments/],
  ['constructor', /“constructor”/],
  ['__proto__', /“__proto__”/],
  ['toString()', /“toString”/],
  ['1'.repeat(10_000), /too long/],
  ['2 3', /does not fit/],
  ['1)', /this “\)” has no matching “\(”/],
  ['О.5', /The character “О” \(U\+041E\) is not one this field reads/],
  ['٣', /“٣” \(U\+0663\)/],
  ['😀', /U\+1F600/],
  ['1\u200b2', /invisible character \(U\+200B\)/],
  ['\u0000', /invisible character \(U\+0000\)/],
  ['2 ≤ 3', /“≤”/],
];

const TOO_SMALL = /^This number is too small to represent/;
const TOO_LARGE = /^This number is too large to represent/;
const unrepresentable: [string, RegExp][] = [
  ['1e-400', TOO_SMALL],
  ['1e-400e', TOO_SMALL],
  ['3e-999x', TOO_SMALL],
  ['2*1e-400', TOO_SMALL],
  ['0*1e-400', TOO_SMALL],
  ['1 + 1e-400', TOO_SMALL],
  ['-5e-324000', TOO_SMALL],
  ['1e-200*1e-200', TOO_SMALL],
  ['0.5^2000', TOO_SMALL],
  ['exp(-1000)', TOO_SMALL],
  ['10^-400', TOO_SMALL],
  ['1e309', TOO_LARGE],
  ['1e309-1e309', TOO_LARGE],
  ['-1e999', TOO_LARGE],
  ['1e200*1e200', TOO_LARGE],
  ['10^400', TOO_LARGE],
  ['exp(1000)', TOO_LARGE],
  ['1e308*10 - 1e308*10', TOO_LARGE],
];

describe('parseNumberAnswer(raw)', () => {
  it.each(unrepresentable)(
    'parseNumberAnswer(%j) refuses a value a double cannot represent, saying so',
    (raw, message) => {
      const r = parseNumberAnswer(raw);
      expect(r.ok, JSON.stringify(r)).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    },
  );

  it('parseNumberAnswer names the literal that does not fit', () => {
    const r = parseNumberAnswer('3e-999x');
    expect(r.ok || r.message).toBe(
      'This number is too small to represent: “3e-999” is below the smallest positive double (about 4.9e-324), so it would be read as 0. Write the value you mean.',
    );
  });

  it.each([
    ['0e-400', 0],
    ['5e-324', 5e-324],
    ['1e-300*1e-10', 1e-310],
    ['1 + 1e-200*1e-200', 1],
    ['1.7e308', 1.7e308],
    ['1-1', 0],
    ['0*1e300', 0],
  ] as [string, number][])('parseNumberAnswer(%j) keeps values a double does represent', (raw, value) => {
    const r = parseNumberAnswer(raw);
    expect(r.ok && r.value).toBe(value);
  });

  it.each(good)('parseNumberAnswer(%j) reads the value', (raw, expected) => {
    const r = parseNumberAnswer(raw);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (r.ok) expect(r.value).toBeCloseTo(expected, 12);
  });

  it.each(bad)('parseNumberAnswer(%j) refuses with a clear message', (raw, message) => {
    const r = parseNumberAnswer(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('parseNumberAnswer never throws on arbitrary junk', () => {
    const junk = [
      '((((((((((',
      '^^^',
      '1e',
      'e-',
      '--1',
      '1e-',
      '\u0000',
      '😀',
      'NaN*0',
      '[]',
      '()',
      ',',
      '.',
      '-',
      '1 2 3',
      '][',
    ];
    for (const j of junk) {
      const r = parseNumberAnswer(j);
      if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
      else expect(r.message.length).toBeGreaterThan(10);
    }
  });

  it('parseNumberAnswer("1.2×10^-3") returns a TeX preview of what was read', () => {
    const r = parseNumberAnswer('1.2×10^-3');
    expect(r.ok && r.tex).toBe('1.2\\cdot{10}^{-3}');
  });
});
