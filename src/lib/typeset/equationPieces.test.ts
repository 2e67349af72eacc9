import { describe, expect, it } from 'vitest';
import { isQquadStyle, pieceLayout } from './equationPieces.ts';

describe('pieceLayout', () => {
  it('cuts at each \\qquad, inside a box or between boxes', () => {
    // "b = βb + g, \qquad θ = θ − ηb" as KaTeX boxes: [b =] [βb +] [g , qquad thin θ =] [θ −] [ηb]
    expect(
      pieceLayout([
        ['other', 'space', 'other', 'space'],
        ['other', 'space', 'other', 'space'],
        ['other', 'other', 'qquad', 'space', 'other', 'space', 'other', 'space'],
        ['other', 'space', 'other', 'space'],
        ['other'],
      ]),
    ).toEqual([
      [
        { base: 0, from: 0, to: 4 },
        { base: 1, from: 0, to: 4 },
        { base: 2, from: 0, to: 2 },
      ],
      [
        // the thin space after the \qquad is dropped
        { base: 2, from: 4, to: 8 },
        { base: 3, from: 0, to: 4 },
        { base: 4, from: 0, to: 1 },
      ],
    ]);
    // A \qquad that ends a box, and the next box opening with a space.
    expect(
      pieceLayout([
        ['other', 'qquad'],
        ['space', 'other'],
      ]),
    ).toEqual([[{ base: 0, from: 0, to: 1 }], [{ base: 1, from: 1, to: 2 }]]);
  });

  it('keeps spaces that do not follow a \\qquad', () => {
    expect(pieceLayout([['space', 'other', 'space', 'qquad', 'other']])).toEqual([
      [{ base: 0, from: 0, to: 3 }],
      [{ base: 0, from: 4, to: 5 }],
    ]);
  });

  it('leaves a formula without two pieces alone', () => {
    expect(pieceLayout([['other', 'space', 'other']])).toBeUndefined();
    expect(pieceLayout([['qquad', 'other']])).toBeUndefined();
    expect(pieceLayout([['other', 'qquad'], ['space']])).toBeUndefined();
    expect(pieceLayout([])).toBeUndefined();
  });

  it("recognises KaTeX's \\qquad kern and no other space", () => {
    expect(isQquadStyle('margin-right:2em;')).toBe(true);
    expect(isQquadStyle('margin-right: 2em')).toBe(true);
    expect(isQquadStyle('margin-right:1em;')).toBe(false);
    expect(isQquadStyle('margin-right:0.2778em;')).toBe(false);
    expect(isQquadStyle('margin-right:12em;')).toBe(false);
  });
});
