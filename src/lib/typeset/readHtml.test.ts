import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { readHtml } from './readHtml.ts';
import { textDefects } from './textDefects.ts';

const defects = (html: string) => readHtml(html, 'test').flatMap(textDefects);

describe('readHtml(html, where)', () => {
  it('reads blocks, formulas with their TeX and code, glued where no space separates them', () => {
    const f = katex.renderToString('t^{-0.9}', { output: 'htmlAndMathml' });
    const [p, li] = readHtml(`<p>both hold.${f} sums</p><ul><li>use <code>adamw</code></li></ul>`, 'here');
    expect(p.segments.map((s) => [s.kind, s.join])).toEqual([
      ['text', 'apart'],
      ['math', 'glued'],
      ['text', 'apart'],
    ]);
    expect(p.segments[1].tex).toBe('t^{-0.9}');
    expect(li.segments.map((s) => s.kind)).toEqual(['text', 'code']);
    expect(p.where).toBe('here');
  });

  it('finds the defects of rendered text and none in clean text', () => {
    const f = katex.renderToString('\\theta_1 =', { output: 'htmlAndMathml' });
    expect(defects(`<p>${f} 0.8, and decoupled.<code>optax.adamw</code></p>`).map((d) => d.kind)).toEqual([
      'number outside its formula',
      'glued sentence',
    ]);
    expect(defects('<p>Two paragraphs.</p><p>The second.</p>')).toEqual([]);
  });
});
