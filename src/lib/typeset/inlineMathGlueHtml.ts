import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import {
  MATH_LEAD_CLASS,
  MATH_TAIL_CLASS,
  formulaGlue,
  isInlineFormula,
  type InlineTree,
} from './inlineMathGlue.ts';

type Node = DefaultTreeAdapterTypes.Node;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

const childrenOf = (n: Node): Node[] => ('childNodes' in n ? (n as ParentNode).childNodes : []);
const parentOf = (n: Node): Node | null => ('parentNode' in n ? (n.parentNode as Node | null) : null);
const sibling = (n: Node, by: 1 | -1): Node | null => {
  const p = parentOf(n);
  if (!p) return null;
  const all = childrenOf(p);
  return all[all.indexOf(n) + by] ?? null;
};

const PARSE5_TREE: InlineTree<Node> = {
  parent: parentOf,
  previous: (n) => sibling(n, -1),
  next: (n) => sibling(n, 1),
  first: (n) => childrenOf(n)[0] ?? null,
  last: (n) => childrenOf(n).at(-1) ?? null,
  text: (n) => (n.nodeName === '#text' ? (n as DefaultTreeAdapterTypes.TextNode).value : null),
  tag: (n) => ('tagName' in n ? n.tagName : null),
  hasClass: (n, name) =>
    'attrs' in n && n.attrs.some((a) => a.name === 'class' && a.value.split(/\s+/).includes(name)),
};

interface Insertion {
  at: number;
  html: string;
  /** Closing tags go before opening ones at the same offset (one formula's glue ends where the next's starts). */
  closes: boolean;
}

/**
 * glueInlineMath(html) → the page with every inline formula glued to the text it touches
 * (inlineMathGlue.ts says why and how). Spans are inserted into the HTML as it is, at the parser's
 * source offsets, so nothing else on the page is re-serialised. A page without KaTeX comes back as is.
 */
export function glueInlineMath(html: string): string {
  if (!html.includes('katex')) return html;
  const insertions: Insertion[] = [];
  const walk = (node: Node) => {
    for (const child of childrenOf(node)) {
      if (!isInlineFormula(PARSE5_TREE, child)) {
        walk(child);
        continue;
      }
      const { tail, lead } = formulaGlue(PARSE5_TREE, child);
      if (tail) {
        const at = (tail as DefaultTreeAdapterTypes.Element).sourceCodeLocation;
        if (at) {
          insertions.push({ at: at.startOffset, html: `<span class="${MATH_TAIL_CLASS}">`, closes: false });
          insertions.push({ at: at.endOffset, html: '</span>', closes: true });
        }
      }
      const text = lead && (lead.text as DefaultTreeAdapterTypes.TextNode).sourceCodeLocation;
      const unit = lead && (lead.unit as DefaultTreeAdapterTypes.Element).sourceCodeLocation;
      if (lead && text && unit) {
        // The word's start in the source: the decoded text and its source differ where there are
        // character references, none of which is a breaking space, so count words from the end.
        const source = html.slice(text.startOffset, text.endOffset);
        const wordStart = source.search(/[^ \t\n\r\f]*$/);
        insertions.push({
          at: text.startOffset + wordStart,
          html: `<span class="${MATH_LEAD_CLASS}">`,
          closes: false,
        });
        insertions.push({ at: unit.endOffset, html: '</span>', closes: true });
      }
    }
  };
  walk(parse(html, { sourceCodeLocationInfo: true }));
  if (insertions.length === 0) return html;
  insertions.sort((a, b) => a.at - b.at || Number(b.closes) - Number(a.closes));
  let out = '';
  let from = 0;
  for (const { at, html: tag } of insertions) {
    out += html.slice(from, at) + tag;
    from = at;
  }
  return out + html.slice(from);
}
