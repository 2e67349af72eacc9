/**
 * A displayed formula of several equations side by side, `A, \qquad B, \qquad C`, breaks between
 * its equations before it breaks inside one.
 *
 * KaTeX draws a formula as a row of boxes ("bases") that end after each top-level relation or
 * operator, and a displayed formula too wide for a phone's column wraps at those boxes like inline
 * math (global.css). Left to the browser's line filling, `b_t = βb_{t−1} + g_t, θ_t = θ_{t−1} − ηb_t`
 * broke after `θ_t = θ_{t−1} −`, with the next equation's left side ending the line above its
 * right side. So the boxes between two top-level `\qquad`s become one piece (`eq-piece`, an inline
 * block in global.css): a piece goes to the next line whole and wraps inside only when it alone is
 * wider than the column. The `\qquad` kern becomes a space (`eq-gap`) of about the same width
 * that, unlike the kern, is dropped where the line breaks. Only KaTeX's visible HTML changes; the
 * MathML, which screen readers, the narration and the search read, is not touched.
 *
 * This file decides the pieces from the kinds of a formula's boxes; rehypeEquationPieces.ts
 * applies it to the lessons' HTML at build time and components/problems/equationPiecesDom.ts to a
 * problem's rendered text in the browser.
 */

/** What one child of a KaTeX box is: the `\qquad` kern, another space, or anything drawn. */
export type BoxChildKind = 'qquad' | 'space' | 'other';

/** A run of one box's children, `[from, to)` counted after the box's leading strut. */
export interface PiecePart {
  base: number;
  from: number;
  to: number;
}

/** KaTeX's kern for `\qquad`: an `mspace` whose inline style is a right margin of 2em. */
export const isQquadStyle = (style: string): boolean => /^\s*margin-right:\s*2em;?\s*$/.test(style);

/**
 * The pieces of a formula, given the kinds of each box's children (after its strut): each piece is
 * a list of runs, in order, and the `\qquad`s between them are left out, as is a space that would
 * open a piece (the thin space KaTeX puts after a comma). Undefined when the formula has no
 * top-level `\qquad` with something on both sides: it is then left as it is.
 */
export function pieceLayout(bases: readonly (readonly BoxChildKind[])[]): PiecePart[][] | undefined {
  const pieces: PiecePart[][] = [[]];
  let afterQquad = false;
  bases.forEach((kinds, base) => {
    let from = -1;
    const close = (to: number) => {
      if (from >= 0 && to > from) pieces.at(-1)!.push({ base, from, to });
      from = -1;
    };
    kinds.forEach((kind, i) => {
      if (kind === 'qquad') {
        close(i);
        pieces.push([]);
        afterQquad = true;
      } else if (afterQquad && kind === 'space') {
        // dropped: it would indent the next piece
      } else {
        if (from < 0) from = i;
        afterQquad = false;
      }
    });
    close(kinds.length);
  });
  const kept = pieces.filter((p) => p.length > 0);
  return kept.length >= 2 ? kept : undefined;
}
