import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { equationPiecesHtml, rehypeEquationPieces } from './rehypeEquationPieces.ts';
import { LESSON_KATEX } from './lessonKatexOptions.ts';

const displayed = (tex: string) => katex.renderToString(tex, { ...LESSON_KATEX, displayMode: true });

function byClass(tree: Root | Element, name: string): Element[] {
  const found: Element[] = [];
  const walk = (n: Root | Element) => {
    for (const c of n.children) {
      if (c.type !== 'element') continue;
      const cls = c.properties.className;
      if (Array.isArray(cls) && cls.includes(name)) found.push(c);
      walk(c);
    }
  };
  walk(tree);
  return found;
}

/** The formula's visible characters, without spaces: what a reader sees, whatever the line breaks. */
const glyphs = (el: Element) => toText(el).replace(/\s+/g, '');

function split(tex: string) {
  const before = fromHtml(displayed(tex), { fragment: true });
  const after = structuredClone(before);
  rehypeEquationPieces()(after);
  return { before, after };
}

const MOMENTUM = String.raw`b_t = \beta\, b_{t-1} + g_t, \qquad \theta_t = \theta_{t-1} - \eta\, b_t, \qquad b_1 = g_1 .`;

describe('equation pieces', () => {
  it('makes one piece per equation of a row separated by \\qquad, with a gap between', () => {
    const { after } = split(MOMENTUM);
    const [html] = byClass(after, 'katex-html');
    const pieces = byClass(html, 'eq-piece');
    expect(pieces.map(glyphs)).toEqual(['bt​=βbt−1​+gt​,', 'θt​=θt−1​−ηbt​,', 'b1​=g1​.']);
    expect(html.children.map((c) => (c.type === 'element' ? c.properties.className : c.type))).toEqual([
      ['eq-piece'],
      ['eq-gap'],
      ['eq-piece'],
      ['eq-gap'],
      ['eq-piece'],
    ]);
    // Every box in a piece keeps a strut of its own (its line's height and depth).
    for (const piece of pieces)
      for (const base of piece.children as Element[]) {
        expect((base.properties.className as string[]).includes('katex-base')).toBe(true);
        const first = base.children[0] as Element;
        expect(first.properties.className).toEqual(['katex-strut']);
      }
    // No \qquad kern is left, and no piece opens with the thin space KaTeX put after the comma.
    expect(toHtml(html)).not.toContain('margin-right:2em');
    for (const piece of pieces.slice(1)) {
      const firstBase = piece.children[0] as Element;
      expect((firstBase.children[1] as Element).properties.className).not.toContain('mspace');
    }
  });

  it('loses no character and leaves the MathML as it was', () => {
    for (const tex of [
      MOMENTUM,
      String.raw`\sum_{t=1}^{\infty} \eta_t = \infty \qquad\text{and}\qquad \sum_{t=1}^{\infty} \eta_t^2 < \infty .`,
      String.raw`s_t = s_{t-1} + g_t^2, \qquad \theta_t = \theta_{t-1} - \frac{\eta}{\sqrt{s_t} + \varepsilon}\, g_t, \qquad s_0 = 0 .`,
    ]) {
      const { before, after } = split(tex);
      expect(glyphs(byClass(after, 'katex-html')[0])).toBe(glyphs(byClass(before, 'katex-html')[0]));
      expect(toHtml(byClass(after, 'katex-mathml')[0])).toBe(toHtml(byClass(before, 'katex-mathml')[0]));
      expect(byClass(after, 'eq-piece').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('leaves formulas without a top-level \\qquad, or with an equation number alone', () => {
    for (const tex of [
      String.raw`f(y) \le f(x) + \nabla f(x)^\top (y - x) + \frac{L}{2}\lVert y - x\rVert^2 .`,
      String.raw`\left(a \qquad b\right) = c`,
      String.raw`a = b \qquad c = d \tag{3}`,
    ]) {
      const { before, after } = split(tex);
      expect(toHtml(after)).toBe(toHtml(before));
    }
  });

  it('works on KaTeX HTML as a string (formulas with computed numbers)', () => {
    const html = displayed(MOMENTUM);
    const out = equationPiecesHtml(html);
    expect(byClass(fromHtml(out, { fragment: true }), 'eq-piece')).toHaveLength(3);
    const single = displayed(String.raw`x = 1`);
    expect(equationPiecesHtml(single)).toBe(single);
    // Inline math is never split (only displayed formulas wrap this way).
    const inline = katex.renderToString(MOMENTUM, LESSON_KATEX);
    expect(equationPiecesHtml(inline)).toBe(inline);
  });
});
