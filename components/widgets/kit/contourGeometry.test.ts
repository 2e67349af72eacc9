import { contours } from 'd3-contour';
import { describe, expect, it } from 'vitest';
import {
  contourPaths,
  logLevels,
  polylinePath,
  ringsPath,
  sampleGrid,
  type Point,
} from './contourGeometry.ts';
import { pathRings } from './testing/pathRings.ts';

const near = (a: Point, b: Point) => Math.abs(a[0] - b[0]) < 1e-6 && Math.abs(a[1] - b[1]) < 1e-6;
const rounded = (p: Point): Point => [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];

/** p lies on the segment a–b (within rounding). */
function onSegment(p: Point, a: Point, b: Point): boolean {
  const cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
  const within = (v: number, u: number, w: number) =>
    v >= Math.min(u, w) - 1e-9 && v <= Math.max(u, w) + 1e-9;
  return Math.abs(cross) < 1e-6 && within(p[0], a[0], b[0]) && within(p[1], a[1], b[1]);
}

/**
 * The drawn ring equals the traced one at 0.1 px: its points are the traced points, rounded, in
 * order, and every traced point left out lies on the edge that replaces it.
 */
function expectSameRing(drawn: Point[], traced: readonly Point[]) {
  const want = traced.map(rounded);
  if (want.length > 1 && near(want[0], want[want.length - 1])) want.pop();
  let k = 0;
  for (let i = 0; i < drawn.length; i++) {
    while (k < want.length && !near(want[k], drawn[i])) {
      const prev = drawn[i - 1] ?? drawn[drawn.length - 1];
      expect(onSegment(want[k], prev, drawn[i]), `left-out point ${want[k]}`).toBe(true);
      k++;
    }
    expect(k < want.length, `drawn point ${drawn[i]} is not a traced point`).toBe(true);
    k++;
  }
  for (; k < want.length; k++) expect(onSegment(want[k], drawn[drawn.length - 1], drawn[0])).toBe(true);
}

const bowl = (x: number, y: number) => x * x + 4 * y * y;
const domain = { x: [-2, 2] as const, y: [-1, 1] as const };

describe('sampleGrid(f, domain, n)', () => {
  it('evaluates f at cell centres, row by row in y', () => {
    const { values, min, max } = sampleGrid(bowl, domain, 4);
    expect(values[0]).toBeCloseTo(bowl(-1.5, -0.75), 12);
    expect(values[1]).toBeCloseTo(bowl(-0.5, -0.75), 12);
    expect(values[4]).toBeCloseTo(bowl(-1.5, -0.25), 12);
    expect(min).toBeCloseTo(bowl(0.5, 0.25), 12);
    expect(max).toBeCloseTo(bowl(1.5, 0.75), 12);
  });
  it('replaces non-finite values by the largest finite value', () => {
    const { values, max } = sampleGrid((x) => (x > 0 ? Infinity : -x), domain, 4);
    expect([...values].every(Number.isFinite)).toBe(true);
    expect(values[3]).toBe(max);
  });
});

describe('logLevels(floor, fmax, count)', () => {
  it('spaces gaps above the floor geometrically from 1e-3 to 0.9 of the range', () => {
    const lv = logLevels(1, 101, 4);
    expect(lv[0]).toBeCloseTo(1.1, 12);
    expect(lv[3]).toBeCloseTo(91, 12);
    const ratios = [1, 2].map((k) => (lv[k + 1] - 1) / (lv[k] - 1));
    expect(ratios[0]).toBeCloseTo(ratios[1], 12);
  });
  it('returns nothing for an empty or non-finite range', () => {
    expect(logLevels(1, 1, 5)).toEqual([]);
    expect(logLevels(0, Infinity, 5)).toEqual([]);
  });
});

describe('contourPaths(values, n, levels, toPx)', () => {
  it('traces one closed path per level around the minimum of a bowl', () => {
    const n = 32;
    const { values } = sampleGrid(bowl, domain, n);
    const paths = contourPaths(values, n, [0.5, 1], (gx, gy) => [gx * 10, gy * 10]);
    expect(paths.map((p) => p.level)).toEqual([0.5, 1]);
    for (const p of paths) {
      expect(p.d.startsWith('M')).toBe(true);
      expect(p.d.endsWith('z')).toBe(true);
      // Every vertex lies inside the 320×320 drawing.
      for (const [x, y] of pathRings(p.d).flat()) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(320);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(320);
      }
    }
  });

  it('draws exactly the rings d3-contour traces, to 0.1 px, in fewer points', () => {
    // A tilted valley cut off by the grid's edge, with a level set of several rings.
    const valley = (x: number, y: number) => (x + 0.3 * y) ** 2 + 3 * Math.sin(2 * y) ** 2;
    const n = 48;
    const { values } = sampleGrid(valley, domain, n);
    const toPx = (gx: number, gy: number): Point => [44 + gx * 8.4583, 384 - gy * 7.7917];
    const levels = [0.05, 0.4, 1.5, 3];
    const traced = contours().size([n, n]).thresholds(levels)(Array.from(values));
    const paths = contourPaths(values, n, levels, toPx);
    let tracedPoints = 0;
    let drawnPoints = 0;
    paths.forEach((p, li) => {
      const rings = traced[li].coordinates.flatMap((poly) =>
        poly.map((ring) => ring.map(([gx, gy]) => toPx(gx, gy))),
      );
      const drawn = pathRings(p.d);
      expect(drawn).toHaveLength(rings.length);
      drawn.forEach((r, k) => expectSameRing(r, rings[k]));
      tracedPoints += rings.flat().length;
      drawnPoints += drawn.flat().length;
    });
    expect(drawnPoints).toBeLessThan(tracedPoints);
  });
});

describe('ringsPath(rings)', () => {
  it('writes relative moves and lines, each number as short as SVG allows', () => {
    const d = ringsPath([
      [
        [10, 10],
        [10.5, 10],
        [10.5, 12.25],
        [10, 10],
      ],
      [
        [20, 5],
        [19.4, 5],
        [20, 5],
      ],
    ]);
    expect(d).toBe('M10 10l.5 0 0 2.3z' + 'm10-5l-.6 0z');
    expect(pathRings(d)).toEqual([
      [
        [10, 10],
        [10.5, 10],
        [10.5, 12.3],
      ],
      [
        [20, 5],
        [19.4, 5],
      ],
    ]);
  });

  it('leaves out points where a ring runs straight on, and points that round onto the last', () => {
    const edge: Point[] = [
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
      [3, 1],
      [3, 1.01],
      [3, 2],
      [0, 2],
      [0, 0],
    ];
    expect(pathRings(ringsPath([edge]))).toEqual([
      [
        [0, 0],
        [3, 0],
        [3, 2],
        [0, 2],
      ],
    ]);
  });

  it('keeps a point where a ring turns back on itself', () => {
    const spike: Point[] = [
      [0, 0],
      [2, 0],
      [1, 0],
      [1, 1],
    ];
    expect(pathRings(ringsPath([spike]))[0]).toHaveLength(4);
  });

  it('writes nothing for no rings', () => {
    expect(ringsPath([])).toBe('');
  });
});

describe('polylinePath(points, toPx)', () => {
  it('stops at the first non-finite point so NaN is never drawn', () => {
    const d = polylinePath(
      [
        [0, 0],
        [1, 1],
        [NaN, 2],
        [3, 3],
      ],
      (x, y) => [x, y],
    );
    expect(d).toBe('M0.0,0.0L1.0,1.0');
  });
  it('clamps points far outside the drawing', () => {
    expect(
      polylinePath(
        [
          [0, 0],
          [1e9, -1e9],
        ],
        (x, y) => [x, y],
      ),
    ).toBe('M0.0,0.0L10000.0,-10000.0');
  });
});
