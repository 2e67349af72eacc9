import { describe, expect, it } from 'vitest';
import { logSpacedSteps, recordSteps } from './logSpacedSteps.ts';

const strictlyIncreasing = (s: number[]) => s.every((v, i) => i === 0 || v > s[i - 1]);

describe('logSpacedSteps(T, perDecade)', () => {
  it('spans 1 … T in whole, distinct, ascending steps, about perDecade per decade', () => {
    for (const T of [2, 7, 100, 1000, 12_345]) {
      const s = logSpacedSteps(T, 40);
      expect(s[0]).toBe(1);
      expect(s.at(-1)).toBe(T);
      expect(s.every(Number.isInteger)).toBe(true);
      expect(strictlyIncreasing(s)).toBe(true);
    }
    // Whole decades: 10^(k/40) for k = 0 … 120, and every step below 40 once (they round together there).
    const s = logSpacedSteps(1000, 40);
    expect(s.filter((t) => t >= 100)).toHaveLength(41);
    expect(s.slice(0, 5)).toEqual([1, 2, 3, 4, 5].filter((t) => s.includes(t)));
  });
});

describe('recordSteps(T, count)', () => {
  it('starts at 0, then 1, ends at T, strictly increasing, about `count` steps', () => {
    const s = recordSteps(3000);
    expect(s.slice(0, 2)).toEqual([0, 1]);
    expect(s.at(-1)).toBe(3000);
    expect(strictlyIncreasing(s)).toBe(true);
    expect(s.length).toBeLessThanOrEqual(62);
    expect(s.length).toBeGreaterThan(40);
  });
});
