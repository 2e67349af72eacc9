import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { ReadBlock, ReadSegment } from './textDefects.ts';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements that lay out their content as a block of its own (the rest run inline). */
const BLOCK = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'section',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
]);
const SKIP = new Set(['script', 'style', 'pre', 'template']);

const isElement = (n: Node): n is Element => 'tagName' in n;
const classes = (el: Element) => (el.attrs.find((a) => a.name === 'class')?.value ?? '').split(/\s+/);
const textOf = (n: Node): string =>
  n.nodeName === '#text'
    ? (n as DefaultTreeAdapterMap['textNode']).value
    : isElement(n)
      ? n.childNodes.map(textOf).join('')
      : '';
const find = (el: Element, test: (e: Element) => boolean): Element | undefined => {
  for (const c of el.childNodes) {
    if (!isElement(c)) continue;
    if (test(c)) return c;
    const deeper = find(c, test);
    if (deeper) return deeper;
  }
  return undefined;
};

/**
 * The blocks of an HTML fragment as a reader would read them, for {@link textDefects}, from the
 * markup alone (no stylesheet): block elements by tag name, a KaTeX formula as one piece with its
 * TeX, inline code as one piece; two pieces are glued when no white space separates them. For
 * HTML whose layout the tags decide, such as a problem's rendered Markdown; pages read in the
 * browser go through tests/fixtures/readerText.ts instead.
 */
export function readHtml(html: string, where: string): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  let current: ReadSegment[] = [];
  let space = true;
  const flush = () => {
    if (current.length) blocks.push({ where, segments: current });
    current = [];
    space = true;
  };
  const push = (seg: Omit<ReadSegment, 'join'>) => {
    const glued = current.length > 0 && !space && !/^\s/.test(seg.text);
    current.push({ ...seg, join: glued ? 'glued' : 'apart' });
    space = seg.kind === 'text' && /\s$/.test(seg.text);
  };
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if (n.nodeName === '#text') {
        const text = textOf(n).replace(/\s+/g, ' ');
        if (text.trim() === '') {
          if (text) space = true;
        } else push({ kind: 'text', text });
        continue;
      }
      if (!isElement(n) || SKIP.has(n.tagName)) continue;
      if (n.tagName === 'br') {
        space = true;
        continue;
      }
      if (classes(n).includes('katex')) {
        const annotation = find(n, (e) => e.tagName === 'annotation');
        push({ kind: 'math', text: '', tex: annotation ? textOf(annotation).trim() : '' });
        continue;
      }
      if (n.tagName === 'code') {
        push({ kind: 'code', text: textOf(n) });
        continue;
      }
      const block = BLOCK.has(n.tagName) || classes(n).includes('katex-display');
      if (block) flush();
      walk(n.childNodes);
      if (block) flush();
    }
  };
  walk(parseFragment(html).childNodes);
  flush();
  return blocks;
}
