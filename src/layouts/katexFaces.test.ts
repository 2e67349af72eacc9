import { describe, expect, it } from 'vitest';
import { extraKatexFaces, KATEX_FACES } from './katexFaces.ts';

describe('extraKatexFaces(source)', () => {
  it('names the face each styling command draws with', () => {
    expect(extraKatexFaces('$x \\in \\mathcal F$ and $\\mathbf{g}$')).toEqual([
      'KaTeX_Caligraphic-Regular',
      'KaTeX_Main-Bold',
    ]);
    expect(extraKatexFaces('\\boldsymbol\\theta, \\textit{word}')).toEqual([
      'KaTeX_Main-Italic',
      'KaTeX_Math-BoldItalic',
    ]);
  });

  it('asks for nothing beyond the common faces when the TeX uses none of those commands', () => {
    expect(extraKatexFaces('$\\begin{pmatrix} a \\\\ b \\end{pmatrix}$, $\\mathcalx$')).toEqual([]);
    expect(KATEX_FACES).toContain('KaTeX_Size3-Regular');
  });
});
