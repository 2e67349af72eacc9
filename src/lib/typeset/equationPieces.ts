import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/**
 * A displayed formula of several equations side by side, `A, \qquad B, \qquad C`, breaks between
 * its equations before it breaks inside one.
 *
 * KaTeX draws a formula as a row of boxes that end after each top-level relation or operator, and
 * a displayed formula too wide for a phone's column wraps at those boxes like inline math
 * (global.css). Left to the browser's line filling, `b_t = βb_{t−1} + g_t, θ_t = θ_{t−1} − ηb_t`
 * broke after `θ_t = θ_{t−1} −`, with the next equation's left side ending the line above its
 * right side. Here the boxes between two top-level `\qquad`s become one piece (`eq-piece`, an
 * inline block in global.css): a piece goes to the next line whole and wraps inside only when it
 * alone is wider than the column. The `\qquad` becomes a space (`eq-gap`) of the same width that,
 * unlike KaTeX's kern, is dropped where the line breaks. The MathML, which screen readers, the
 * narration and the search read, is not touched.
 */

/** KaTeX's kern for `\qquad`: an `mspace` of 2em. */
const isQquad = (node: ElementContent): boolean =>
  node.type === 'element' &&
  hasClass(node, 'mspace') &&
  /^\s*margin-right:\s*2em;?\s*$/.test(String(node.properties.style ?? ''));

const isSpace = (node: ElementContent): boolean => node.type === 'element' && hasClass(node, 'mspace');

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}

const span = (className: string, children: ElementContent[]): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { className: [className] },
  children,
});

/** The `.katex-html` box of a `.katex-display`, or undefined when the markup is not KaTeX's. */
function katexHtml(display: Element): Element | undefined {
  const katex = display.children.find((c): c is Element => c.type === 'element' && hasClass(c, 'katex'));
  return katex?.children.find((c): c is Element => c.type === 'element' && hasClass(c, 'katex-html'));
}

/**
 * Splits one `.katex-display` into pieces at its top-level `\qquad`s, in place. Returns whether it
 * did: a formula without one, or with anything but KaTeX's boxes in its row (an equation number,
 * an explicit line break), is left as it is.
 */
export function splitEquationPieces(display: Element): boolean {
  const html = katexHtml(display);
  if (!html) return false;
  const bases = html.children;
  if (!bases.every((b) => b.type === 'element' && hasClass(b, 'katex-base'))) return false;
  const children = (bases as Element[]).flatMap((b) => b.children);
  if (!children.some(isQquad)) return false;
  if (children.some((c) => c.type === 'element' && hasClass(c, 'katex-newline'))) return false;

  const pieces: Element[][] = [[]];
  // Right after a `\qquad`: the space KaTeX puts after a comma there would open the next piece.
  let afterQquad = false;
  for (const base of bases as Element[]) {
    // Every box starts with a strut that sets its line's height and depth; each part keeps a copy.
    const [strut, ...content] = base.children;
    let part: ElementContent[] = [];
    const close = () => {
      if (part.length > 0) pieces.at(-1)!.push({ ...base, children: [structuredClone(strut), ...part] });
      part = [];
    };
    for (const node of content) {
      if (isQquad(node)) {
        close();
        pieces.push([]);
        afterQquad = true;
      } else if (!(afterQquad && isSpace(node))) {
        part.push(node);
        afterQquad = false;
      }
    }
    close();
  }
  const kept = pieces.filter((p) => p.length > 0);
  if (kept.length < 2) return false;
  html.children = kept.flatMap((p, i) => [
    ...(i > 0 ? [span('eq-gap', [{ type: 'text', value: ' ' }])] : []),
    span('eq-piece', p),
  ]);
  return true;
}

/** A rehype plugin, after rehype-katex: {@link splitEquationPieces} on every displayed formula. */
export function rehypeEquationPieces() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (hasClass(node, 'katex-display')) splitEquationPieces(node);
    });
  };
}

/** The same for KaTeX's HTML as a string (a displayed formula with computed numbers, components/lesson/math.ts). */
export function equationPiecesHtml(html: string): string {
  if (!html.includes('margin-right:2em')) return html;
  const tree = fromHtml(html, { fragment: true });
  let changed = false;
  visit(tree, 'element', (node: Element) => {
    if (hasClass(node, 'katex-display')) changed = splitEquationPieces(node) || changed;
  });
  return changed ? toHtml(tree) : html;
}
