import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { expressionsAgree } from './expressionsAgree.ts';
import { parseExpressionAnswer, type ExpressionVariable } from './parseExpressionAnswer.ts';

const T: ExpressionVariable[] = [{ name: 't', tex: 't', min: 1, max: 1000, integer: true }];
const SB: ExpressionVariable[] = [
  { name: 'sigma', tex: '\\sigma', min: 0.1, max: 5 },
  { name: 'b', tex: 'b', min: 1, max: 512, integer: true },
];
const invSqrt = (v: Record<string, number>) => 1 / Math.sqrt(v.t);
const varMean = (v: Record<string, number>) => v.sigma ** 2 / v.b;

function agrees(
  raw: string,
  vars: ExpressionVariable[],
  ref: (v: Record<string, number>) => number,
): boolean {
  const r = parseExpressionAnswer(raw, vars);
  if (!r.ok) throw new Error(r.message);
  return expressionsAgree(r.value, ref, vars);
}

describe('parseExpressionAnswer(raw, variables) with expressionsAgree', () => {
  it.each([
    '1/sqrt(t)',
    't^(-1/2)',
    'sqrt(1/t)',
    't^-0.5',
    '1/t^(1/2)',
    'exp(-log(t)/2)',
    '1 / √t',
    '(t)^(-1/2)',
  ])('%j agrees with 1/√t', (raw) => expect(agrees(raw, T, invSqrt)).toBe(true));

  it.each(['1/t', 'sqrt(t)', '1/sqrt(t+1)', 't^(-1/3)', '1/(2 sqrt(t))', '0.0316'])(
    '%j does not agree with 1/√t',
    (raw) => expect(agrees(raw, T, invSqrt)).toBe(false),
  );

  it.each(['sigma^2/b', 'σ^2/b', 'σ²/b', 'sigma*sigma/b', '(sigma/sqrt(b))^2', 'sigma^2 * b^-1'])(
    '%j agrees with σ²/b',
    (raw) => expect(agrees(raw, SB, varMean)).toBe(true),
  );

  it.each(['sigma/b', 'sigma^2/b^2', 'sigma^2', 'sigma/sqrt(b)'])('%j does not agree with σ²/b', (raw) =>
    expect(agrees(raw, SB, varMean)).toBe(false),
  );

  it.each([
    ['', /Enter an expression in t/],
    ['x/t', /Unknown name “x”: this answer can use t/],
    ['1/sqrt(t', /closing parenthesis/],
    ['t=1', /“=”/],
    ['f(t)=t', /“=”/],
    ['t.x', /property access/],
    ['[t]', /brackets/],
    ['t'.repeat(400), /too long/],
    ['Infinity*t', /finite number/],
    ['3e-999t', /too small to represent: “3e-999”/],
    ['1/sqrt(t) + 1e-400', /too small to represent/],
    ['2*1e-400*t', /too small to represent/],
    ['1e309/t', /too large to represent: “1e309”/],
    ['1e309-1e309', /too large/],
    [`t*0x${'f'.repeat(260)}`, /too large to represent: “0xf/],
    ['1/(t-t)', /undefined for every value of t \(1 ≤ t ≤ 1000\)/],
    ['sqrt(-t)', /undefined for every value of t/],
    ['exp(1000*t)', /too large to represent for every value of t/],
    ['1/0', /^This expression is undefined: it divides by zero/],
  ] as [string, RegExp][])('parseExpressionAnswer(%j) refuses with a message', (raw, message) => {
    const r = parseExpressionAnswer(raw, T);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('parseExpressionAnswer previews variables with their TeX names', () => {
    const r = parseExpressionAnswer('beta_1^t', [
      { name: 'beta1', tex: '\\beta_1', min: 0.5, max: 0.99 },
      ...T,
    ]);
    expect(r.ok && r.tex).toBe('{{\\beta_1}}^{{t}}');
    const s = parseExpressionAnswer('sigma^2/b', SB);
    expect(s.ok && s.tex).toBe('\\frac{{{\\sigma}}^{2}}{{b}}');
  });

  it.each(['2*t', 'pi*t', 'e^t', '2t', 'sqrt(t)*t', 'log(t)', 'beta1*t'])(
    'parseExpressionAnswer(%j) previews TeX that KaTeX renders',
    (raw) => {
      const r = parseExpressionAnswer(raw, [{ name: 'beta1', tex: '\\beta_1', min: 0.5, max: 0.99 }, ...T]);
      expect(r.ok).toBe(true);
      if (r.ok)
        expect(() => katex.renderToString(r.tex, { throwOnError: true, strict: 'error' })).not.toThrow();
    },
  );

  it('expressionsAgree skips points where the reference is not finite', () => {
    const vars: ExpressionVariable[] = [{ name: 'x', tex: 'x', min: -1, max: 1 }];
    const ref = (v: Record<string, number>) => Math.sqrt(v.x) * Math.sqrt(v.x);
    const r = parseExpressionAnswer('x', vars);
    expect(r.ok && expressionsAgree(r.value, ref, vars)).toBe(true);
  });

  it('expressionsAgree rejects an answer that is non-finite where the reference is finite', () => {
    const vars: ExpressionVariable[] = [{ name: 'x', tex: 'x', min: -1, max: 1 }];
    const r = parseExpressionAnswer('x/x', vars);
    expect(r.ok && expressionsAgree(r.value, () => 1, vars)).toBe(false);
  });
});
