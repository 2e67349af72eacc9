import { useMemo, useState } from 'react';
import { Brush, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../formatNumber.ts';
import { niceTicks } from '../StudyChart/niceTicks.ts';
import { axisStyle, axisTitle, cursorStyle, gridStroke, tooltipStyle } from '../StudyChart/chartTheme.ts';
import {
  clampWindow,
  panWindow,
  runKey,
  runsToRows,
  valuesAt,
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

/** A short line in the run's colour and dash: the legend key. */
function Swatch({ run }: { run: ExplorerRun }) {
  return (
    <svg width="22" height="10" aria-hidden="true" className="wk-rx-swatch">
      <line x1="1" x2="21" y1="5" y2="5" stroke={run.color} strokeWidth="2.5" strokeDasharray={run.dash} />
    </svg>
  );
}

/**
 * The run explorer: recorded curves in a Recharts view a reader studies — a Brush (and buttons)
 * to zoom into any range, legend buttons that hide and show runs, a log/linear y switch and a
 * tooltip listing every run's value at the cursor. Keyboard: the chart takes focus and the arrow
 * keys move the tooltip (Recharts' accessibility layer); the Brush's handles move with the
 * arrows; every other control is a button. Lazily imported (see ExploreRuns): Recharts loads
 * when a reader asks for the explorer.
 */
export default function RunExplorer({ runs, xLabel, yLabel, logY = true, height = 320 }: RunExplorerProps) {
  const [log, setLog] = useState(logY);
  const [hidden, setHidden] = useState<ReadonlySet<number>>(new Set());
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
            <Tooltip
              cursor={cursorStyle}
              isAnimationActive={false}
              content={(p) => (
                <ExplorerTooltip
                  active={p.active}
                  label={p.label}
                  runs={runs}
                  hidden={hidden}
                  xLabel={xLabel}
                />
              )}
            />
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

/** Every run's value at the cursor's step (a hidden run's too, marked), in the runs' order. */
function ExplorerTooltip({
  active,
  label,
  runs,
  hidden,
  xLabel,
}: {
  active?: boolean;
  /** The cursor's step (Recharts passes the x value of the row under it). */
  label?: string | number;
  runs: readonly ExplorerRun[];
  hidden: ReadonlySet<number>;
  xLabel: string;
}) {
  if (!active || label === undefined) return null;
  const at = Number(label);
  return (
    <div style={tooltipStyle} className="wk-rx-tooltip">
      <p className="wk-rx-tip-head">
        {xLabel} = {formatNumber(at)}
      </p>
      <ul>
        {valuesAt(runs, at).map((v, i) => (
          <li key={i} className={hidden.has(i) ? 'wk-rx-off' : undefined}>
            <Swatch run={runs[i]} /> {v.name}: {v.value === null ? '—' : formatNumber(v.value, 4)}
            {v.at !== null && v.at !== at ? ` (at ${formatNumber(v.at)})` : ''}
            {hidden.has(i) ? ' (hidden)' : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
