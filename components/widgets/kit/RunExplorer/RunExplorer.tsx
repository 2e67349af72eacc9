import { useMemo, useState } from 'react';
import { Brush, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../formatNumber.ts';
import { niceTicks } from '../StudyChart/niceTicks.ts';
import { axisStyle, axisTitle, cursorStyle, gridStroke } from '../StudyChart/chartTheme.ts';
import { RunReadout, Swatch } from './RunReadout.tsx';
import {
  clampWindow,
  panWindow,
  runKey,
  runsToRows,
  yRange,
  zoomWindow,
  type ExplorerRun,
  type RowWindow,
} from './runRows.ts';

export interface RunExplorerProps {
  /** The recorded curves: per run a name, a CSS colour, points {step, value} (and a dash). */
  runs: readonly ExplorerRun[];
  /** The x axis title ("update t", "epochs"). */
  xLabel: string;
  /** The y axis title ("f(θ) − f*"). */
  yLabel: string;
  /** Start on a log y scale (default true: losses span decades). */
  logY?: boolean;
  /** Chart height in px (default 320). */
  height?: number;
}

/** The last finite value a run recorded, for its legend entry and the text alternative. */
function lastValue(run: ExplorerRun): { step: number; value: number } | undefined {
  for (let k = run.points.length - 1; k >= 0; k--)
    if (Number.isFinite(run.points[k].value)) return run.points[k];
  return undefined;
}

/**
 * The run explorer: recorded curves in a Recharts view a reader studies — a Brush (and buttons)
 * to zoom into any range, legend buttons that hide and show runs, a log/linear y switch and a
 * readout listing every run's value at the cursor, in a panel under the chart (RunReadout), not
 * over it. Keyboard: the chart takes focus and the arrow keys move the cursor (Recharts'
 * accessibility layer), the readout follows and is read out (aria-live); the Brush's handles
 * move with the arrows; every other control is a button. Lazily imported (see ExploreRuns): Recharts loads
 * when a reader asks for the explorer.
 */
export default function RunExplorer({ runs, xLabel, yLabel, logY = true, height = 320 }: RunExplorerProps) {
  const [log, setLog] = useState(logY);
  const [hidden, setHidden] = useState<ReadonlySet<number>>(new Set());
  // The readout panel, where Recharts' tooltip renders through its portal (see RunReadout).
  const [readout, setReadout] = useState<HTMLDivElement | null>(null);
  const rows = useMemo(() => runsToRows(runs, log), [runs, log]);
  const n = rows.length;
  const [win, setWin] = useState<RowWindow>({ start: 0, end: Math.max(0, n - 1) });
  const w = clampWindow(win, n);
  const shown = runs.map((_, i) => i).filter((i) => !hidden.has(i));
  const range = yRange(rows.slice(w.start, w.end + 1), shown, log);
  const whole = w.start === 0 && w.end === n - 1;
  const step = (i: number) => formatNumber(rows[i]?.step ?? NaN);
  const toggle = (i: number) =>
    setHidden((h) => {
      const next = new Set(h);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });
  // Round steps in the visible range (700, 800 …), not Recharts' even splits of it (660, 755 …).
  const xTicks = n > 0 ? niceTicks(rows[w.start].step, rows[w.end].step, 5) : undefined;
  const pan = Math.max(1, Math.round((w.end - w.start) / 4));

  const summary = runs
    .map((r) => {
      const last = lastValue(r);
      return last
        ? `${r.name}: ${formatNumber(last.value)} at ${formatNumber(last.step)}`
        : `${r.name}: no value`;
    })
    .join('; ');

  if (n === 0) return <p className="wk-rx-empty">No recorded values to explore.</p>;

  return (
    <div className="wk-rx">
      <div className="wk-rx-toolbar" role="group" aria-label="Zoom and scale">
        <button type="button" aria-pressed={log} onClick={() => setLog((l) => !l)}>
          Log scale
        </button>
        <button type="button" onClick={() => setWin(zoomWindow(w, n, 0.5))} disabled={w.end - w.start <= 3}>
          Zoom in
        </button>
        <button type="button" onClick={() => setWin(zoomWindow(w, n, 2))} disabled={whole}>
          Zoom out
        </button>
        <button type="button" onClick={() => setWin(panWindow(w, n, -pan))} disabled={w.start === 0}>
          ← Earlier
        </button>
        <button type="button" onClick={() => setWin(panWindow(w, n, pan))} disabled={w.end === n - 1}>
          Later →
        </button>
        <button type="button" onClick={() => setWin({ start: 0, end: n - 1 })} disabled={whole}>
          Show all
        </button>
      </div>
      <p className="wk-rx-range" aria-live="polite">
        Showing {xLabel} {step(w.start)} to {step(w.end)}
        {whole ? ' (the whole run)' : ` of ${step(0)} to ${step(n - 1)}`}; y on a {log ? 'log' : 'linear'}{' '}
        scale{shown.length < runs.length ? `; ${runs.length - shown.length} hidden` : ''}.
      </p>
      <div
        className="wk-rx-chart"
        role="figure"
        aria-label={`${yLabel} against ${xLabel} for ${runs.length} runs. Last values: ${summary}.`}
        style={{ height }}
      >
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
          <LineChart data={rows} accessibilityLayer margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
            <CartesianGrid stroke={gridStroke} strokeDasharray="2 3" />
            <XAxis
              dataKey="step"
              type="number"
              domain={['dataMin', 'dataMax']}
              ticks={xTicks}
              tickFormatter={(v: number) => formatNumber(v)}
              label={axisTitle(xLabel, 'insideBottom')}
              height={36}
              {...axisStyle}
            />
            <YAxis
              scale={log ? 'log' : 'linear'}
              domain={range?.domain ?? ['auto', 'auto']}
              ticks={range?.ticks}
              allowDataOverflow
              tickFormatter={(v: number) => formatNumber(v, 2)}
              label={axisTitle(yLabel, 'insideLeft')}
              width={66}
              {...axisStyle}
            />
            {/* Rendered once the panel exists: without a portal Recharts would float it over the plot. */}
            {readout && (
              <Tooltip
                cursor={cursorStyle}
                isAnimationActive={false}
                portal={readout}
                // Recharts hides its tooltip while no cursor is on the chart; the readout then
                // shows the last step in view, so it stays (and keeps its height).
                wrapperStyle={{ visibility: 'visible' }}
                content={(p) => (
                  <RunReadout
                    active={p.active}
                    label={p.label}
                    restStep={rows[w.end].step}
                    runs={runs}
                    hidden={hidden}
                    xLabel={xLabel}
                  />
                )}
              />
            )}
            {runs.map((r, i) => (
              <Line
                key={i}
                dataKey={runKey(i)}
                name={r.name}
                stroke={r.color}
                strokeDasharray={r.dash}
                strokeWidth={2}
                dot={false}
                hide={hidden.has(i)}
                connectNulls
                isAnimationActive={false}
              />
            ))}
            <Brush
              dataKey="step"
              height={26}
              startIndex={w.start}
              endIndex={w.end}
              onChange={(b) => setWin({ start: b.startIndex ?? 0, end: b.endIndex ?? n - 1 })}
              stroke="var(--accent)"
              fill="var(--bg-soft)"
              tickFormatter={(v: number) => formatNumber(v)}
              ariaLabel={`Visible range of ${xLabel}: drag or use the arrow keys on either handle`}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <div
        ref={setReadout}
        className="wk-rx-readout"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        aria-label="Values at the cursor"
      />
      <ul className="wk-rx-legend" aria-label="Runs: press to hide or show">
        {runs.map((r, i) => {
          const last = lastValue(r);
          return (
            <li key={i}>
              <button type="button" aria-pressed={!hidden.has(i)} onClick={() => toggle(i)}>
                <Swatch run={r} />
                <span className="wk-rx-name">{r.name}</span>
                <span className="wk-rx-last">{last ? `last ${formatNumber(last.value)}` : 'no value'}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
