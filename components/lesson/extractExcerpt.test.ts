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
  it('finds the sgd factory in the optim package source', () => {
    const ex = extractExcerpt(sgdSource, { fn: 'sgd' });
    expect(ex.code).toContain('namedChain');
    expect(ex.code.trim().endsWith('}')).toBe(true);
  });
});
