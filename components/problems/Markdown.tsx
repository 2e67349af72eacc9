import { useLayoutEffect, useMemo, useRef } from 'react';
import { splitEquationPiecesIn } from './equationPiecesDom.ts';
import { glueInlineMathIn } from './inlineMathGlueDom.ts';
import { markdownRenderer } from './markdownLoader.ts';

interface Props {
  text: string;
  inline?: boolean;
  className?: string;
  id?: string;
}

/**
 * Trusted problem text (prompt, hint, solution, option label) rendered with KaTeX. The text comes
 * from a problem module written by an author, with numbers the module formats itself; it never
 * contains user input or anything from the URL, so inserting the rendered HTML is safe.
 */
export function Markdown({ text, inline = false, className, id }: Props) {
  const html = useMemo(() => {
    // The player loads the renderer with the problem (markdownLoader.ts), before any text shows.
    const r = markdownRenderer();
    try {
      if (!r) throw new Error('Markdown renderer not loaded');
      return inline ? r.renderInlineMarkdown(text) : r.renderMarkdown(text);
    } catch {
      // The bank's tests render every variant, so this is a last resort: show the source text.
      return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    }
  }, [text, inline]);
  // A displayed row of equations breaks between them first, as in the lessons (equationPiecesDom.ts).
  // Before paint, so the formula is never drawn torn; React leaves the inserted HTML alone until
  // `html` changes, and then this runs again on the new HTML.
  const ref = useRef<HTMLElement>(null);
  // An inline formula stays on the line of the text it touches (inlineMathGlueDom.ts), likewise.
  useLayoutEffect(() => {
    if (!ref.current || !html.includes('katex')) return;
    if (!inline && html.includes('katex-display')) splitEquationPiecesIn(ref.current);
    glueInlineMathIn(ref.current);
  }, [html, inline]);
  const Tag = inline ? 'span' : 'div';
  return <Tag ref={ref as never} id={id} className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * A TeX string rendered inline. The answer preview passes TeX that mathjs generated from an
 * expression which already passed the whitelist compiler (known variables, numbers, allowed
 * operators and functions only), never the student's raw text; KaTeX runs with `trust` off, so
 * commands such as \href cannot produce links or attributes either.
 */
export function Tex({ tex }: { tex: string }) {
  return <Markdown inline text={`$${tex}$`} />;
}
