import { describe, expect, it } from 'vitest';
import { extractExcerpt } from './extractExcerpt.ts';
import sgdSource from '../../packages/optim/src/optimizers/sgd.ts?raw';

const src = `import x from 'y';

/**
 * Doc.
 */
export function foo(a: { b: number }): number {
  if (a.b > 0) {
    return 1;
  }
  return 2;
}

function bar() { return 3; }
`;

describe('extractExcerpt(source, spec)', () => {
  it('cuts a function from its declaration to the matching closing brace', () => {
    const ex = extractExcerpt(src, { fn: 'foo' });
    expect(ex.startLine).toBe(6);
    expect(ex.endLine).toBe(11);
    expect(ex.code.split('\n')[0]).toBe('export function foo(a: { b: number }): number {');
    expect(ex.code.endsWith('  return 2;\n}')).toBe(true);
  });
  it('includes the doc comment when asked', () => {
    expect(extractExcerpt(src, { fn: 'foo', withDoc: true }).startLine).toBe(3);
  });
  it('handles a one-line function and does not match a prefix of another name', () => {
    expect(extractExcerpt(src, { fn: 'bar' }).code).toBe('function bar() { return 3; }');
    expect(() => extractExcerpt(src, { fn: 'fo' })).toThrow(/not found/);
  });
  it('cuts between markers, inclusive, and throws on a missing marker', () => {
    expect(extractExcerpt(src, { start: 'if (a.b', end: 'return 1' }).code).toBe(
      '  if (a.b > 0) {\n    return 1;',
    );
    expect(() => extractExcerpt(src, { start: 'nope', end: 'x' })).toThrow(/start marker/);
  });
  it('is not fooled by braces in strings, templates, comments or regular expressions', () => {
    const tricky = [
      'export function tricky(s: string): string {',
      "  const open = '{'; // a } in a comment",
      '  const t = `}${open}}`;',
      '  /* } */',
      '  return s.replace(/}/g, t);',
      '}',
      'export const after = 1;',
    ].join('\n');
    const ex = extractExcerpt(tricky, { fn: 'tricky' });
    expect([ex.startLine, ex.endLine]).toEqual([1, 6]);
  });
  it('cuts a const bound to an arrow function, and skips overload signatures', () => {
    const src2 = [
      'export function f(x: number): number;',
      'export function f(x: string): string;',
      'export function f(x: unknown) {',
      '  return x;',
      '}',
      'export const g = (a: number) =>',
      '  a + 1;',
    ].join('\n');
    expect(extractExcerpt(src2, { fn: 'f' }).startLine).toBe(3);
    expect(extractExcerpt(src2, { fn: 'g' })).toEqual({
      code: 'export const g = (a: number) =>\n  a + 1;',
      startLine: 6,
      endLine: 7,
    });
  });
  it('finds the sgd factory in the optim package source', () => {
    const ex = extractExcerpt(sgdSource, { fn: 'sgd' });
    expect(ex.code).toContain('namedChain');
    expect(ex.code.trim().endsWith('}')).toBe(true);
  });
});
