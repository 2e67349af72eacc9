import { parse, serialize } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { mathToSpeech, tidySpeech, type MathNode } from '../narration/mathSpeech.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const isElement = (n: Node): n is Element => 'tagName' in n;
const hasClass = (el: Element, c: string) =>
  (el.attrs.find((a) => a.name === 'class')?.value ?? '').split(/\s+/).includes(c);
const textOf = (n: Node): string =>
  n.nodeName === '#text'
    ? (n as DefaultTreeAdapterMap['textNode']).value
    : 'childNodes' in n
      ? n.childNodes.map(textOf).join('')
      : '';

/** A parse5 element as the speech function reads MathML (tag, text, element children, attributes). */
function mathNode(el: Element): MathNode {
  return {
    tagName: el.tagName,
    textContent: textOf(el),
    children: el.childNodes.filter(isElement).map(mathNode),
    getAttribute: (name) => el.attrs.find((a) => a.name === name)?.value ?? null,
  };
}

function find(el: ParentNode, test: (e: Element) => boolean): Element | undefined {
  for (const c of el.childNodes) {
    if (!isElement(c)) continue;
    if (test(c)) return c;
    const deeper = find(c, test);
    if (deeper) return deeper;
  }
  return undefined;
}

const textNode = (value: string, parentNode: ParentNode): DefaultTreeAdapterMap['textNode'] => ({
  nodeName: '#text',
  value,
  parentNode,
});

/** Elements whose content the browser lays out as a block: their words never run into a neighbour's. */
const BLOCK = new Set(
  'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

/**
 * A built page as the search index should read it (the page served is not changed):
 * - every KaTeX formula becomes its spoken form, as the narration reads it ("m hat sub t equals
 *   …"), instead of KaTeX's MathML and visual HTML, whose letters the indexer ran together
 *   ("E[mt]=(1−β1)∑j=0t−1β1j");
 * - every block element is flanked by spaces, and so is every element followed directly by
 *   another, so words in neighbouring boxes stay apart ("matters" and "Widget" were indexed as
 *   "mattersWidget"; CSS grid and flex rows lay such elements out apart).
 */
export function searchableHtml(html: string): string {
  const doc = parse(html);
  const walk = (parent: ParentNode) => {
    for (let i = 0; i < parent.childNodes.length; i++) {
      const n = parent.childNodes[i];
      if (!isElement(n)) continue;
      if (hasClass(n, 'katex')) {
        const math = find(n, (e) => e.tagName === 'math');
        const spoken = math ? tidySpeech(mathToSpeech(mathNode(math))) : '';
        const span: Element = {
          nodeName: 'span',
          tagName: 'span',
          attrs: [],
          namespaceURI: n.namespaceURI,
          childNodes: [],
          parentNode: parent,
        };
        span.childNodes.push(textNode(` ${spoken} `, span));
        parent.childNodes[i] = span;
        continue;
      }
      if (n.tagName === 'template') continue;
      walk(n);
      // Blocks, and elements that touch another element with no text between them (a grid of
      // <strong>title</strong><span>meta</span>, a flex row of labels): their words stay apart.
      const next = parent.childNodes[i + 1];
      if (BLOCK.has(n.tagName) || (next && isElement(next))) {
        parent.childNodes.splice(i + 1, 0, textNode(' ', parent));
        if (BLOCK.has(n.tagName)) {
          parent.childNodes.splice(i, 0, textNode(' ', parent));
          i++;
        }
        i++;
      }
    }
  };
  walk(doc);
  return serialize(doc);
}
