import { describe, expect, it } from 'vitest';
import { SEED_MAX, nextSeed, seedField } from './seed.ts';

describe('nextSeed(seed)', () => {
  it('stays a valid seed, always changes it, and never sends two seeds to the same one', () => {
    const seen = new Uint8Array(SEED_MAX + 1);
    for (let s = 0; s <= SEED_MAX; s++) {
      const n = nextSeed(s);
      expect(Number.isInteger(n) && n >= 0 && n <= SEED_MAX).toBe(true);
      if (n === s) expect.fail(`nextSeed(${s}) = ${s}`);
      if (seen[n]++) expect.fail(`two seeds move to ${n}`);
    }
  });
});

describe('seedField(defaultSeed)', () => {
  it('is an integer 0 … 999 999 with the given default', () => {
    expect(seedField(3).parse(undefined)).toBe(3);
    expect(seedField().safeParse(SEED_MAX + 1).success).toBe(false);
    expect(seedField().safeParse(1.5).success).toBe(false);
  });
});
