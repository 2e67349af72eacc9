import { describe, expect, it } from 'vitest';
import type { MethodRun } from '../lessons/variance-reduction/raceModel.ts';
import { raceForChart, thinRun } from './raceForChart.ts';
import { raceSchema } from './state.ts';

const longRun = (over: Partial<MethodRun> = {}): MethodRun => ({
  id: 'saga',
  label: 'SAGA',
  lr: 0.1,
  points: Array.from({ length: 2001 }, (_, k) => ({ passes: k / 20, gap: 0.9 ** k, variance: NaN })),
  snapshots: [],
  divergedAt: null,
  reachedAt: null,
  ratePerPass: 0.5,
  ...over,
});

describe('thinRun(run, max)', () => {
  it('leaves a run that already fits untouched (the same object)', () => {
    const r = longRun();
    const short = { ...r, points: r.points.slice(0, 50) };
    expect(thinRun(short, 240)).toBe(short);
  });
  it('keeps at most ~max points, the first and the last, spread evenly in passes', () => {
    const r = longRun();
    const t = thinRun(r, 101);
    expect(t.points.length).toBeLessThanOrEqual(101);
    expect(t.points[0]).toBe(r.points[0]);
    expect(t.points.at(-1)).toBe(r.points.at(-1));
    const gaps = t.points.slice(1).map((p, k) => p.passes - t.points[k].passes);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThan(1e-9);
    expect(t.ratePerPass).toBe(r.ratePerPass);
  });
  it('keeps the point where the run first reached 10⁻¹⁰, even off the grid', () => {
    const r = longRun({ reachedAt: 33.35 });
    expect(thinRun(r, 50).points.some((p) => p.passes === 33.35)).toBe(true);
  });
  it('keeps the last recorded point of a diverged run, so the curve stops where it stopped', () => {
    const r = longRun({ divergedAt: 71.3 });
    const cut = { ...r, points: r.points.slice(0, 1427) };
    expect(thinRun(cut, 60).points.at(-1)).toBe(cut.points.at(-1));
  });
});

describe('raceForChart(state)', () => {
  it('caps every method at the chart budget even at the longest, largest setting', () => {
    const r = raceForChart({ ...raceSchema.parse({}), n: 10, passes: 60 });
    for (const m of r.methods) expect(m.points.length).toBeLessThanOrEqual(241);
  });
});
