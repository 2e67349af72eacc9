import { describe, expect, it } from 'vitest';
import {
  clampWindow,
  panWindow,
  plottable,
  runsToRows,
  valuesAt,
  yRange,
  zoomWindow,
  type ExplorerRun,
} from './runRows.ts';

const run = (name: string, pts: [number, number][]): ExplorerRun => ({
  name,
  color: 'red',
  points: pts.map(([step, value]) => ({ step, value })),
});

describe('plottable(value, log)', () => {
  it('drops what a scale cannot place', () => {
    expect(plottable(NaN, false)).toBeNull();
    expect(plottable(Infinity, true)).toBeNull();
    expect(plottable(0, true)).toBeNull();
    expect(plottable(-2, true)).toBeNull();
    expect(plottable(-2, false)).toBe(-2);
    expect(plottable(0, false)).toBe(0);
    expect(plottable(3e-9, true)).toBe(3e-9);
  });
});

describe('runsToRows(runs, log)', () => {
  const a = run('a', [
    [0, 1],
    [10, 0.5],
    [20, 0],
  ]);
  const b = run('b.with.dots', [
    [5, 2],
    [10, NaN],
    [20, 0.1],
  ]);
  it('merges the steps of every run, ascending, a null where a run recorded nothing', () => {
    const rows = runsToRows([a, b], false);
    expect(rows.map((r) => r.step)).toEqual([0, 5, 10, 20]);
    expect(rows.map((r) => [r.r0, r.r1])).toEqual([
      [1, null],
      [null, 2],
      [0.5, null],
      [0, 0.1],
    ]);
  });
  it('on a log scale leaves out zeros (the value, not the row)', () => {
    const rows = runsToRows([a, b], true);
    expect(rows.find((r) => r.step === 20)).toEqual({ step: 20, r0: null, r1: 0.1 });
  });
  it('keeps every recorded finite value: the row count is the distinct finite steps', () => {
    const c = run('c', [
      [NaN, 1],
      [3, 1],
      [3, 2],
    ]);
    const rows = runsToRows([c], false);
    expect(rows).toEqual([{ step: 3, r0: 2 }]);
    expect(runsToRows([], true)).toEqual([]);
  });
});

describe('windows', () => {
  it('clampWindow puts any window inside the table, ends in order', () => {
    expect(clampWindow({ start: -5, end: 400 }, 100)).toEqual({ start: 0, end: 99 });
    expect(clampWindow({ start: 60, end: 10 }, 100)).toEqual({ start: 10, end: 60 });
    expect(clampWindow({ start: NaN, end: NaN }, 10)).toEqual({ start: 0, end: 9 });
    expect(clampWindow({ start: 3, end: 4 }, 0)).toEqual({ start: 0, end: 0 });
  });
  it('zoomWindow halves the width around the middle, and stops at minRows', () => {
    const w = zoomWindow({ start: 0, end: 100 }, 101, 0.5);
    expect(w.end - w.start).toBe(50);
    expect((w.start + w.end) / 2).toBe(50);
    let z = { start: 0, end: 100 };
    for (let k = 0; k < 20; k++) z = zoomWindow(z, 101, 0.5);
    expect(z.end - z.start).toBe(3);
  });
  it('zoomWindow out never leaves the table', () => {
    // Width 19 × 4 = 76 rows, pushed left off the end: 99 − 76 = 23.
    expect(zoomWindow({ start: 80, end: 99 }, 100, 4)).toEqual({ start: 99 - 19 * 4, end: 99 });
    expect(zoomWindow({ start: 0, end: 99 }, 100, 2)).toEqual({ start: 0, end: 99 });
  });
  it('panWindow keeps the width and stops at the ends', () => {
    expect(panWindow({ start: 10, end: 20 }, 100, 5)).toEqual({ start: 15, end: 25 });
    expect(panWindow({ start: 10, end: 20 }, 100, -50)).toEqual({ start: 0, end: 10 });
    expect(panWindow({ start: 10, end: 20 }, 100, 500)).toEqual({ start: 89, end: 99 });
  });
});

describe('yRange(rows, shown, log)', () => {
  const rows = runsToRows(
    [
      run('a', [
        [0, 0.3],
        [1, 0.002],
      ]),
      run('b', [
        [0, 40],
        [1, 7],
      ]),
    ],
    true,
  );
  it('on a log scale spans whole powers of ten around the shown runs, those powers as ticks', () => {
    expect(yRange(rows, [0, 1], true)).toEqual({
      domain: [1e-3, 100],
      ticks: [1e-3, 1e-2, 1e-1, 1, 10, 100],
    });
    // Hiding run b shrinks the range to run a's.
    expect(yRange(rows, [0], true)?.domain).toEqual([1e-3, 1]);
  });
  it('on a linear scale pads the data range, never below 0 for non-negative data', () => {
    const r = yRange(rows, [1], false)!;
    expect(r.domain[0]).toBeCloseTo(Math.max(0, 7 - 0.05 * 33), 12);
    expect(r.domain[1]).toBeCloseTo(40 + 0.05 * 33, 12);
  });
  it('is undefined when no shown run has a value', () => {
    expect(yRange(rows, [], true)).toBeUndefined();
  });
});

describe('valuesAt(runs, step)', () => {
  it('answers for every run: its value at the step or at its nearest recorded one', () => {
    const runs = [
      run('a', [
        [0, 1],
        [10, 0.5],
      ]),
      run('b', [
        [0, 2],
        [4, NaN],
      ]),
      run('c', []),
    ];
    expect(valuesAt(runs, 9)).toEqual([
      { name: 'a', value: 0.5, at: 10 },
      { name: 'b', value: null, at: 4 },
      { name: 'c', value: null, at: null },
    ]);
  });
});
