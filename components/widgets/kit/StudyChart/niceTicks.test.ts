import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { niceTicks } from './niceTicks.ts';

describe('niceTicks(lo, hi, count)', () => {
  it("agrees with d3-scale's linear ticks (the second route) over many ranges", () => {
    const ranges: [number, number, number][] = [
      [0, 99, 5],
      [1, 60, 5],
      [660, 1040, 5],
      [0, 0.1, 4],
      [2e-5, 3.7e-3, 5],
      [-3, 7, 6],
      [0, 1500, 5],
      [12, 13, 3],
    ];
    for (const [lo, hi, n] of ranges)
      expect(niceTicks(lo, hi, n), `${lo}…${hi}`).toEqual(
        scaleLinear()
          .domain([lo, hi])
          .ticks(n)
          .map((t) => Number(t.toPrecision(12))),
      );
  });
  it('handles reversed, empty and unreadable ranges without throwing', () => {
    expect(niceTicks(10, 0, 5)).toEqual(niceTicks(0, 10, 5));
    expect(niceTicks(3, 3)).toEqual([3]);
    expect(niceTicks(NaN, 1)).toEqual([]);
    expect(niceTicks(0, Infinity)).toEqual([]);
    expect(niceTicks(0, 1, 0)).toEqual([]);
  });
});
