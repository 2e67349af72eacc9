import { memo } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { formatNumber } from '../kit/formatNumber.ts';
import { Legend } from '../kit/Legend.tsx';
import { readoutLine } from '../kit/readout/cursor.ts';
import { CursorLayer, ReadoutLine } from '../kit/readout/PlotReadout.tsx';
import { usePlotCursor } from '../kit/readout/usePlotCursor.ts';

export interface SnapshotChartProps {
  saga: readonly { passes: number; gap: number }[];
  svrg: readonly { passes: number; gap: number }[];
  /** Passes at which SVRG took its snapshots. */
  snapshots: readonly number[];
  /** Where the transport is, in passes. */
  cursor: number;
  label: string;
}

const W = 340;
const H = 240;
const M = { left: 48, right: 10, top: 10, bottom: 34 };
const FLOOR = 1e-16;

/**
 * f − f* of SAGA and SVRG against passes on a log axis, with SVRG's snapshots marked as rings on
 * its curve (each costs a full pass and makes no progress) and a cursor at the transport's position.
 * Focusable: the kit readout steps through SAGA's records and reads both curves there.
 */
export const SnapshotChart = memo(function SnapshotChart({
  saga,
  svrg,
  snapshots,
  cursor,
  label,
}: SnapshotChartProps) {
  const all = [...saga, ...svrg].map((p) => Math.max(FLOOR, p.gap)).filter(Number.isFinite);
  const lo = 10 ** Math.floor(Math.log10(Math.min(...all)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...all)));
  const xMax = Math.max(1, ...saga.map((p) => p.passes), ...svrg.map((p) => p.passes));
  const sx = scaleLinear()
    .domain([0, xMax])
    .range([M.left, W - M.right]);
  const sy = scaleLog()
    .domain([lo, hi === lo ? lo * 10 : hi])
    .range([H - M.bottom, M.top])
    .clamp(true);
  const path = (pts: readonly { passes: number; gap: number }[]) =>
    pts
      .map((p, k) => `${k ? 'L' : 'M'}${sx(p.passes).toFixed(1)},${sy(Math.max(FLOOR, p.gap)).toFixed(1)}`)
      .join('');
  const gapAt = (pts: readonly { passes: number; gap: number }[], x: number) => {
    let best = pts[0];
    for (const p of pts) if (p.passes <= x + 1e-9) best = p;
    return best.gap;
  };
  const decades: number[] = [];
  const step = Math.max(1, Math.ceil(Math.log10(hi / lo) / 6));
  for (let e = Math.log10(lo); e <= Math.log10(hi) + 1e-9; e += step) decades.push(10 ** e);
  const box = { width: W, height: H, left: M.left, right: W - M.right, top: M.top, bottom: H - M.bottom };
  const readout = usePlotCursor({
    nx: saga.length,
    ny: 1,
    width: W,
    height: H,
    cellAt: (px) => {
      // The SAGA record nearest in passes (records are sorted by passes).
      const x = sx.invert(px);
      let best = 0;
      saga.forEach((p, k) => {
        if (Math.abs(p.passes - x) < Math.abs(saga[best].passes - x)) best = k;
      });
      return { i: best, j: 0 };
    },
    initial: () => ({ i: 0, j: 0 }),
    read: ({ i }) => {
      const p = saga[i];
      const v = gapAt(svrg, p.passes);
      return {
        x: sx(p.passes),
        y: null,
        marks: [
          { x: sx(p.passes), y: sy(Math.max(FLOOR, p.gap)), color: 'var(--series-3)' },
          { x: sx(p.passes), y: sy(Math.max(FLOOR, v)), color: 'var(--series-2)' },
        ],
        text: `${readoutLine([
          ['passes', p.passes],
          ['SAGA f − f*', p.gap],
          ['SVRG f − f*', v],
        ])}.`,
      };
    },
    idle: 'Hover the chart, or focus it and use the arrow keys, to read both curves at a number of passes.',
  });
  return (
    <div className="wk-plot">
      <div
        className="wk-plot-focus"
        role="application"
        aria-roledescription="chart"
        aria-label={`${label} Arrow keys move a cursor along the curves.`}
        {...readout.targetProps}
      >
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
          <g className="wk-axis" aria-hidden="true">
            <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
            <line x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} />
            {sx.ticks(5).map((t) => (
              <g key={`x${t}`} transform={`translate(${sx(t)},${H - M.bottom})`}>
                <line y2={4} />
                <text y={15} textAnchor="middle">
                  {formatNumber(t)}
                </text>
              </g>
            ))}
            {decades.map((t) => (
              <g key={`y${t}`} transform={`translate(${M.left},${sy(t)})`}>
                <line x2={-4} />
                <text x={-6} dy="0.32em" textAnchor="end">
                  {formatNumber(t, 1)}
                </text>
              </g>
            ))}
            <text className="wk-axis-title" x={(M.left + W - M.right) / 2} y={H - 4} textAnchor="middle">
              effective passes
            </text>
            <text
              className="wk-axis-title"
              transform={`translate(11,${(M.top + H - M.bottom) / 2}) rotate(-90)`}
              textAnchor="middle"
            >
              f − f*
            </text>
          </g>
          <path d={path(svrg)} fill="none" stroke="var(--series-2)" strokeWidth={2} strokeDasharray="6 3" />
          <path d={path(saga)} fill="none" stroke="var(--series-3)" strokeWidth={2} />
          {snapshots.map((s) => (
            <circle
              key={s}
              cx={sx(s)}
              cy={sy(Math.max(FLOOR, gapAt(svrg, s)))}
              r={4.5}
              fill="var(--surface)"
              stroke="var(--series-2)"
              strokeWidth={2}
            />
          ))}
          <line
            x1={sx(cursor)}
            x2={sx(cursor)}
            y1={M.top}
            y2={H - M.bottom}
            stroke="var(--text)"
            strokeWidth={1}
            strokeDasharray="3 3"
          />
          <CursorLayer layerRef={readout.layerRef} box={box} marks={2} />
        </svg>
      </div>
      <ReadoutLine lineRef={readout.lineRef} idle={readout.idle} />
      <Legend
        items={[
          { id: 'saga', label: 'SAGA', color: 'var(--series-3)' },
          { id: 'svrg', label: 'SVRG', color: 'var(--series-2)', dash: '6 3' },
          { id: 'snap', label: 'SVRG snapshot (a full pass)', color: 'var(--series-2)', mark: 'ring' },
          { id: 'now', label: 'current step', color: 'var(--text)', dash: '3 3' },
        ]}
      />
    </div>
  );
});
