import katex from 'katex';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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
}

/**
 * Renders a problem's Markdown-lite text (prompt, hint, solution, option label) to HTML with KaTeX.
 * Blocks are separated by blank lines; a block of `$$…$$` is display math. The input must be a
 * trusted string written by a problem author (params are numbers the author formats), never user
 * input: the caller inserts the result as HTML. Bad TeX throws, so the problem tests catch it.
 */
export function renderMarkdown(text: string): string {
  // Display math may sit inside a paragraph's text; give it its own block first.
  const spaced = text.replace(/\$\$([\s\S]+?)\$\$/g, '\n\n$$$$$1$$$$\n\n');
  return spaced
    .split(/\n\s*\n/)
    .filter((b) => b.trim() !== '')
    .map(renderBlock)
    .join('');
}

/** Inline-only rendering (for option labels and short feedback): no paragraphs. */
export function renderInlineMarkdown(text: string): string {
  return renderInline(text.trim());
}
