import { describe, expect, it } from 'vitest';
import { distinctOrNaN } from './distinct.ts';

describe('distinctOrNaN', () => {
  it('keeps a slip that no rounding confuses with the key', () => {
    expect(distinctOrNaN(0.5, { sigFigs: 3 }, 0.25)).toBe(0.5);
  });
  it('drops a slip whose 3-figure rounding lands on the key', () => {
    // 0.12349 rounds to 0.123, which is within half a unit of the key 0.1233.
    expect(distinctOrNaN(0.12349, { sigFigs: 3 }, 0.1233)).toBeNaN();
  });
  it('drops a slip equal to an earlier slip, and non-finite values', () => {
    expect(distinctOrNaN(2, { sigFigs: 3 }, 1, 2)).toBeNaN();
    expect(distinctOrNaN(Infinity, { sigFigs: 3 }, 1)).toBeNaN();
  });
  it('ignores NaN among the others (slips that do not apply)', () => {
    expect(distinctOrNaN(3, { sigFigs: 3 }, NaN, 1)).toBe(3);
  });
});
