import { renderInlineMath } from '../inlineMath.ts';

/**
 * One doc-comment paragraph as safe HTML: `$TeX$` through KaTeX, `code` spans, and JSDoc's
 * {@link name} as the bare name. Text is escaped by renderInlineMath before code spans are made.
 */
export function renderDocParagraph(text: string): string {
  const plain = text.replace(/\{@link\s+([^}\s]+)\s*\}/g, '$1');
  return renderInlineMath(plain).replace(/`([^`]+)`/g, '<code>$1</code>');
}
