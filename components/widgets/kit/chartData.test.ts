import { describe, expect, it } from 'vitest';
import { cleanPoints, downsample, logDomain, mergeSeries, tightLogAxis } from './chartData.ts';

describe('cleanPoints(points, logX, logY)', () => {
  it('drops non-finite points always and non-positive ones on log axes', () => {
    const pts = [
      { x: 0, y: 1 },
      { x: 1, y: NaN },
      { x: 2, y: -1 },
      { x: 3, y: Infinity },
      { x: 4, y: 2 },
    ];
    expect(cleanPoints(pts, false, false)).toEqual([
      { x: 0, y: 1 },
      { x: 2, y: -1 },
      { x: 4, y: 2 },
    ]);
    expect(cleanPoints(pts, true, true)).toEqual([{ x: 4, y: 2 }]);
  });
});

describe('downsample(points, max, logX)', () => {
  const pts = Array.from({ length: 1000 }, (_, i) => ({ x: i + 1, y: i }));
  it('keeps at most max points including both ends', () => {
    const d = downsample(pts, 50, false);
    expect(d.length).toBeLessThanOrEqual(50);
    expect(d[0]).toEqual(pts[0]);
    expect(d[d.length - 1]).toEqual(pts[999]);
  });
  it('keeps every early point when spacing logarithmically', () => {
    const d = downsample(pts, 100, true);
    expect(d.slice(0, 5).map((p) => p.x)).toEqual([1, 2, 3, 4, 5]);
    expect(d[d.length - 1].x).toBe(1000);
  });
  it('returns short inputs unchanged', () => {
    expect(downsample(pts.slice(0, 3), 10, false)).toEqual(pts.slice(0, 3));
  });
});

describe('mergeSeries(series)', () => {
  it('builds one row per x with a column per series', () => {
    expect(
      mergeSeries([
        {
          id: 'a',
          points: [
            { x: 1, y: 5 },
            { x: 2, y: 6 },
          ],
        },
        { id: 'b', points: [{ x: 2, y: 7 }] },
      ]),
    ).toEqual([
      { x: 1, a: 5 },
      { x: 2, a: 6, b: 7 },
    ]);
  });
});

describe('logDomain(values)', () => {
  it('rounds out to powers of ten', () => {
    expect(logDomain([0.003, 42])).toEqual({ domain: [1e-3, 100], ticks: [1e-3, 1e-2, 1e-1, 1, 10, 100] });
  });
  it('thins ticks over many decades and falls back when nothing is positive', () => {
    const { ticks } = logDomain([1e-12, 1e4]);
    expect(ticks.length).toBeLessThanOrEqual(10);
    expect(logDomain([0, -1]).domain).toEqual([1e-3, 1]);
  });
});

describe('tightLogAxis(values)', () => {
  it('keeps the data range and ticks the powers of ten inside it', () => {
    expect(tightLogAxis([1, 50, 3000])).toEqual({ domain: [1, 3000], ticks: [1, 10, 100, 1000] });
  });
  it('ticks the ends when fewer than two powers of ten fit', () => {
    expect(tightLogAxis([2, 40])).toEqual({ domain: [2, 40], ticks: [2, 40] });
  });
});
