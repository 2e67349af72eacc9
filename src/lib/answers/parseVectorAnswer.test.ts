import { describe, expect, it } from 'vitest';
import { parseVectorAnswer } from './parseVectorAnswer.ts';

describe('parseVectorAnswer(raw, length)', () => {
  it.each([
    ['[0.9, 1.8]', [0.9, 1.8]],
    ['0.9, 1.8', [0.9, 1.8]],
    ['(0.9, 1.8)', [0.9, 1.8]],
    ['0.9; 1.8', [0.9, 1.8]],
    ['[−0.5, 3/4]', [-0.5, 0.75]],
    ['[sqrt(4), log(8, 2)]', [2, 3]],
    [' [ 1e-3 , 2 ] ', [1e-3, 2]],
    ['[(1), (2)]', [1, 2]],
  ] as [string, number[]][])('parseVectorAnswer(%j, 2) reads the entries', (raw, expected) => {
    const r = parseVectorAnswer(raw, 2);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (r.ok) expect(r.value).toEqual(expected.map((x) => expect.closeTo(x, 12)));
  });

  it.each([
    ['', /Enter 2 numbers/],
    ['[1]', /Expected 2 numbers separated by commas; found 1/],
    ['1, 2, 3', /found 3/],
    ['[1, abc]', /second entry: “abc”/],
    ['[1/0, 2]', /first entry: .*finite/],
    ['[1, ]', /second entry: Enter a number/],
    ['1 2', /Expected 2 numbers|does not fit/],
    ['x'.repeat(10_000), /too long/],
    ['[[1, 2]]', /found 2|brackets|entry/],
    ['[1e-400, 2]', /first entry: This number is too small to represent/],
    ['[1, 2e999]', /second entry: This number is too large to represent/],
    ['[1, 0.5^2000]', /second entry: This number is too small/],
  ] as [string, RegExp][])('parseVectorAnswer(%j, 2) refuses with a message', (raw, message) => {
    const r = parseVectorAnswer(raw, 2);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('parseVectorAnswer gives a TeX preview of the whole vector', () => {
    const r = parseVectorAnswer('[1, 2]', 2);
    expect(r.ok && r.tex).toBe('\\left[1,\\ 2\\right]');
  });
});
