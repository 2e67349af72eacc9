import {
  MATH_LEAD_CLASS,
  MATH_TAIL_CLASS,
  formulaGlue,
  isInlineFormula,
  type InlineTree,
} from '../../src/lib/typeset/inlineMathGlue.ts';

// src/lib/typeset/inlineMathGlue.ts says what this does and why; built pages get it after the
// build (inlineMathGlueHtml.ts), a problem's text here, in the browser, after it is rendered.

const DOM_TREE: InlineTree<Node> = {
  parent: (n) => n.parentNode,
  previous: (n) => n.previousSibling,
  next: (n) => n.nextSibling,
  first: (n) => n.firstChild,
  last: (n) => n.lastChild,
  text: (n) => (n.nodeType === Node.TEXT_NODE ? (n.textContent ?? '') : null),
  tag: (n) => (n.nodeType === Node.ELEMENT_NODE ? (n as Element).localName : null),
  hasClass: (n, name) => n.nodeType === Node.ELEMENT_NODE && (n as Element).classList.contains(name),
};

/** Glues every inline formula under `root` to the text it touches, in place. */
export function glueInlineMathIn(root: ParentNode): void {
  const formulas = [...root.querySelectorAll('.katex')].filter((k) => isInlineFormula(DOM_TREE, k));
  for (const formula of formulas) {
    const { tail, lead } = formulaGlue<Node>(DOM_TREE, formula);
    const doc = formula.ownerDocument;
    if (tail) {
      const span = doc.createElement('span');
      span.className = MATH_TAIL_CLASS;
      tail.parentNode!.insertBefore(span, tail);
      span.append(tail);
    }
    if (lead) {
      const word = (lead.text as Text).splitText(lead.from);
      const span = doc.createElement('span');
      span.className = MATH_LEAD_CLASS;
      lead.unit.parentNode!.insertBefore(span, lead.unit);
      span.append(word, lead.unit);
    }
  }
}
