import { renderInlineMarkdown } from '../problems/renderMarkdown.ts';

/**
 * One doc-comment paragraph as safe HTML, by the renderer problem text uses (Markdown with
 * `$TeX$` through KaTeX, code spans, emphasis); JSDoc's {@link name} becomes the name as code.
 * Raw HTML in a comment is escaped, never passed through; bad TeX throws, failing the build.
 */
export function renderDocParagraph(text: string): string {
  return renderInlineMarkdown(text.replace(/\{@link\s+([^}\s]+)\s*\}/g, '`$1`'));
}
