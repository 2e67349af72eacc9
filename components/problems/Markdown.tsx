import { useMemo } from 'react';
import { renderInlineMarkdown, renderMarkdown } from '../../src/lib/problems/renderMarkdown.ts';

interface Props { text: string; inline?: boolean; className?: string; id?: string }

/**
 * Trusted problem text (prompt, hint, solution, option label) rendered with KaTeX. The text comes
 * from a problem module written by an author, with numbers the module formats itself; it never
 * contains user input or anything from the URL, so inserting the rendered HTML is safe.
 */
export function Markdown({ text, inline = false, className, id }: Props) {
  const html = useMemo(() => {
    try {
      return inline ? renderInlineMarkdown(text) : renderMarkdown(text);
    } catch {
      // The bank's tests render every variant, so this is a last resort: show the source text.
      return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    }
  }, [text, inline]);
  const Tag = inline ? 'span' : 'div';
  return <Tag id={id} className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** A TeX string (e.g. the preview of how input was read) rendered inline; empty on bad TeX. */
export function Tex({ tex }: { tex: string }) {
  return <Markdown inline text={`$${tex}$`} />;
}
