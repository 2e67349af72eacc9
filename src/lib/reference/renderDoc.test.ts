import { describe, expect, it } from 'vitest';
import { renderDocParagraph } from './renderDoc.ts';

describe('renderDocParagraph(text)', () => {
  it('renders math, code spans, emphasis and {@link} names, escaping the rest', () => {
    const html = renderDocParagraph('Options as {@link adam}, `weightDecay` < 1 *is* $\\beta_1$');
    expect(html).toMatch(
      /^Options as <code>adam<\/code>, <code>weightDecay<\/code> &lt; 1 <em>is<\/em> <span class="math math-inline"><span class="katex">/,
    );
  });
  it('fails on bad TeX instead of printing it', () => {
    expect(() => renderDocParagraph('$\\frac{1}$')).toThrow();
  });
});
