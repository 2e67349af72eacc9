import { isQquadStyle, pieceLayout, type BoxChildKind } from '../../src/lib/typeset/equationPieces.ts';

// src/lib/typeset/equationPieces.ts says what this does and why; the lessons get it at build time
// (rehypeEquationPieces.ts), a problem's text here, in the browser, after it is rendered.

function kindOf(node: Element): BoxChildKind {
  if (!node.classList.contains('mspace')) return 'other';
  return isQquadStyle(node.getAttribute('style') ?? '') ? 'qquad' : 'space';
}

/** Splits every displayed formula under `root` into pieces at its top-level `\qquad`s, in place. */
export function splitEquationPiecesIn(root: ParentNode): void {
  for (const html of root.querySelectorAll('.katex-display > .katex > .katex-html')) {
    const boxes = [...html.children];
    if (!boxes.every((b) => b.classList.contains('katex-base'))) continue;
    // Each box's first child is the strut that sets its line's height and depth.
    const layout = pieceLayout(boxes.map((b) => [...b.children].slice(1).map(kindOf)));
    if (!layout) continue;
    const doc = html.ownerDocument;
    // Read before anything moves: a box's children leave it as they go into pieces.
    const children = boxes.map((b) => [...b.children]);
    const pieces = layout.map((parts) => {
      const piece = doc.createElement('span');
      piece.className = 'eq-piece';
      for (const { base, from, to } of parts) {
        const [strut, ...content] = children[base];
        const box = boxes[base].cloneNode(false) as Element;
        box.append(strut.cloneNode(true), ...content.slice(from, to));
        piece.append(box);
      }
      return piece;
    });
    html.replaceChildren(
      ...pieces.flatMap((p, i) => {
        if (i === 0) return [p];
        const gap = doc.createElement('span');
        gap.className = 'eq-gap';
        gap.textContent = ' ';
        return [gap, p];
      }),
    );
  }
}
