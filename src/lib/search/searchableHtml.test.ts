import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { searchableHtml } from './searchableHtml.ts';

const body = (html: string) => searchableHtml(`<!doctype html><html><body>${html}</body></html>`);
const text = (html: string) =>
  body(html)
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('searchableHtml(html)', () => {
  it('indexes a formula by its spoken form, not KaTeX’s letters run together', () => {
    const f = katex.renderToString('\\hat m_t = m_t/(1-\\beta_1^t)', { output: 'htmlAndMathml' });
    const t = text(`<p>The correction ${f} divides.</p>`);
    expect(t).toBe(
      'The correction m hat sub t equals m sub t over 1 minus beta sub 1 to the power t divides.',
    );
    expect(body(`<p>${f}</p>`)).not.toContain('katex');
  });

  it('keeps the words of neighbouring blocks apart', () => {
    expect(
      text('<p>It matters</p><section><h3>Widget</h3></section><ul><li>LMS</li></ul><p>Single</p>'),
    ).toBe('It matters Widget LMS Single');
  });

  it('leaves inline markup and attributes as they were', () => {
    const out = body('<p data-pagefind-body>un<em>biased</em> <a href="/x/">link</a></p>');
    expect(out).toContain('<p data-pagefind-body="">un<em>biased</em> <a href="/x/">link</a></p>');
  });
});
