import { describe, expect, it } from 'vitest';
import { playerModeFrom } from './playerMode.ts';

describe('playerModeFrom(search, isEmbed, lms?, packageSeed?)', () => {
  it('site pages practise, with an instructor seed from the link', () => {
    expect(playerModeFrom('?graded=1', false)).toEqual({
      graded: false,
      fixedSeed: undefined,
      source: 'site',
    });
    expect(playerModeFrom('?seed=42', false)).toMatchObject({ fixedSeed: 42 });
  });
  it('embeds are graded only with graded=1; anything else practises', () => {
    expect(playerModeFrom('?graded=1&seed=7', true)).toEqual({ graded: true, fixedSeed: 7, source: 'embed' });
    for (const q of ['', '?graded=0', '?graded=true', '?graded=%3Cscript%3E'])
      expect(playerModeFrom(q, true).graded).toBe(false);
  });
  it("a package's LMS session decides, whatever the query says", () => {
    expect(playerModeFrom('?graded=0&seed=1', true, { graded: true })).toEqual({
      graded: true,
      fixedSeed: undefined,
      source: 'lms',
    });
    expect(playerModeFrom('', true, undefined, 99)).toMatchObject({
      graded: false,
      fixedSeed: 99,
      source: 'embed',
    });
  });
});
