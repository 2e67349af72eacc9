import katex from 'katex';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Renders a plain-text string with `$…$` inline math and `` `code` `` spans (as written in lesson
 * frontmatter and component attributes) to safe HTML at build time: text is escaped, math becomes
 * KaTeX markup, code a <code> element. An unmatched `$` or bad TeX throws, so a typo fails the
 * build instead of shipping raw TeX.
 */
export function renderInlineMath(text: string): string {
  const parts = text.split('$');
  if (parts.length % 2 === 0) throw new Error(`Unmatched "$" in: ${text}`);
  return parts
    .map((part, i) =>
      i % 2 === 0
        ? escapeHtml(part).replace(/`([^`]+)`/g, '<code>$1</code>')
        : katex.renderToString(part, { throwOnError: true, strict: 'error', output: 'htmlAndMathml' }),
    )
    .join('');
}

/** The same string with math delimiters removed, for places that need plain text (meta tags). */
export function stripInlineMath(text: string): string {
  return text.replace(/\$/g, '');
}
