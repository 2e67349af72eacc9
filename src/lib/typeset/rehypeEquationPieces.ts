import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { isQquadStyle, pieceLayout, type BoxChildKind } from './equationPieces.ts';

// equationPieces.ts says what this does and why; here it is done to the lessons' HTML at build time.

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}

const isElement = (node: ElementContent | undefined): node is Element => node?.type === 'element';

function kindOf(node: ElementContent): BoxChildKind {
  if (!isElement(node) || !hasClass(node, 'mspace')) return 'other';
  return isQquadStyle(String(node.properties.style ?? '')) ? 'qquad' : 'space';
}

const span = (className: string, children: ElementContent[]): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { className: [className] },
  children,
});

/**
 * Splits one `.katex-display` into pieces at its top-level `\qquad`s, in place; returns whether it
 * did. A formula whose row holds anything but KaTeX's boxes (an equation number) is left alone.
 */
export function splitEquationPieces(display: Element): boolean {
  const katex = display.children.find((c): c is Element => isElement(c) && hasClass(c, 'katex'));
  const html = katex?.children.find((c): c is Element => isElement(c) && hasClass(c, 'katex-html'));
  if (!html) return false;
  const bases = html.children;
  if (!bases.every((b) => isElement(b) && hasClass(b, 'katex-base'))) return false;
  const boxes = bases as Element[];
  // Each box's first child is the strut that sets its line's height and depth.
  const layout = pieceLayout(boxes.map((b) => b.children.slice(1).map(kindOf)));
  if (!layout) return false;
  const pieces = layout.map((parts) =>
    span(
      'eq-piece',
      parts.map(({ base, from, to }) => {
        const [strut, ...content] = boxes[base].children;
        return { ...boxes[base], children: [structuredClone(strut), ...content.slice(from, to)] };
      }),
    ),
  );
  html.children = pieces.flatMap((p, i) =>
    i > 0 ? [span('eq-gap', [{ type: 'text', value: ' ' }]), p] : [p],
  );
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
