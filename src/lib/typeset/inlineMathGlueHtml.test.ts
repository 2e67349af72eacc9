import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { glueInlineMath } from './inlineMathGlueHtml.ts';
import { LESSON_KATEX } from './lessonKatexOptions.ts';

const inline = (tex: string) => katex.renderToString(tex, { ...LESSON_KATEX, displayMode: false });
const displayed = (tex: string) => katex.renderToString(tex, { ...LESSON_KATEX, displayMode: true });
const count = (html: string, cls: string) => html.split(`class="${cls}"`).length - 1;
const text = (html: string) => toText(fromHtml(html, { fragment: true }));
const mathml = (html: string) => html.match(/<math[\s\S]*?<\/math>/g) ?? [];

/** The text inside the first `math-lead` span, tags removed. */
const leadText = (html: string) => {
  const start = html.indexOf('<span class="math-lead">');
  return start < 0 ? null : text(html.slice(start)).slice(0, 12);
};

describe('inline formulas glued to the text they touch', () => {
  it('wraps the last box of a formula that punctuation follows, and nothing else', () => {
    const page = `<p>with ${inline('b = 8')}, the same ${inline('x')} here</p>`;
    const out = glueInlineMath(page);
    expect(count(out, 'math-tail')).toBe(1);
    expect(count(out, 'math-lead')).toBe(0);
    // The tail holds the formula's last box: `8`, not `b =`.
    const tail = out.slice(out.indexOf('<span class="math-tail">'));
    expect(text(tail).trim().startsWith('8')).toBe(true);
  });

  it('puts an opening parenthesis and the formula in one lead, and glues the closing one', () => {
    const out = glueInlineMath(`<p>defaults (${inline('\\eta = 0.2')}) give</p>`);
    expect(count(out, 'math-lead')).toBe(1);
    expect(count(out, 'math-tail')).toBe(1);
    expect(leadText(out)?.startsWith('(')).toBe(true);
    // The word before the parenthesis stays outside: only what follows the last space is led.
    expect(out).toContain('defaults <span class="math-lead">(');
  });

  it('leaves a formula with a space on each side, and displayed formulas, as they are', () => {
    const page = `<p>a ${inline('x^2')} b</p>${displayed('y = 1,')}<p>${inline('z')}</p>`;
    expect(glueInlineMath(page)).toBe(page);
  });

  it('looks across the edges of inline elements but not of blocks', () => {
    const out = glueInlineMath(`<p><em>${inline('x')}</em>, then <em>(</em>${inline('y')} and</p>`);
    expect(count(out, 'math-tail')).toBe(1);
    // The "(" is not the formula's sibling: no lead (one span cannot hold both).
    expect(count(out, 'math-lead')).toBe(0);
    // A wrapper around the formula alone counts as the formula: its sibling "(" leads it.
    const wrapped = glueInlineMath(`<p>see <a href="#">(<strong>${inline('y')}</strong></a></p>`);
    expect(wrapped).toContain('see <a href="#"><span class="math-lead">(<strong>');
    const block = `<div>${inline('x')}</div><p>, no</p>`;
    expect(glueInlineMath(block)).toBe(block);
  });

  it('holds to a no-break space and to letters (the "n-th"), not to an ordinary space', () => {
    expect(count(glueInlineMath(`<p>${inline('n')}th and ${inline('x')}&nbsp;m</p>`), 'math-tail')).toBe(2);
  });

  it('finds the word start in the source when the text has character references', () => {
    const out = glueInlineMath(`<p>a &amp;&lt;(${inline('x')}</p>`);
    expect(out).toContain('a <span class="math-lead">&amp;&lt;(<span class="katex">');
  });

  it('glues two formulas joined by a hyphen, closing the first lead before opening the second', () => {
    const out = glueInlineMath(`<p>(${inline('a')}-${inline('b')})</p>`);
    expect(count(out, 'math-lead')).toBe(2);
    expect(count(out, 'math-tail')).toBe(2);
    expect(out).toMatch(/<\/span><\/span><span class="math-lead">-<span class="katex">/);
  });

  it('changes no character a reader, a screen reader or the search sees, and is idempotent', () => {
    const page = `<article><p>If (${inline('\\sum\\eta_t = \\infty')}), then ${inline('v_2 = 0.004')}. Also ${inline('L_i')}'s</p></article>`;
    const out = glueInlineMath(page);
    expect(out).not.toBe(page);
    expect(text(out)).toBe(text(page));
    expect(mathml(out)).toEqual(mathml(page));
    expect(glueInlineMath(out)).toBe(out);
  });
});

describe('a formula in a wrapper of its own', () => {
  it('leads with the wrapper, as Markdown renders `$…$` (span.math-inline around .katex)', () => {
    const out = glueInlineMath(
      `<p>start (<span class="math math-inline">${inline('b_1 = g_1')}</span>), then</p>`,
    );
    expect(count(out, 'math-lead')).toBe(1);
    expect(count(out, 'math-tail')).toBe(1);
    expect(out).toMatch(
      /start <span class="math-lead">\(<span class="math math-inline"><span class="katex">/,
    );
    expect(out).toMatch(/<\/span><\/span><\/span><\/span>\), then/);
    expect(glueInlineMath(out)).toBe(out);
  });
});
