import { describe, expect, it } from 'vitest';
import { MAX_SHEETS, parseSeedList } from './seedList.ts';

describe('parseSeedList(text)', () => {
  it('reads single seeds and ranges, in order, once each', () => {
    expect(parseSeedList('42')).toEqual({ ok: true, seeds: [42] });
    expect(parseSeedList(' 3-5, 1;4 7–8 ')).toEqual({ ok: true, seeds: [3, 4, 5, 1, 7, 8] });
    expect(parseSeedList('4294967295')).toEqual({ ok: true, seeds: [2 ** 32 - 1] });
  });
  it('refuses anything else, naming the part', () => {
    for (const bad of ['', 'x', '-3', '5-2', '1.5', '4294967296', '1-2-3', '<b>'])
      expect(parseSeedList(bad).ok, bad).toBe(false);
    expect(parseSeedList('1, abc')).toEqual({ ok: false, message: expect.stringContaining('“abc”') });
  });
  it(`makes at most ${MAX_SHEETS} sheets`, () => {
    expect(parseSeedList(`1-${MAX_SHEETS}`)).toMatchObject({ ok: true });
    expect(parseSeedList(`1-${MAX_SHEETS + 1}`).ok).toBe(false);
    expect(parseSeedList(`1-${MAX_SHEETS}, 1000`).ok).toBe(false);
    expect(parseSeedList('0-4294967295').ok).toBe(false);
  });
});
