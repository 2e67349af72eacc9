import { describe, expect, it } from 'vitest';
import { formatNumber } from './formatNumber.ts';
import { hashString, problemSeed, seedFromQuery } from './hashSeed.ts';
import { md, paren } from './md.ts';
import { labelWithPrecision, precisionOf, precisionPhrase, roundToPrecision } from './precision.ts';
import { renderInlineMarkdown, renderMarkdown } from './renderMarkdown.ts';

describe('formatNumber(x, opts)', () => {
  it.each([
    [3, '3'],
    [0.1 + 0.2, '0.3'],
    [-0.5, '-0.5'],
    [1 / 3, '0.333333'],
    [12345.678, '12345.7'],
    [1.5e-4, '1.5 \\times 10^{-4}'],
    [1e-8, '10^{-8}'],
    [2.5e7, '25000000'],
    [1.25e10, '1.25 \\times 10^{10}'],
    [0, '0'],
  ])('formatNumber(%d) → %s', (x, s) => expect(formatNumber(x)).toBe(s));
  it('formatNumber(x, { tex: false }) writes plain text', () => {
    expect(formatNumber(1.5e-4, { tex: false })).toBe('1.5e-4');
    expect(formatNumber(-2, { tex: false })).toBe('−2');
  });
});

describe('md`…`', () => {
  it('md formats numbers as TeX inside math and wraps them in $ outside', () => {
    expect(md`$\alpha = ${0.1 + 0.2}$ and ${1e-5}`).toBe('$\\alpha = 0.3$ and $10^{-5}$');
  });
  it('md tracks display math $$…$$ across interpolations', () => {
    expect(md`Then $$x = ${2} + ${3}$$ so ${4}.`).toBe('Then $$x = 2 + 3$$ so $4$.');
  });
  it('md writes numbers inside code spans as plain text', () => {
    expect(md`Run \`sgd({ lr: ${0.1} })\` at ${0.1}.`).toBe('Run `sgd({ lr: 0.1 })` at $0.1$.');
  });
  it('md keeps TeX backslashes (raw strings) and writes NaN literally so tests catch it', () => {
    expect(md`$\theta_t \beta$ ${NaN}`).toBe('$\\theta_t \\beta$ $NaN$');
  });
});

describe('md brackets negative numbers', () => {
  it('md brackets a negative number after a binary operator, not after = or at the start', () => {
    expect(md`$${0} - ${0.2} \cdot ${-1}$`).toBe('$0 - 0.2 \\cdot (-1)$');
    expect(md`$$1 + ${-0.951057} = ${-2}$$`).toBe('$$1 + (-0.951057) = -2$$');
    expect(md`$${0.1}\,${-3} = ${-0.3}$ and $${-1} \times ${-2}$`).toBe(
      '$0.1\\,(-3) = -0.3$ and $-1 \\times (-2)$',
    );
    expect(md`$x = ${-0.5}$, ${-0.5}`).toBe('$x = -0.5$, $-0.5$');
  });
  it('md brackets a negative base before ^ and braces numbers after ^ or _', () => {
    expect(md`$${-3}^2 + e^${-2} + \theta_${15} + 10^{${-4}}$`).toBe(
      '$(-3)^2 + e^{-2} + \\theta_{15} + 10^{-4}$',
    );
  });
  it('paren(x) brackets a negative number anywhere, and leaves positive ones alone', () => {
    expect(md`$g = ${paren(-2)}$, ${paren(-2)}, $${paren(2)}$`).toBe('$g = (-2)$, $(-2)$, $2$');
  });
  it('md leaves numbers in code spans as plain text', () => {
    expect(md`\`f(${-1})\` and $1 - ${-1}$`).toBe('`f(−1)` and $1 - (-1)$');
  });
});

describe('precision of number answers', () => {
  it.each([
    [{ sigFigs: 3 }, 3],
    [{}, 4],
    [{ rtol: 1e-3 }, 4],
    [{ rtol: 1e-4 }, 5],
    [{ rtol: 5e-3 }, 3],
    [{ rtol: 1e-6, atol: 1e-9 }, 7],
  ])('precisionOf(%j) asks for %i significant figures', (tol, n) =>
    expect(precisionOf(tol)).toEqual({ kind: 'sigFigs', digits: n }),
  );
  it('precisionOf({ atol }) asks for decimal places', () => {
    expect(precisionOf({ atol: 0.005 })).toEqual({ kind: 'decimals', places: 2, atol: 0.005 });
    expect(roundToPrecision(0.12345, { atol: 0.005 })).toBe(0.12);
  });
  it('roundToPrecision rounds to the stated significant figures', () => {
    expect(roundToPrecision(0.0002325001, { sigFigs: 3 })).toBe(0.000233);
    expect(roundToPrecision(-1.54251, {})).toBe(-1.543);
  });
  it('precisionPhrase states the precision unless the key is whole; labelWithPrecision appends it', () => {
    expect(precisionPhrase(0.5, { sigFigs: 3 })).toBe('to 3 significant figures');
    expect(precisionPhrase([0.5, 1], { rtol: 1e-4 })).toBe('each to 5 significant figures');
    expect(precisionPhrase(0.5, { atol: 0.01 })).toBe('within ±0.01');
    expect(precisionPhrase(3, { sigFigs: 3 })).toBeUndefined();
    expect(labelWithPrecision('Learning rate', 0.0064, { sigFigs: 3 })).toBe(
      'Learning rate, to 3 significant figures',
    );
  });
});

describe('renderMarkdown(text)', () => {
  it('renderMarkdown makes paragraphs, inline and display math, code and bold', () => {
    const html = renderMarkdown('A **b** `c` $x^2$.\n\n$$y = 1$$\n\n- one\n- two');
    expect(html).toMatch(
      /^<p>A <strong>b<\/strong> <code>c<\/code> <span class="math math-inline"><span class="katex">/,
    );
    expect(html).toContain('<div class="math math-display"><span class="katex-display">');
    expect(html).not.toContain('tabindex');
    expect(html.replace(/\n/g, '')).toContain('<ul><li>one</li><li>two</li></ul>');
  });
  it('renderMarkdown renders a table with math in its cells, aligned as written', () => {
    const html = renderMarkdown(
      'Losses:\n\n| update $t$ | 0 | 3 |\n|---|---:|---:|\n| run A | 0.7 | 0.6 |\n\nWhich?',
    );
    expect(html).toContain('<table>');
    expect(html).toMatch(/<th>update <span class="math math-inline"><span class="katex">/);
    expect(html).toContain('<td align="right">0.6</td>');
    expect(html).not.toContain('|');
  });
  it('renderMarkdown puts display math written inside a paragraph on its own lines', () => {
    const html = renderMarkdown('so $$a = 1,$$ which is small');
    expect(html).toMatch(
      /^<p>so<\/p>\s*<div class="math math-display">[\s\S]*<\/div>\s*<p>which is small<\/p>$/,
    );
  });
  it('renderMarkdown never reads indentation as a code block', () => {
    expect(renderMarkdown('First.\n\n    $$x = 1$$\n\n    Then.')).not.toContain('<pre>');
  });
  it('renderMarkdown lets bold span inline math', () => {
    expect(renderInlineMarkdown('**what is $w_1$?**')).toMatch(
      /^<strong>what is <span class="math math-inline"><span class="katex">.*<\/span>\?<\/strong>$/,
    );
  });
  it('renderMarkdown escapes HTML in text', () => {
    expect(renderInlineMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });
  it('renderMarkdown throws on bad TeX or an unmatched $', () => {
    expect(() => renderMarkdown('$\\frac{1}$')).toThrow();
    expect(() => renderMarkdown('costs $5')).toThrow(/Unmatched/);
  });
});

describe('seeds', () => {
  it('problemSeed(browser, problem, variant) is stable and differs per variant and problem', () => {
    expect(problemSeed('b', 'p', 0)).toBe(problemSeed('b', 'p', 0));
    expect(problemSeed('b', 'p', 1)).not.toBe(problemSeed('b', 'p', 0));
    expect(problemSeed('b', 'q', 0)).not.toBe(problemSeed('b', 'p', 0));
    expect(hashString('')).toBe(0x811c9dc5);
  });
  it.each([
    ['?seed=42', 42],
    ['?seed=0', 0],
    ['?seed=4294967295', 4294967295],
    ['?seed=4294967296', undefined],
    ['?seed=-1', undefined],
    ['?seed=1e3', undefined],
    ['?seed=<script>', undefined],
    ['', undefined],
  ])('seedFromQuery(%j) → %s', (q, s) => expect(seedFromQuery(q)).toBe(s));
});
