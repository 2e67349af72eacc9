import { downsampleIndices } from '../kit/downsampleSeries.ts';
import { raceModel, type MethodRun, type RaceResult } from '../lessons/variance-reduction/raceModel.ts';
import type { RaceState } from './state.ts';

/**
 * Points per method handed to the chart. A 320 px-high chart a few hundred px wide shows no more
 * detail than this, and every extra point costs redraw time on the main thread.
 */
export const RACE_CHART_POINTS = 240;

/**
 * thinRun(run, max) → the run with at most ~max points, evenly spread in passes (the x-axis is
 * linear), keeping the first and last point (where the budget ended or the run diverged) and the
 * first point at 10⁻¹⁰ (so the "reaches 10⁻¹⁰ after …" note matches the curve). Every summary
 * number (reachedAt, divergedAt, ratePerPass) was computed on the full run and is kept as is.
 */
export function thinRun(run: MethodRun, max = RACE_CHART_POINTS): MethodRun {
  const keep = run.reachedAt === null ? [] : [run.points.findIndex((p) => p.passes === run.reachedAt)];
  const idx = downsampleIndices(run.points.length, (i) => run.points[i].passes, { max, keep });
  return idx.length === run.points.length ? run : { ...run, points: idx.map((i) => run.points[i]) };
}

/**
 * raceForChart(state) → raceModel(state) with each method's points thinned for drawing. Runs in
 * the worker, so only the thinned result is copied to the page and drawn.
 */
export function raceForChart(state: RaceState): RaceResult {
  const r = raceModel(state);
  return { ...r, methods: r.methods.map((m) => thinRun(m)) };
}
