import { type DefaultTreeAdapterTypes, parse } from 'parse5';

/** The empty script the build puts between a lesson's blocks (see insertParserYieldPoints). */
export const YIELD_POINT = '<script></script>';

/** Bytes of lesson HTML between two yield points: ~5 ms of parsing at 1× CPU on the 2-core machine. */
export const YIELD_EVERY_BYTES = 30_000;

/**
 * insertParserYieldPoints(html) → the page with an empty inline script between the top-level
 * blocks of its lesson body (`<article class="lesson-body">`) and of every element marked
 * `data-parser-yield` (the quick reference's lists), one at the first block boundary at least
 * `every` bytes after the previous one. A page without either comes back as is.
 *
 * Why (issue 33): Chromium's HTML parser yields to the event loop every ~10 ms only for its first
 * few chunks; after that it parses on with a long budget (500 ms on desktop, 50 ms on Android) to
 * get the rest of the page in at once, and stops early only after a parser-blocking script, when
 * it cuts its budget back to the short one. A lesson is 0.2–1.1 MB of HTML (KaTeX), so that rest
 * was one task of up to 57 ms at 1× CPU (adaptive methods: 230 ms at Lighthouse's 4× slowdown),
 * all of it blocking time. An empty script runs nothing, but it is such a point: with one every
 * 30 KB no parser task of a lesson was longer than ~11 ms of CPU at 1×. Scripts are display: none
 * and have no text, so reading, search, print and the content-visibility rules are unchanged (no
 * lesson style uses a sibling combinator or :nth-child on the body's blocks).
 */
export function insertParserYieldPoints(html: string, every = YIELD_EVERY_BYTES): string {
  const cuts: number[] = [];
  for (const container of findContainers(parse(html, { sourceCodeLocationInfo: true }))) {
    let last = container.sourceCodeLocation?.startTag?.endOffset;
    if (last === undefined) continue;
    for (const child of container.childNodes) {
      const at = child.sourceCodeLocation?.startOffset;
      if (!('tagName' in child) || at === undefined || at - last < every) continue;
      cuts.push(at);
      last = at;
    }
  }
  cuts.sort((a, b) => a - b);
  let out = '';
  let from = 0;
  for (const at of cuts) {
    out += html.slice(from, at) + YIELD_POINT;
    from = at;
  }
  return out + html.slice(from);
}

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;

/** The lesson body and the elements marked data-parser-yield (not nested in one another). */
function findContainers(node: { childNodes?: Node[] }): Element[] {
  const found: Element[] = [];
  for (const child of node.childNodes ?? []) {
    if (!('tagName' in child)) continue;
    const isContainer =
      (child.tagName === 'article' && hasClass(child, 'lesson-body')) ||
      child.attrs.some((a) => a.name === 'data-parser-yield');
    if (isContainer) found.push(child);
    else found.push(...findContainers(child));
  }
  return found;
}

function hasClass(el: Element, name: string): boolean {
  const cls = el.attrs.find((a) => a.name === 'class')?.value ?? '';
  return cls.split(/\s+/).includes(name);
}
