import { describe, expect, it } from 'vitest';
import { downsampleIndices, downsampleSeries } from './downsampleSeries.ts';

describe('downsampleIndices(n, x, { max, logX, keep })', () => {
  it('returns every index when there are no more than max points', () => {
    expect(downsampleIndices(5, (i) => i, { max: 10 })).toEqual([0, 1, 2, 3, 4]);
  });
  it('keeps at most max points, both ends included, evenly spread in x on a linear axis', () => {
    const idx = downsampleIndices(1001, (i) => i / 10, { max: 11 });
    expect(idx).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
  });
  it('spreads evenly in log x on a log axis, so the early decades keep their points', () => {
    const xs = Array.from({ length: 10_000 }, (_, i) => i + 1);
    const idx = downsampleIndices(xs.length, (i) => xs[i], { max: 5, logX: true });
    expect(idx.map((i) => xs[i])).toEqual([1, 10, 100, 1000, 10_000]);
  });
  it('follows x, not the index: a dense stretch of x does not get more than its share', () => {
    // 900 points crowded in [0, 1], 100 spread over (1, 100].
    const xs = [
      ...Array.from({ length: 900 }, (_, i) => i / 899),
      ...Array.from({ length: 100 }, (_, i) => 1.99 + i),
    ];
    const idx = downsampleIndices(xs.length, (i) => xs[i], { max: 21 });
    expect(idx.filter((i) => xs[i] <= 1).length).toBeLessThanOrEqual(2);
    expect(idx.length).toBeLessThanOrEqual(21);
  });
  it('always keeps the indices asked for (e.g. where a run diverged), even off the grid', () => {
    const idx = downsampleIndices(1000, (i) => i, { max: 10, keep: [537, -1, 5000] });
    expect(idx).toContain(537);
    expect(idx).toContain(0);
    expect(idx).toContain(999);
    expect(idx.length).toBeLessThanOrEqual(11);
  });
  it('keeps non-positive x on a log axis as they come and never loops forever on constant x', () => {
    expect(downsampleIndices(6, (i) => i, { max: 3, logX: true })).toContain(0);
    expect(downsampleIndices(100, () => 3, { max: 5 })).toEqual([0, 99]);
  });
});

describe('downsampleSeries(points, x, options)', () => {
  it('returns the chosen points in order', () => {
    const pts = Array.from({ length: 101 }, (_, i) => ({ passes: i, gap: 2 ** -i }));
    const d = downsampleSeries(pts, (p) => p.passes, { max: 5 });
    expect(d.map((p) => p.passes)).toEqual([0, 25, 50, 75, 100]);
  });
});
