/**
 * An inline formula stays on the line of the text it touches: no line starts with the comma, the
 * full stop or the closing parenthesis that follows a formula, and none ends with the "(" before
 * one. (Not yet a hyphen: Chromium still breaks between a formula and a "-" that follows it, as
 * in "μ" / "-strongly", at a few column widths, glue or not.)
 *
 * KaTeX draws an inline formula as a row of inline blocks (its "bases"), and Chromium allows a
 * line break before and after an inline block whatever character is next to it: at 390 px, 22
 * formulas on seven lessons left a ")", "," or "." to start the next line, or a "(" to end the
 * line above. A word joiner (U+2060) does not stop it; `white-space: nowrap` does, when it is on
 * the element whose child the inline block is (for the break after it) or on an element around
 * both the text and the formula (for the break before). So:
 *
 * - text right after a formula: the formula's last base goes into a `math-tail` span;
 * - text right before it, in the same parent: that text's last word (what follows its last space)
 *   and the formula go into a `math-lead` span, and the formula inside wraps as before (a wrapper
 *   around the formula alone, as Markdown's `span.math-inline`, counts as the formula).
 *
 * (global.css makes both nowrap.) "Right after" means with no space between, across the edges of
 * inline elements (`<em>$x$</em>,`); a block edge or another formula ends the search. The formula
 * still breaks inside at its own boxes, and a space next to it is still a break. Only spans are
 * added: the text, the MathML and what screen readers, the narration and the search read are the
 * same.
 *
 * This file decides where, on any tree; inlineMathGlueHtml.ts applies it to built pages (the
 * lessons' formulas come from Markdown and from `math` components, so it runs after the build,
 * on the whole page) and components/problems/inlineMathGlueDom.ts to a problem's rendered text.
 */

export const MATH_TAIL_CLASS = 'math-tail';
export const MATH_LEAD_CLASS = 'math-lead';

/** What the rule needs to know of a tree: parse5's and the DOM's are both read through this. */
export interface InlineTree<N> {
  parent(node: N): N | null;
  previous(node: N): N | null;
  next(node: N): N | null;
  first(node: N): N | null;
  last(node: N): N | null;
  /** A text node's text; null for anything else. */
  text(node: N): string | null;
  /** An element's lower-case tag name; null for anything else (text, comments). */
  tag(node: N): string | null;
  hasClass(node: N, name: string): boolean;
}

/** Elements that sit inside a line of text: a search for the neighbouring text crosses their edges. */
const PHRASING = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

/** Spaces the line breaker breaks at (a no-break space is not one: the formula must hold to it). */
const BREAKING_SPACE = /[ \t\n\r\f]/;

const isFormula = <N>(tree: InlineTree<N>, node: N) => tree.hasClass(node, 'katex');

/** Whether `node` is an inline formula: KaTeX's `.katex`, not the one inside a displayed formula. */
export function isInlineFormula<N>(tree: InlineTree<N>, node: N): boolean {
  if (!isFormula(tree, node)) return false;
  const parent = tree.parent(node);
  return !(parent && tree.hasClass(parent, 'katex-display'));
}

/** The text node next to `formula` in its line, on `side`, or null (a block edge, another formula). */
export function adjacentText<N>(tree: InlineTree<N>, formula: N, side: 'before' | 'after'): N | null {
  const step = (n: N) => (side === 'after' ? tree.next(n) : tree.previous(n));
  const inward = (n: N) => (side === 'after' ? tree.first(n) : tree.last(n));
  const skippable = (n: N) => tree.text(n) === null && tree.tag(n) === null; // comments
  let node = formula;
  for (;;) {
    let sibling = step(node);
    while (sibling && skippable(sibling)) sibling = step(sibling);
    if (sibling) {
      node = sibling;
      break;
    }
    const parent = tree.parent(node);
    if (!parent || !PHRASING.has(tree.tag(parent) ?? '')) return null;
    node = parent;
  }
  for (;;) {
    const text = tree.text(node);
    if (text !== null) return text.length > 0 ? node : null;
    if (isFormula(tree, node) || !PHRASING.has(tree.tag(node) ?? '')) return null;
    let child = inward(node);
    while (child && skippable(child)) child = step(child);
    if (!child) return null;
    node = child;
  }
}

/** Where one inline formula needs glue. */
export interface FormulaGlue<N> {
  /** The formula's last base, to wrap in a `math-tail` span, when text follows with no space. */
  tail: N | null;
  /**
   * The text before the formula, with no space between, and where its last word starts (an index
   * into its text): from there to the end of `unit` goes in a `math-lead` span. `unit` is the
   * formula or the outermost inline element around it alone (Markdown's `span.math-inline`), and
   * the text must be its sibling, so one span can hold both.
   */
  lead: { text: N; from: number; unit: N } | null;
}

/** The glue `formula` (an inline `.katex`) needs; both null when a space or a block edge is on each side. */
export function formulaGlue<N>(tree: InlineTree<N>, formula: N): FormulaGlue<N> {
  const unit = formulaUnit(tree, formula);
  const parent = tree.parent(unit);
  const alreadyLed = parent !== null && tree.hasClass(parent, MATH_LEAD_CLASS);

  let tail: N | null = null;
  const after = adjacentText(tree, formula, 'after');
  if (after && !BREAKING_SPACE.test(tree.text(after)![0])) {
    const html = childElements(tree, formula).find((c) => tree.hasClass(c, 'katex-html'));
    const bases = html ? childElements(tree, html) : [];
    const lastBase = bases.at(-1);
    if (lastBase && (tree.hasClass(lastBase, 'katex-base') || tree.hasClass(lastBase, 'base')))
      tail = lastBase;
  }

  let lead: FormulaGlue<N>['lead'] = null;
  const before = adjacentText(tree, formula, 'before');
  if (!alreadyLed && before && tree.parent(before) === parent) {
    const text = tree.text(before)!;
    if (!BREAKING_SPACE.test(text.at(-1)!)) {
      let from = text.length;
      while (from > 0 && !BREAKING_SPACE.test(text[from - 1])) from--;
      lead = { text: before, from, unit };
    }
  }
  return { tail, lead };
}

/** The formula, or the outermost inline element that holds nothing else. */
function formulaUnit<N>(tree: InlineTree<N>, formula: N): N {
  let unit = formula;
  for (;;) {
    const parent = tree.parent(unit);
    if (!parent || !PHRASING.has(tree.tag(parent) ?? '') || tree.hasClass(parent, MATH_LEAD_CLASS))
      return unit;
    const only = childNodes(tree, parent).filter((c) => tree.tag(c) !== null || (tree.text(c) ?? '') !== '');
    if (only.length !== 1) return unit;
    unit = parent;
  }
}

function childNodes<N>(tree: InlineTree<N>, node: N): N[] {
  const out: N[] = [];
  for (let c = tree.first(node); c; c = tree.next(c)) out.push(c);
  return out;
}

function childElements<N>(tree: InlineTree<N>, node: N): N[] {
  return childNodes(tree, node).filter((c) => tree.tag(c) !== null);
}
