// Pure data shaping for the run explorer: recorded runs → the row table Recharts draws, values
// made safe for the chosen y scale, the visible window and the y range of what is visible.

/** One recorded run: a name for the legend, a CSS colour, and its curve. */
export interface ExplorerRun {
  name: string;
  color: string;
  points: readonly { step: number; value: number }[];
  /** Dash pattern (SVG stroke-dasharray), so runs differ by more than colour. */
  dash?: string;
}

/** A row: the step, and run i's value at it under the key `r<i>` (null where it has none). */
export type ExplorerRow = { step: number } & Record<`r${number}`, number | null>;

/** The row key of run i (index keys: a run's name may hold dots, which Recharts reads as paths). */
export const runKey = (i: number): `r${number}` => `r${i}`;

/**
 * The value as the chart may draw it: null when it cannot be placed — non-finite on either scale,
 * zero or negative on a log scale (a loss that reached 0 exactly, a diverged run's NaN).
 */
export function plottable(value: number, log: boolean): number | null {
  if (!Number.isFinite(value)) return null;
  if (log && value <= 0) return null;
  return value;
}

/**
 * runsToRows(runs, log) → one row per distinct finite step, ascending; each run's value at that
 * step (its last one if it recorded a step twice), or null when it recorded none there or the
 * value is not plottable on the scale.
 */
export function runsToRows(runs: readonly ExplorerRun[], log: boolean): ExplorerRow[] {
  const byStep = new Map<number, ExplorerRow>();
  runs.forEach((run, i) => {
    for (const p of run.points) {
      if (!Number.isFinite(p.step)) continue;
      let row = byStep.get(p.step);
      if (!row) {
        row = { step: p.step } as ExplorerRow;
        byStep.set(p.step, row);
      }
      row[runKey(i)] = plottable(p.value, log);
    }
  });
  const rows = [...byStep.values()].sort((a, b) => a.step - b.step);
  for (const row of rows) runs.forEach((_, i) => (row[runKey(i)] ??= null));
  return rows;
}

/** A window of rows by index, both ends included. */
export interface RowWindow {
  start: number;
  end: number;
}

/** The window clamped into 0 … n − 1 with start ≤ end (the whole table when it makes no sense). */
export function clampWindow(w: RowWindow, n: number): RowWindow {
  if (n <= 0) return { start: 0, end: 0 };
  const lo = Math.max(0, Math.min(n - 1, Math.round(Number.isFinite(w.start) ? w.start : 0)));
  const hi = Math.max(0, Math.min(n - 1, Math.round(Number.isFinite(w.end) ? w.end : n - 1)));
  return lo <= hi ? { start: lo, end: hi } : { start: hi, end: lo };
}

/**
 * Zooms the window by `factor` around its middle (< 1 zooms in, > 1 out), keeping at least
 * `minRows` rows and staying inside the table.
 */
export function zoomWindow(w: RowWindow, n: number, factor: number, minRows = 4): RowWindow {
  const c = clampWindow(w, n);
  const width = c.end - c.start;
  const target = Math.max(Math.min(minRows, n) - 1, Math.min(n - 1, Math.round(width * factor)));
  const mid = (c.start + c.end) / 2;
  let start = Math.round(mid - target / 2);
  start = Math.max(0, Math.min(n - 1 - target, start));
  return { start, end: start + target };
}

/** Moves the window by `by` rows (negative = left), keeping its width, inside the table. */
export function panWindow(w: RowWindow, n: number, by: number): RowWindow {
  const c = clampWindow(w, n);
  const width = c.end - c.start;
  const start = Math.max(0, Math.min(n - 1 - width, c.start + Math.round(by)));
  return { start, end: start + width };
}

/**
 * The y range of the visible rows over the shown runs: on a log scale whole powers of ten
 * around the data (and those powers as ticks), on a linear one the data's range with 5 %
 * headroom (never below 0 for non-negative data). Undefined when nothing is visible.
 */
export function yRange(
  rows: readonly ExplorerRow[],
  shown: readonly number[],
  log: boolean,
): { domain: [number, number]; ticks?: number[] } | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const row of rows)
    for (const i of shown) {
      const v = row[runKey(i)];
      if (v === null || v === undefined) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  if (!(lo <= hi)) return undefined;
  if (log) {
    const a = Math.floor(Math.log10(lo));
    const b = Math.max(a + 1, Math.ceil(Math.log10(hi)));
    const ticks = Array.from({ length: b - a + 1 }, (_, k) => 10 ** (a + k));
    return { domain: [10 ** a, 10 ** b], ticks };
  }
  const pad = (hi - lo) * 0.05 || Math.abs(hi) * 0.05 || 1;
  return { domain: [lo >= 0 ? Math.max(0, lo - pad) : lo - pad, hi + pad] };
}

/**
 * What the tooltip lists at a step: every run (hidden ones too, marked), with its value at that
 * step, or — where it recorded none there — its nearest recorded point, so every run answers.
 */
export function valuesAt(
  runs: readonly ExplorerRun[],
  step: number,
): { name: string; value: number | null; at: number | null }[] {
  return runs.map((run) => {
    let best: { step: number; value: number } | null = null;
    for (const p of run.points)
      if (Number.isFinite(p.step) && (best === null || Math.abs(p.step - step) < Math.abs(best.step - step)))
        best = p;
    return {
      name: run.name,
      value: best && Number.isFinite(best.value) ? best.value : null,
      at: best ? best.step : null,
    };
  });
}
