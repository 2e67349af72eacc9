import { memo, useId, useMemo, useState, type PointerEvent } from 'react';
import { cleanPoints, downsample, mergeSeries, type XY } from './chartData.ts';
import { axisScale, chartBox, linePath, nearestIndex } from './curveGeometry.ts';
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

export interface ReferenceY {
  y: number;
  label: string;
  color?: string;
}
export interface ReferenceX {
  x: number;
  label: string;
  color?: string;
}

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
  /** Force the y range (otherwise: powers of ten on log axes, round numbers otherwise). */
  yDomain?: readonly [number, number];
  /** Force the x range (e.g. 0 … T before a run has recorded anything past its first point). */
  xDomain?: readonly [number, number];
}

/**
 * Several curves on shared axes — plain SVG paths (d3-scale for the axes), so a redraw costs a
 * few path strings, not a charting library's render — with optional log-x/log-y, grid, a shared
 * tooltip, reference lines, a legend and a data-table alternative. Non-finite points and
 * non-positive points on log axes are dropped before drawing. Memoised: pass stable (useMemo'd)
 * series so unrelated state changes of the widget do not re-render the chart.
 */
export const CurveChart = memo(function CurveChart({
  series,
  label,
  xLabel,
  yLabel,
  logX = false,
  logY = false,
  height = 300,
  referenceLines = [],
  referenceXs = [],
  table = true,
  maxPoints = 200,
  yDomain,
  xDomain,
}: CurveChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const styled = useMemo(
    () =>
      series.map((s, i) => {
        const st = seriesStyle(i);
        return {
          ...s,
          color: s.color ?? st.color,
          dash: s.dash ?? st.dash,
          points: downsample(cleanPoints(s.points, logX, logY), maxPoints, logX),
        };
      }),
    [series, logX, logY, maxPoints],
  );
  const refYs = useMemo(
    () => referenceLines.filter((r) => Number.isFinite(r.y) && (!logY || r.y > 0)),
    [referenceLines, logY],
  );
  const refXs = useMemo(
    () => referenceXs.filter((r) => Number.isFinite(r.x) && (!logX || r.x > 0)),
    [referenceXs, logX],
  );

  return (
    <div className="wk-chart">
      <div ref={ref} role="img" aria-label={label} style={{ height }}>
        {width > 0 && (
          <Plot
            width={width}
            height={height}
            series={styled}
            refYs={refYs}
            refXs={refXs}
            logX={logX}
            logY={logY}
            yDomain={yDomain}
            xDomain={xDomain}
            xLabel={xLabel}
            yLabel={yLabel}
          />
        )}
      </div>
      <Legend
        items={[
          ...styled.map((s) => ({
            id: s.id,
            label: s.label,
            color: s.color,
            dash: s.dash,
            note: s.note,
            mark: s.noLine ? ('dot' as const) : ('line' as const),
          })),
          ...referenceLines.map((r) => ({
            id: `ref-${r.label}`,
            label: r.label,
            color: r.color ?? 'var(--text-soft)',
            dash: '4 4',
          })),
        ]}
      />
      {table && <DataTable xLabel={xLabel} yLabel={yLabel} series={styled} />}
    </div>
  );
});

interface StyledSeries extends CurveSeries {
  color: string;
  dash: string;
  points: XY[];
}

interface PlotProps {
  width: number;
  height: number;
  series: readonly StyledSeries[];
  refYs: readonly ReferenceY[];
  refXs: readonly ReferenceX[];
  logX: boolean;
  logY: boolean;
  yDomain?: readonly [number, number];
  xDomain?: readonly [number, number];
  xLabel: string;
  yLabel: string;
}

const TICK = { fill: 'var(--text-soft)', fontSize: 11, fontFamily: 'var(--font-ui)' } as const;

// Plot and DataTable are memoised on their own: a new `label` (which often restates the outcome
// and changes with the widget's state) then re-renders only the chart's aria-label, not its paths
// and its table, in the frame of the press that changed it.
const Plot = memo(function Plot({
  width,
  height,
  series,
  refYs,
  refXs,
  logX,
  logY,
  yDomain,
  xDomain,
  xLabel,
  yLabel,
}: PlotProps) {
  const clipId = `wk-clip-${useId().replace(/:/g, '')}`;
  const box = chartBox(width, height);
  const sx = useMemo(
    () =>
      axisScale(
        series.flatMap((s) => s.points.map((p) => p.x)),
        { log: logX, range: [box.left, box.right], fixed: xDomain, nice: false },
      ),
    [series, logX, xDomain, box.left, box.right],
  );
  // Reference lines widen the y range so they are always in view.
  const sy = useMemo(
    () =>
      axisScale(series.flatMap((s) => s.points.map((p) => p.y)).concat(refYs.map((r) => r.y)), {
        log: logY,
        range: [box.bottom, box.top],
        fixed: yDomain,
        nice: true,
      }),
    [series, refYs, logY, yDomain, box.bottom, box.top],
  );
  const paths = useMemo(
    () => series.map((s) => ({ s, d: s.noLine ? '' : linePath(s.points, sx.toPx, sy.toPx) })),
    [series, sx, sy],
  );
  const rows = useMemo(() => mergeSeries(series), [series]);
  const rowPx = useMemo(() => rows.map((r) => sx.toPx(r.x)), [rows, sx]);
  const [hover, setHover] = useState<number | null>(null);
  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - r.left;
    const y = e.clientY - r.top;
    setHover(x < box.left || x > box.right || y < box.top || y > box.bottom ? null : nearestIndex(rowPx, x));
  };
  const row = hover !== null && hover >= 0 ? rows[hover] : undefined;
  const inX = (v: number) => v >= box.left - 0.5 && v <= box.right + 0.5;
  const inY = (v: number) => v >= box.top - 0.5 && v <= box.bottom + 0.5;
  const xTicks = sx.ticks.filter((t) => inX(sx.toPx(t)));
  const yTicks = sy.ticks.filter((t) => inY(sy.toPx(t)));

  return (
    <>
      <svg
        width={width}
        height={height}
        className="wk-curve"
        aria-hidden="true"
        onPointerMove={onMove}
        onPointerLeave={() => setHover(null)}
      >
        <defs>
          <clipPath id={clipId}>
            <rect x={box.left} y={box.top} width={box.right - box.left} height={box.bottom - box.top} />
          </clipPath>
        </defs>
        <g className="wk-grid" stroke="var(--plot-grid)">
          {xTicks.map((t) => (
            <line key={`gx${t}`} x1={sx.toPx(t)} x2={sx.toPx(t)} y1={box.top} y2={box.bottom} />
          ))}
          {yTicks.map((t) => (
            <line key={`gy${t}`} x1={box.left} x2={box.right} y1={sy.toPx(t)} y2={sy.toPx(t)} />
          ))}
          <rect
            x={box.left}
            y={box.top}
            width={box.right - box.left}
            height={box.bottom - box.top}
            fill="none"
          />
        </g>
        <g stroke="var(--text-soft)">
          <line x1={box.left} x2={box.right} y1={box.bottom} y2={box.bottom} />
          <line x1={box.left} x2={box.left} y1={box.top} y2={box.bottom} />
          {xTicks.map((t) => (
            <line key={`tx${t}`} x1={sx.toPx(t)} x2={sx.toPx(t)} y1={box.bottom} y2={box.bottom + 6} />
          ))}
          {yTicks.map((t) => (
            <line key={`ty${t}`} x1={box.left - 6} x2={box.left} y1={sy.toPx(t)} y2={sy.toPx(t)} />
          ))}
        </g>
        <g {...TICK}>
          {xTicks.map((t) => (
            <text key={`lx${t}`} x={sx.toPx(t)} y={box.bottom + 18} textAnchor="middle">
              {formatNumber(t, 2)}
            </text>
          ))}
          {yTicks.map((t) => (
            <text key={`ly${t}`} x={box.left - 9} y={sy.toPx(t)} dy="0.32em" textAnchor="end">
              {formatNumber(t, 2)}
            </text>
          ))}
        </g>
        <text
          className="wk-chart-xlabel"
          x={(box.left + box.right) / 2}
          y={height - 8}
          textAnchor="middle"
          fill="var(--text-soft)"
          fontSize={12}
          fontFamily="var(--font-ui)"
        >
          {xLabel}
        </text>
        <text
          className="wk-chart-ylabel"
          transform={`translate(16,${(box.top + box.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          fill="var(--text-soft)"
          fontSize={12}
          fontFamily="var(--font-ui)"
        >
          {yLabel}
        </text>
        <g clipPath={`url(#${clipId})`}>
          {refYs.map((r) => (
            <g key={`ry-${r.label}`} className="wk-ref-line">
              <line
                x1={box.left}
                x2={box.right}
                y1={sy.toPx(r.y)}
                y2={sy.toPx(r.y)}
                stroke={r.color ?? 'var(--text-soft)'}
                strokeDasharray="4 4"
              />
              {/* Above the line, or below it when the line runs along the top of the plot. */}
              <text
                x={box.right - 4}
                y={sy.toPx(r.y) - 5 < box.top + 11 ? sy.toPx(r.y) + 14 : sy.toPx(r.y) - 5}
                textAnchor="end"
                {...TICK}
              >
                {r.label}
              </text>
            </g>
          ))}
          {refXs.map((r) => (
            <g key={`rx-${r.label}`} className="wk-ref-line">
              <line
                x1={sx.toPx(r.x)}
                x2={sx.toPx(r.x)}
                y1={box.top}
                y2={box.bottom}
                stroke={r.color ?? 'var(--text-soft)'}
                strokeDasharray="2 3"
              />
              <text x={sx.toPx(r.x) + 5} y={box.top + 14} {...TICK}>
                {r.label}
              </text>
            </g>
          ))}
          {paths.map(({ s, d }) => (
            <g key={s.id} className="wk-series" data-series={s.id}>
              {d && (
                <path
                  d={d}
                  fill="none"
                  stroke={s.color}
                  strokeWidth={2}
                  strokeDasharray={s.dash || undefined}
                  strokeLinejoin="round"
                />
              )}
              {s.dots &&
                s.points.map((p, k) => (
                  <circle key={k} cx={sx.toPx(p.x)} cy={sy.toPx(p.y)} r={3} fill={s.color} stroke={s.color} />
                ))}
            </g>
          ))}
          {row && (
            <line
              x1={rowPx[hover!]}
              x2={rowPx[hover!]}
              y1={box.top}
              y2={box.bottom}
              stroke="var(--text-soft)"
              strokeOpacity={0.6}
            />
          )}
        </g>
      </svg>
      {row && (
        <div
          className="wk-tooltip wk-tooltip-float"
          style={{
            position: 'absolute',
            top: box.top + 8,
            ...(rowPx[hover!] > width / 2
              ? { right: width - rowPx[hover!] + 10 }
              : { left: rowPx[hover!] + 10 }),
          }}
        >
          <p>
            {xLabel}: {formatNumber(row.x)}
          </p>
          {series
            .filter((s) => row[s.id] !== undefined)
            .map((s) => (
              <p key={s.id} style={{ color: s.color }}>
                {s.label}: {formatNumber(row[s.id])}
              </p>
            ))}
        </div>
      )}
    </>
  );
});

const DataTable = memo(function DataTable({
  xLabel,
  yLabel,
  series,
}: {
  xLabel: string;
  yLabel: string;
  series: readonly { id: string; label: string; points: readonly XY[] }[];
}) {
  const rows = mergeSeries(series.map((s) => ({ id: s.id, points: downsample(s.points, 30, false) })));
  return (
    <details className="wk-table">
      <summary>Show the data as a table</summary>
      {/* Focusable so keyboard users can scroll it (axe: scrollable-region-focusable). */}
      {/* Named by what it plots, not only its series: two charts of the same runs must not share a name. */}
      <div
        className="wk-table-scroll"
        tabIndex={0}
        role="region"
        aria-label={`Data table of ${yLabel} against ${xLabel}: ${series.map((s) => s.label).join(', ')}`}
      >
        {/* Four or more columns stack into one block per row in a narrow widget (kit.css). */}
        <table className={series.length >= 3 ? 'wk-stack' : undefined}>
          <thead>
            <tr>
              <th scope="col">{xLabel}</th>
              {series.map((s) => (
                <th scope="col" key={s.id}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.x}>
                <th scope="row" data-label={xLabel}>
                  {formatNumber(r.x)}
                </th>
                {series.map((s) => (
                  <td key={s.id} data-label={s.label}>
                    {r[s.id] === undefined ? '' : formatNumber(r[s.id])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
});
