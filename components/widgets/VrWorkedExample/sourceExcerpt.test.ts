import { describe, expect, it } from 'vitest';
import { sourceExcerpt } from './sourceExcerpt.ts';

const src = ['function a() {', '    step(x) {', '      const y = 1;', '      return y;', '    },', '}'].join('\n');

describe('sourceExcerpt(source, from, to)', () => {
  it('returns the lines between the markers, dedented', () => {
    expect(sourceExcerpt(src, 'step(', 'return')).toBe('step(x) {\n  const y = 1;\n  return y;');
  });
  it('throws when either marker is missing', () => {
    expect(() => sourceExcerpt(src, 'nope', 'return')).toThrow(/start marker/);
    expect(() => sourceExcerpt(src, 'step(', 'nope')).toThrow(/end marker/);
  });
});
