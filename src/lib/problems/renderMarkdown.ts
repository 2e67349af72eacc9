import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { math, mathHtml } from 'micromark-extension-math';

// KaTeX as the lessons run it (rehype-katex in astro.config.mjs): bad TeX throws, so the problem
// tests catch it, and the markup matches the one stylesheet.
const KATEX = { strict: 'error', throwOnError: true, output: 'htmlAndMathml' } as const;

<<<<<<< HEAD
/** Brackets a placeholder for finished HTML (code, formulas) while the text around it is processed:
 * a private-use character, which no problem text contains (renderInline refuses text that does). */
const HOLD = '\uE000';
const HELD = new RegExp(`${HOLD}(\\d+)${HOLD}`, 'g');

const katexOptions = { throwOnError: true, strict: 'error', output: 'htmlAndMathml' } as const;

/**
 * Inline text: `` `code` `` first (taken out whole), then `$math$`, then `**bold**` and `*emphasis*`
 * over the text *with* the math in place, so emphasis may contain formulas. Text is escaped.
 */
function renderInline(text: string): string {
  if (text.includes(HOLD)) throw new Error(`U+E000 (reserved for placeholders) in: ${text.slice(0, 80)}`);
  const tokens: string[] = [];
  const hold = (html: string) => `${HOLD}${tokens.push(html) - 1}${HOLD}`;
  const withCode = text.replace(/`([^`]+)`/g, (_, c: string) => hold(`<code>${escapeHtml(c)}</code>`));
  const parts = withCode.split(/(?<!\\)\$/);
  if (parts.length % 2 === 0) throw new Error(`Unmatched "$" in: ${text.slice(0, 80)}`);
  const joined = parts
    .map((part, i) =>
      i % 2 === 1 ? hold(katex.renderToString(part, katexOptions)) : escapeHtml(part.replace(/\\\$/g, '$')),
    )
    .join('');
  return joined
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
    .replace(HELD, (_, k: string) => tokens[Number(k)]);
}

/** One block: a display formula, a bullet list or a paragraph. */
function renderBlock(block: string): string {
  const t = block.trim();
  if (t.startsWith('$$') && t.endsWith('$$') && t.length > 4) {
    // A wide formula scrolls in its own .katex-display box, as in the lessons: the site's global
    // style draws the scroll shadows and its page script makes only the boxes that overflow
    // focusable, named regions (a tab stop on every formula would be noise for keyboard users).
    return katex.renderToString(t.slice(2, -2), { ...katexOptions, displayMode: true });
  }
  const lines = t.split('\n');
  if (lines.every((l) => /^\s*[-•] /.test(l))) {
    return `<ul>${lines.map((l) => `<li>${renderInline(l.replace(/^\s*[-•] /, ''))}</li>`).join('')}</ul>`;
  }
  return `<p>${renderInline(t.replace(/\s*\n\s*/g, ' '))}</p>`;
=======
const OPTIONS = {
  extensions: [gfmTable(), math()],
  htmlExtensions: [gfmTableHtml(), mathHtml(KATEX)],
};

/** An unescaped `$` that no other `$` closes: a typo that would otherwise print as text. */
function checkDollars(text: string) {
  const withoutCode = text.replace(/`[^`]*`/g, '');
  const count = (withoutCode.match(/(?<!\\)\$/g) ?? []).length;
  if (count % 2 === 1) throw new Error(`Unmatched "$" in: ${text.slice(0, 80)}`);
>>>>>>> typeset
}

/**
 * Renders a problem's Markdown (prompt, hint, solution, option label, feedback) to HTML with
 * KaTeX, by the parser the lessons' Markdown goes through (micromark, with GFM tables and
 * remark-math's `$…$` / `$$…$$` syntax): paragraphs, lists, emphasis, code, tables and math all
 * render as they would in a lesson. `$$…$$` written inside a paragraph is displayed on its own
 * lines, as the problem authors mean it. Raw HTML is escaped, never passed through. The input is a
 * trusted string written by a problem author (params are numbers the author formats), never user
 * input: the caller inserts the result as HTML. Bad TeX or an unmatched `$` throws, so the problem
 * tests catch it.
 */
export function renderMarkdown(text: string): string {
  checkDollars(text);
  // Display math is a block of its own (micromark reads `$$` on one line as inline math).
  const blocks = text.replace(
    /[ \t]*\$\$([\s\S]+?)\$\$[ \t]*/g,
    (_, body: string) => `\n\n$$\n${body.trim()}\n$$\n\n`,
  );
  // Authors indent multi-line template literals freely; indentation is never a code block here.
  const dedented = blocks.replace(/^[ \t]+/gm, '');
  return micromark(dedented, OPTIONS).trim();
}

/** Inline-only rendering (for option labels and short feedback): one paragraph, without its `<p>`. */
export function renderInlineMarkdown(text: string): string {
  const html = renderMarkdown(text.trim().replace(/\s*\n\s*/g, ' '));
  const m = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return m && !m[1].includes('<p>') ? m[1] : html;
}
