// Updating typeset math in place. KaTeX's markup for a formula depends on its shape (which
// symbols, fractions and scripts), not on which digits it shows: stepping through an update or
// moving a slider changes the numbers and keeps the shape. Replacing the markup makes the browser
// build and lay out every nested box again; rewriting only the changed text nodes lays out the
// few boxes whose text changed.

/** splitMarkup(html) → { shape, texts }: the markup with its text removed, and the text pieces in order. */
export function splitMarkup(html: string): { shape: string; texts: string[] } {
  const texts: string[] = [];
  const shape = html.replace(/>([^<]+)</g, (_, text: string) => {
    texts.push(decodeEntities(text));
    return '><';
  });
  return { shape, texts };
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  '#x27': "'",
  nbsp: '\u00a0',
};

/** The character references a serialiser such as KaTeX's writes in text (anything else is kept as is). */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    const known = ENTITIES[name.toLowerCase()];
    if (known !== undefined) return known;
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (Number.isFinite(code)) return String.fromCodePoint(code);
    }
    return whole;
  });
}

/**
 * patchMarkup(el, html, previousHtml) → 'unchanged' | 'text' | 'replaced': makes el's content the
 * markup `html`, given that it currently holds `previousHtml` (as inserted, not re-serialised).
 * When both have the same shape only differing text nodes are rewritten; otherwise the content
 * is replaced. Trusted markup only (it is inserted as HTML).
 */
export function patchMarkup(
  el: Element,
  html: string,
  previousHtml: string,
): 'unchanged' | 'text' | 'replaced' {
  if (html === previousHtml) return 'unchanged';
  const next = splitMarkup(html);
  const before = splitMarkup(previousHtml);
  if (next.shape === before.shape && next.texts.length === before.texts.length) {
    const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    if (nodes.length === next.texts.length) {
      nodes.forEach((node, i) => {
        if (node.data !== next.texts[i]) node.data = next.texts[i];
      });
      return 'text';
    }
  }
  el.innerHTML = html;
  return 'replaced';
}
