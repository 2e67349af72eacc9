import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { KATEX_FONT_RULES_SOURCE, katexFacesDrawn, parseSelector } from './katexFacesDrawn.ts';

const tex = (source: string, displayMode = false) =>
  katex.renderToString(source, { displayMode, throwOnError: true });
const faces = (source: string, displayMode = false) => [...katexFacesDrawn(tex(source, displayMode))].sort();

describe('KaTeX faces drawn', () => {
  it('knows every font rule of the installed katex.css, in order', () => {
    const css = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.css'), 'utf8').replace(
      /@font-face\s*\{[^}]*\}/g,
      '',
    );
    const found: (typeof KATEX_FONT_RULES_SOURCE)[number][] = [];
    for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
      const family = /font-family:\s*([\w-]+)/.exec(body)?.[1];
      const weight = /font-weight:\s*bold/.test(body) ? ('bold' as const) : undefined;
      const style = /font-style:\s*(italic|normal)/.exec(body)?.[1] as 'italic' | 'normal' | undefined;
      if (!family && !weight && !style) continue;
      // `.katex` itself (the `font:` shorthand) is the default the module starts from.
      for (const s of selectors.split(',').map((x) => x.trim().replace(/\s+/g, ' '))) {
        if (s === '.katex') continue;
        found.push([s, family, weight, style]);
      }
    }
    const norm = (r: (typeof KATEX_FONT_RULES_SOURCE)[number]) =>
      JSON.stringify([r[0], r[1] ?? null, r[2] ?? null, r[3] ?? null]);
    expect(found.map(norm)).toEqual(KATEX_FONT_RULES_SOURCE.map(norm));
  });

  it('reads selectors right to left, with child combinators', () => {
    expect(parseSelector('.katex .delimsizing.mult .delim-size1 > span')).toEqual([
      { compound: { classes: [], tag: 'span' }, child: true },
      { compound: { classes: ['delim-size1'], tag: undefined }, child: false },
      { compound: { classes: ['delimsizing', 'mult'], tag: undefined }, child: false },
      { compound: { classes: ['katex'], tag: undefined }, child: false },
    ]);
  });

  it('finds the face of each kind of glyph', () => {
    expect(faces('1 + 2')).toEqual(['KaTeX_Main-Regular']);
    expect(faces('x')).toEqual(['KaTeX_Math-Italic']);
    expect(faces('\\mathbb{R}^d')).toEqual(['KaTeX_AMS-Regular', 'KaTeX_Math-Italic']);
    expect(faces('\\lesssim')).toEqual(['KaTeX_AMS-Regular']);
    expect(faces('\\texttt{lr}')).toEqual(['KaTeX_Typewriter-Regular']);
    expect(faces('\\mathbf{1}')).toEqual(['KaTeX_Main-Bold']);
    expect(faces('\\boldsymbol{x}')).toEqual(['KaTeX_Math-BoldItalic']);
    expect(faces('\\mathcal{L}')).toEqual(['KaTeX_Caligraphic-Regular']);
    expect(faces('\\text{\\textit{a}}')).toEqual(['KaTeX_Main-Italic']);
    expect(faces('\\mathrm{d}')).toEqual(['KaTeX_Main-Regular']);
  });

  it('finds the size faces of big operators and delimiters', () => {
    expect(faces('\\sum', false)).toEqual(['KaTeX_Size1-Regular']);
    expect(faces('\\sum', true)).toEqual(['KaTeX_Size2-Regular']);
    expect(faces('\\bigl(', false)).toEqual(['KaTeX_Size1-Regular']);
    expect(faces('\\Biggl(', false)).toEqual(['KaTeX_Size4-Regular']);
    // Delimiters grow through the size faces; a matrix's tall parentheses are an SVG, no face at all.
    expect(faces('\\left(\\frac{a}{b}\\right)', true)).toContain('KaTeX_Size2-Regular');
    expect(faces('\\left(\\frac{\\frac{a}{b}}{\\frac{c}{d}}\\right)', true)).toContain('KaTeX_Size3-Regular');
    expect(faces('\\begin{pmatrix} 1 \\\\ 2 \\\\ 3 \\\\ 4 \\end{pmatrix}', true)).toEqual([
      'KaTeX_Main-Regular',
    ]);
  });

  it('ignores text outside formulas and the MathML', () => {
    expect(faces('')).toEqual([]);
    expect([...katexFacesDrawn('<p>plain text</p>')]).toEqual([]);
  });
});
