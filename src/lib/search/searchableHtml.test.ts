import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { LESSON_KATEX } from '../typeset/lessonKatexOptions.ts';
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

  it('indexes a formula with symbols coloured like a widget’s curves exactly as the plain one', () => {
    // \htmlClass{eq-series-N} (lessons 3–5) changes KaTeX's visual HTML only, never what is read.
    const plain = katex.renderToString(
      'b_t = \\beta b_{t-1} + g_t, \\qquad \\theta_t = \\theta_{t-1} - \\eta b_t',
      LESSON_KATEX,
    );
    const coloured = katex.renderToString(
      'b_t = \\beta b_{t-1} + g_t, \\qquad \\htmlClass{eq-series-2}{\\theta_t} = \\theta_{t-1} - \\eta b_t',
      LESSON_KATEX,
    );
    expect(coloured).toContain('eq-series-2');
    expect(text(`<p>${coloured}</p>`)).toBe(text(`<p>${plain}</p>`));
    expect(text(`<p>${coloured}</p>`)).toBe(
      'b sub t equals beta b sub t minus 1 plus g sub t, theta sub t equals theta sub t minus 1 minus eta b sub t',
    );
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
