import { describe, expect, it } from 'vitest';
import { axisScale, chartBox, linePath, nearestIndex } from './curveGeometry.ts';
import { powersOfTen } from './chartData.ts';

describe('CurveChart geometry', () => {
  it('the plot box sits inside the margins', () => {
    expect(chartBox(600, 300)).toEqual({
      width: 600,
      height: 300,
      left: 66,
      right: 584,
      top: 8,
      bottom: 248,
    });
    const tiny = chartBox(10, 10);
    expect(tiny.right).toBeGreaterThan(tiny.left);
    expect(tiny.bottom).toBeGreaterThan(tiny.top);
  });

  it('a linear y axis widens to round numbers; a linear x axis stays on the data', () => {
    const y = axisScale([0.13, 0.87], { log: false, range: [100, 0], nice: true });
    // Five ticks of 0.2 cover [0.13, 0.87]: the domain becomes [0, 1].
    expect(y.domain).toEqual([0, 1]);
    expect(y.ticks.map((t) => Number(t.toFixed(9)))).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(y.toPx(0)).toBeCloseTo(100);
    expect(y.toPx(0.75)).toBeCloseTo(25);
    const x = axisScale([3, 47], { log: false, range: [0, 440], nice: false });
    expect(x.domain).toEqual([3, 47]);
    expect(x.ticks).toEqual([10, 20, 30, 40]);
    expect(x.toPx(25)).toBeCloseTo(220);
  });

  it('log axes: whole decades on y, the data range with powers of ten inside on x', () => {
    const y = axisScale([3e-5, 0.2], { log: true, range: [200, 0], nice: true });
    expect(y.domain[0]).toBeCloseTo(1e-5, 12);
    expect(y.domain[1]).toBeCloseTo(1);
    expect(y.toPx(1e-5)).toBeCloseTo(200);
    // Halfway between 1e-5 and 1 in log space is 10^-2.5.
    expect(y.toPx(10 ** -2.5)).toBeCloseTo(100);
    const x = axisScale([1, 40], { log: true, range: [0, 100], nice: false });
    expect(x.domain).toEqual([1, 40]);
    expect(x.ticks).toEqual([1, 10]);
  });

  it('ignores non-finite values and non-positive ones on log axes; a single value gets a range', () => {
    const y = axisScale([NaN, Infinity, -1, 0, 1e-3, 1e-1], { log: true, range: [1, 0], nice: true });
    expect(y.domain[0]).toBeCloseTo(1e-3);
    expect(y.domain[1]).toBeCloseTo(0.1);
    const flat = axisScale([5, 5], { log: false, range: [1, 0], nice: true });
    expect(flat.domain[0]).toBeLessThan(5);
    expect(flat.domain[1]).toBeGreaterThan(5);
    const empty = axisScale([], { log: false, range: [0, 1], nice: true });
    expect(empty.domain).toEqual([0, 1]);
  });

  it('a fixed domain is kept; points far outside are clamped, never NaN', () => {
    const y = axisScale([1e9], { log: false, range: [100, 0], fixed: [0, 1], nice: true });
    expect(y.domain).toEqual([0, 1]);
    expect(y.toPx(1e9)).toBe(-1e4);
    expect(powersOfTen([2e-4, 3])).toEqual([1e-3, 1e-2, 1e-1, 1]);
    expect(powersOfTen([2, 3])).toEqual([2, 3]);
  });

  it('paths go through the points and skip what cannot be placed', () => {
    const id = (v: number) => v;
    expect(
      linePath(
        [
          { x: 1, y: 2 },
          { x: 3, y: 4 },
        ],
        id,
        id,
      ),
    ).toBe('M1.0,2.0L3.0,4.0');
    expect(
      linePath(
        [
          { x: 1, y: NaN },
          { x: 3, y: 4 },
          { x: 5, y: 6 },
        ],
        id,
        id,
      ),
    ).toBe('M3.0,4.0L5.0,6.0');
    expect(linePath([], id, id)).toBe('');
  });

  it('the tooltip picks the nearest column', () => {
    const xs = [0, 10, 20, 40];
    expect(nearestIndex(xs, -5)).toBe(0);
    expect(nearestIndex(xs, 14)).toBe(1);
    expect(nearestIndex(xs, 16)).toBe(2);
    expect(nearestIndex(xs, 31)).toBe(3);
    expect(nearestIndex(xs, 99)).toBe(3);
    expect(nearestIndex([], 1)).toBe(-1);
  });
});
