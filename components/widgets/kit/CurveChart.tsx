import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { cleanPoints, downsample, logDomain, mergeSeries, tightLogAxis, type XY } from './chartData.ts';
import { formatNumber } from './formatNumber.ts';
import { Legend } from './Legend.tsx';
import { seriesStyle } from './palette.ts';
import { useElementWidth } from './useElementWidth.ts';

export interface CurveSeries {
  id: string;
  label: string;
  points: readonly XY[];
  color?: string;
  dash?: string;
  /** Shown in the legend, e.g. "diverged at step 40". */
  note?: string;
  /** Mark each point with a dot (measurements); default false (a plain line). */
  dots?: boolean;
  /** Draw only the dots, no connecting line (default false). */
  noLine?: boolean;
}

export interface ReferenceY { y: number; label: string; color?: string }
export interface ReferenceX { x: number; label: string; color?: string }

export interface CurveChartProps {
  series: readonly CurveSeries[];
  /** The chart's text alternative: what it shows and the outcome, in a sentence. */
  label: string;
  xLabel: string;
  yLabel: string;
  logX?: boolean;
  logY?: boolean;
  /** Pixel height (the width follows the container). Reserved before hydration. */
  height?: number;
  /** Horizontal reference lines, e.g. a theoretical floor. */
  referenceLines?: readonly ReferenceY[];
  /** Vertical reference lines, e.g. the current batch size. */
  referenceXs?: readonly ReferenceX[];
  /** Offer the data as a table in a <details> (default true). */
  table?: boolean;
  /** At most this many points per series are drawn (default 200). */
  maxPoints?: number;
  /** Force the y range (otherwise: powers of ten on log axes, Recharts' auto otherwise). */
  yDomain?: readonly [number, number];
}

/**
 * Several curves on shared axes (Recharts), with optional log-x/log-y, a shared tooltip, a
 * legend and a data-table alternative. Non-finite points and non-positive points on log axes
 * are dropped before drawing. Memoised: pass stable (useMemo'd) series so unrelated state
 * changes of the widget do not re-render the chart.
 */
export const CurveChart = memo(function CurveChart({ series, label, xLabel, yLabel, logX = false, logY = false, height = 300, referenceLines = [], referenceXs = [], table = true, maxPoints = 200, yDomain }: CurveChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const styled = useMemo(() => series.map((s, i) => {
    const st = seriesStyle(i);
    return { ...s, color: s.color ?? st.color, dash: s.dash ?? st.dash, points: downsample(cleanPoints(s.points, logX, logY), maxPoints, logX) };
  }), [series, logX, logY, maxPoints]);
  const rows = useMemo(() => mergeSeries(styled), [styled]);
  const yAxis = useMemo(() => {
    if (yDomain) return { domain: [yDomain[0], yDomain[1]] as [number, number], ticks: undefined };
    if (!logY) return { domain: ['auto', 'auto'] as [string, string], ticks: undefined };
    const ys = styled.flatMap((s) => s.points.map((p) => p.y)).concat(referenceLines.map((r) => r.y));
    return logDomain(ys);
  }, [styled, logY, yDomain, referenceLines]);
  const xAxis = useMemo(() => (logX ? tightLogAxis(styled.flatMap((s) => s.points.map((p) => p.x))) : { domain: ['dataMin', 'dataMax'] as [string, string], ticks: undefined }), [styled, logX]);
  const names = Object.fromEntries(styled.map((s) => [s.id, s.label]));

  return (
    <div className="wk-chart">
      <div ref={ref} role="img" aria-label={label} style={{ height }}>
        {width > 0 && (
          <LineChart width={width} height={height} data={rows} margin={{ top: 8, right: 16, bottom: 22, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke="var(--plot-grid)" />
            <XAxis
              dataKey="x"
              type="number"
              scale={logX ? 'log' : 'linear'}
              domain={xAxis.domain}
              ticks={xAxis.ticks}
              allowDataOverflow
              tickFormatter={(v: number) => formatNumber(v, 2)}
              stroke="var(--text-soft)"
              tick={{ fill: 'var(--text-soft)', fontSize: 11 }}
              label={{ value: xLabel, position: 'insideBottom', offset: -14, fill: 'var(--text-soft)', fontSize: 12 }}
            />
            <YAxis
              type="number"
              scale={logY ? 'log' : 'linear'}
              domain={yAxis.domain}
              ticks={yAxis.ticks}
              allowDataOverflow
              width={58}
              tickFormatter={(v: number) => formatNumber(v, 2)}
              stroke="var(--text-soft)"
              tick={{ fill: 'var(--text-soft)', fontSize: 11 }}
              label={{ value: yLabel, angle: -90, position: 'insideLeft', offset: 4, fill: 'var(--text-soft)', fontSize: 12, style: { textAnchor: 'middle' } }}
            />
            <Tooltip
              isAnimationActive={false}
              content={({ active, payload, label: x }) => active && payload && payload.length > 0 ? (
                <div className="wk-tooltip">
                  <p>{xLabel}: {formatNumber(Number(x))}</p>
                  {payload.map((p) => <p key={String(p.dataKey)} style={{ color: p.color }}>{names[String(p.dataKey)]}: {formatNumber(Number(p.value))}</p>)}
                </div>
              ) : null}
            />
            {referenceLines.filter((r) => Number.isFinite(r.y) && (!logY || r.y > 0)).map((r) => (
              <ReferenceLine key={r.label} y={r.y} stroke={r.color ?? 'var(--text-soft)'} strokeDasharray="4 4" ifOverflow="extendDomain"
                label={{ value: r.label, position: 'insideTopRight', fill: 'var(--text-soft)', fontSize: 11 }} />
            ))}
            {referenceXs.filter((r) => Number.isFinite(r.x) && (!logX || r.x > 0)).map((r) => (
              <ReferenceLine key={`x-${r.label}`} x={r.x} stroke={r.color ?? 'var(--text-soft)'} strokeDasharray="2 3"
                label={{ value: r.label, position: 'insideTopLeft', fill: 'var(--text-soft)', fontSize: 11 }} />
            ))}
            {styled.map((s) => (
              <Line key={s.id} dataKey={s.id} name={s.label} stroke={s.color} strokeDasharray={s.dash || undefined} strokeWidth={s.noLine ? 0 : 2}
                dot={s.dots ? { r: 3, fill: s.color, stroke: s.color } : false} isAnimationActive={false} connectNulls />
            ))}
          </LineChart>
        )}
      </div>
      <Legend items={[
        ...styled.map((s) => ({ id: s.id, label: s.label, color: s.color, dash: s.dash, note: s.note, mark: s.noLine ? 'dot' as const : 'line' as const })),
        ...referenceLines.map((r) => ({ id: `ref-${r.label}`, label: r.label, color: r.color ?? 'var(--text-soft)', dash: '4 4' })),
      ]} />
      {table && <DataTable xLabel={xLabel} series={styled} />}
    </div>
  );
});

function DataTable({ xLabel, series }: { xLabel: string; series: readonly { id: string; label: string; points: readonly XY[] }[] }) {
  const rows = mergeSeries(series.map((s) => ({ id: s.id, points: downsample(s.points, 30, false) })));
  return (
    <details className="wk-table">
      <summary>Show the data as a table</summary>
      {/* Focusable so keyboard users can scroll it (axe: scrollable-region-focusable). */}
      <div className="wk-table-scroll" tabIndex={0} role="region" aria-label={`Data table: ${series.map((s) => s.label).join(', ')}`}>
        <table>
          <thead><tr><th scope="col">{xLabel}</th>{series.map((s) => <th scope="col" key={s.id}>{s.label}</th>)}</tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.x}><th scope="row">{formatNumber(r.x)}</th>{series.map((s) => <td key={s.id}>{r[s.id] === undefined ? '' : formatNumber(r[s.id])}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
