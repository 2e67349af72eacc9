import { describe, expect, it } from 'vitest';
import { cardCurves, lessonCardSvg, wrapLines } from './lessonCard.ts';

describe('wrapLines(text, width, max)', () => {
  it('wraps at spaces and ends a cut text with an ellipsis', () => {
    expect(wrapLines('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
    expect(wrapLines('one two three four five six', 9, 2)).toEqual(['one two', 'three …']);
  });
});

describe('lessonCardSvg(lesson)', () => {
  it('escapes the title and draws three finite curves that fall', () => {
    const svg = lessonCardSvg({ title: 'A <b> & B', summary: 'S', position: 3 });
    expect(svg).toContain('A &lt;b&gt; &amp; B');
    expect(svg).not.toMatch(/NaN|Infinity/);
    for (const c of cardCurves()) expect(c.values.at(-1)!).toBeLessThan(c.values[0] - 2);
  });
});
