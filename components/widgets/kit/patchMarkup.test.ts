import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { splitMarkup } from './patchMarkup.ts';

const typeset = (tex: string) => katex.renderToString(tex, { displayMode: true, output: 'html' });

describe('splitMarkup(html)', () => {
  it('separates the tags from the text and decodes character references', () => {
    expect(splitMarkup('<span class="a">1 &lt; 2</span><b>x&amp;y</b>')).toEqual({
      shape: '<span class="a"></span><b></b>',
      texts: ['1 < 2', 'x&y'],
    });
  });

  it('gives two formulas of the same shape the same shape and different texts', () => {
    const a = splitMarkup(typeset('m_{3} = 0.9\\cdot 0.1234 + 0.1\\cdot 2 = 0.311'));
    const b = splitMarkup(typeset('m_{4} = 0.9\\cdot 0.311 + 0.1\\cdot 2 = 0.4799'));
    expect(a.shape).toBe(b.shape);
    expect(a.texts).not.toEqual(b.texts);
    expect(a.texts.join('')).toContain('0.1234');
  });

  it('tells formulas of different shapes apart: a sign, a power of ten, a fraction', () => {
    const shape = (tex: string) => splitMarkup(typeset(tex)).shape;
    expect(shape('g_{2} = -0.5')).not.toBe(shape('g_{2} = 0.5'));
    expect(shape('g_{2} = 1.5 \\times 10^{-8}')).not.toBe(shape('g_{2} = 0.5'));
    expect(shape('\\frac{1}{2}')).not.toBe(shape('1/2'));
  });
});

// patchMarkup's DOM side is exercised in the browser by tests/adaptive-methods.spec.ts.
