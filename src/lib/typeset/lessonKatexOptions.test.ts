import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { LESSON_KATEX, SERIES_CLASS, strictExceptHtmlClass, trustSeriesClass } from './lessonKatexOptions.ts';

const render = (tex: string) => katex.renderToString(tex, LESSON_KATEX);

describe('lesson KaTeX options', () => {
  it('trustSeriesClass({ \\htmlClass, eq-series-N }) is true for N = 1…6 only', () => {
    for (let n = 1; n <= 6; n++)
      expect(trustSeriesClass({ command: '\\htmlClass', class: `eq-series-${n}` })).toBe(true);
    for (const c of ['eq-series-0', 'eq-series-7', 'eq-series-1 evil', 'katex', 'eq-series-12', ''])
      expect(() => trustSeriesClass({ command: '\\htmlClass', class: c }), c).toThrow(/not allowed/);
  });

  it('trustSeriesClass refuses every other HTML command', () => {
    expect(() => trustSeriesClass({ command: '\\href', url: 'https://example.com' })).toThrow(/\\href/);
    expect(() => trustSeriesClass({ command: '\\htmlStyle', style: 'color:red' })).toThrow(/\\htmlStyle/);
    expect(() => trustSeriesClass({ command: '\\htmlId', id: 'x' })).toThrow(/\\htmlId/);
    expect(() => trustSeriesClass({ command: '\\htmlData', attributes: { a: 'b' } })).toThrow(/\\htmlData/);
    expect(() => trustSeriesClass({ command: '\\includegraphics', url: 'x.png' })).toThrow();
  });

  it('strictExceptHtmlClass ignores only the HTML extension report', () => {
    expect(strictExceptHtmlClass('htmlExtension')).toBe('ignore');
    expect(strictExceptHtmlClass('unicodeTextInMathMode')).toBe('error');
    expect(strictExceptHtmlClass('unknownSymbol')).toBe('error');
  });

  it('renders \\htmlClass{eq-series-2}{…} as a span with that class around the symbol', () => {
    const html = render('\\htmlClass{eq-series-2}{\\theta_t} = \\theta_{t-1}');
    expect(html).toMatch(
      /<span class="enclosing eq-series-2"><span class="mord"><span class="mord mathnormal"[^>]*>θ</,
    );
    expect(SERIES_CLASS.test('eq-series-2')).toBe(true);
  });

  it('leaves the MathML (what narration and search read) as it was without the class', () => {
    const mathml = (html: string) => /<mrow>.*<\/mrow>/.exec(html)?.[0];
    expect(mathml(render('\\htmlClass{eq-series-1}{\\beta_1} = 0.9'))).toBe(mathml(render('\\beta_1 = 0.9')));
  });

  it('still fails the build on what strict mode forbids, and on a disallowed class', () => {
    expect(() => render('\\text{é}\\;é')).toThrow();
    expect(() => render('\\htmlClass{wk-frame}{x}')).toThrow(/not allowed/);
    expect(() => render('\\href{https://example.com}{x}')).toThrow(/not allowed/);
  });
});
