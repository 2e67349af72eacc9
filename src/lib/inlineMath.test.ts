import { describe, expect, it } from 'vitest';
import { renderInlineMath, stripInlineMath } from './inlineMath.ts';

describe('renderInlineMath(text)', () => {
  it('escapes plain text', () => {
    expect(renderInlineMath('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
  });
  it('renders $…$ segments with KaTeX and leaves no dollar sign', () => {
    const html = renderInlineMath('the step $\\eta_t$ of update $t$');
    expect(html).toContain('class="katex"');
    expect(html.match(/class="katex"/g)).toHaveLength(2);
    expect(html).not.toContain('$');
    expect(html.startsWith('the step ')).toBe(true);
  });
  it('throws on an unmatched dollar', () => {
    expect(() => renderInlineMath('costs $5')).toThrow(/Unmatched/);
  });
  it('throws on invalid TeX so the build fails', () => {
    expect(() => renderInlineMath('$\\frac{1}$')).toThrow();
  });
});

describe('stripInlineMath(text)', () => {
  it('drops the delimiters only', () => {
    expect(stripInlineMath('rate $1/t$')).toBe('rate 1/t');
  });
});
