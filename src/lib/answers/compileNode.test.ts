import { describe, expect, it } from 'vitest';
import { compileNode } from './compileNode.ts';
import { parseMath } from './mathParser.ts';
import type { EvalTrace } from './types.ts';

function traced(text: string, vars: Record<string, number> = {}): [number, EvalTrace] {
  const parsed = parseMath(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const c = compileNode(parsed.node, Object.keys(vars));
  if (!c.ok) throw new Error(c.error.kind);
  const trace: EvalTrace = { overflow: false, underflow: false };
  return [c.evaluate(vars, trace), trace];
}

describe('compileNode(root, variables) evaluation trace', () => {
  it.each([
    ['1e200*1e200', Infinity],
    ['1e308+1e308', Infinity],
    ['-1e308-1e308', -Infinity],
    ['10^400', Infinity],
    ['1e300/1e-300', Infinity],
    ['exp(1000)', Infinity],
    ['2^x', Infinity],
  ])('compileNode(%j) reports an overflow', (text, value) => {
    const [r, t] = traced(text, { x: 2000 });
    expect(r).toBe(value);
    expect(t).toEqual({ overflow: true, underflow: false });
  });

  it.each(['1e-200*1e-200', '1e-300/1e300', '0.5^2000', 'exp(-1000)', '10^-400', 'x^-2'])(
    'compileNode(%j) reports an underflow to 0',
    (text) => {
      const [r, t] = traced(text, { x: 1e200 });
      expect(r).toBe(0);
      expect(t).toEqual({ overflow: false, underflow: true });
    },
  );

  it.each([
    '1/0',
    '0^-1',
    '0/0',
    'log(0)',
    '1-1',
    '0*5',
    '0/3',
    '0^2',
    'sqrt(-1)',
    '2*3',
    'x-x',
    'log(8, 1)',
  ])('compileNode(%j) reports nothing when no exact non-zero finite value was lost', (text) => {
    expect(traced(text, { x: 3 })[1]).toEqual({ overflow: false, underflow: false });
  });

  it('compileNode evaluates without a trace as before', () => {
    const parsed = parseMath('1e-200*1e-200');
    const c = parsed.ok ? compileNode(parsed.node) : undefined;
    expect(c?.ok && c.evaluate({})).toBe(0);
  });
});
