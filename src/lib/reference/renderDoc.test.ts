import { describe, expect, it } from 'vitest';
import { renderDocParagraph } from './renderDoc.ts';

describe('renderDocParagraph(text)', () => {
  it('renders math, code spans and {@link} names, escaping the rest', () => {
    const html = renderDocParagraph('Options as {@link adam}, `weightDecay` < 1: $\\beta_1$');
    expect(html).toContain('Options as adam, <code>weightDecay</code> &lt; 1: <span class="katex">');
  });
});
