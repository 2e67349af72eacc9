import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { math, mathHtml } from 'micromark-extension-math';

// KaTeX as the lessons run it (rehype-katex in astro.config.mjs): bad TeX throws, so the problem
// tests catch it, and the markup matches the one stylesheet.
const KATEX = { strict: 'error', throwOnError: true, output: 'htmlAndMathml' } as const;

const OPTIONS = {
  extensions: [gfmTable(), math()],
  htmlExtensions: [gfmTableHtml(), mathHtml(KATEX)],
};

/** An unescaped `$` that no other `$` closes: a typo that would otherwise print as text. */
function checkDollars(text: string) {
  const withoutCode = text.replace(/`[^`]*`/g, '');
  const count = (withoutCode.match(/(?<!\\)\$/g) ?? []).length;
  if (count % 2 === 1) throw new Error(`Unmatched "$" in: ${text.slice(0, 80)}`);
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
