import { memo, useId } from 'react';
import { formatNumber } from '../kit/formatNumber.ts';
import { readoutLine } from '../kit/readout/cursor.ts';
import { CursorLayer, ReadoutLine } from '../kit/readout/PlotReadout.tsx';
import { usePlotCursor } from '../kit/readout/usePlotCursor.ts';
import { plural } from '../kit/plural.ts';
export interface TableHeatmapProps {
  n: number;
  d: number;
  /** Row-major n×d table. */
  table: Float64Array;
  /** Steps since each row was last written. */
  age: Int32Array;
  /** Row written by the current step (highlighted), if any. */
  current: number | null;
  /** Largest |entry| of the whole run: the colour scale. */
  maxAbs: number;
  /** Current frame (for the age scale). */
  frame: number;
  label: string;
}

const W = 340;

/**
 * The SAGA table as a heatmap: one row per example, one column per coordinate of the stored
 * gradient (blue positive, orange negative, stronger = larger |value|), then a column for the
 * row's age (dark = just refreshed). The row written at this step is outlined. Focusable: the
 * kit readout reads the entry under the cursor (columns 1…d, then the age column).
 */
export const TableHeatmap = memo(function TableHeatmap({
  n,
  d,
  table,
  age,
  current,
  maxAbs,
  frame,
  label,
}: TableHeatmapProps) {
  const rowH = Math.max(4, Math.min(16, 320 / n));
  const top = 18;
  const left = 34;
  const ageW = 36;
  const cellW = (W - left - ageW - 8) / d;
  const H = top + n * rowH + 4;
  const scale = maxAbs > 0 ? maxAbs : 1;
  const ageScale = Math.max(1, Math.min(frame, 3 * n));
  const labelEvery = Math.ceil(n / 16);
  const cursor = usePlotCursor({
    // The d gradient coordinates, then the age column; row j = 0 is the bottom row (example n).
    nx: d + 1,
    ny: n,
    width: W,
    height: H,
    cellAt: (px, py) => ({
      i: px >= W - ageW - 6 ? d : Math.min(d - 1, Math.max(0, Math.floor((px - left) / cellW))),
      j: n - 1 - Math.min(n - 1, Math.max(0, Math.floor((py - top) / rowH))),
    }),
    initial: () => ({ i: 0, j: n - 1 }),
    read: ({ i: c, j }) => {
      const r = n - 1 - j;
      const a = age[r];
      const written =
        a === 0 && current === r ? 'written at this step' : `last written ${plural(a, 'step')} ago`;
      if (c >= d)
        return {
          x: null,
          y: null,
          rect: { x: W - ageW - 4, y: top + r * rowH, width: ageW, height: rowH - 0.5 },
          text: `Example ${r + 1}: row ${written}.`,
        };
      return {
        x: null,
        y: null,
        rect: { x: left + c * cellW, y: top + r * rowH, width: cellW - 0.5, height: rowH - 0.5 },
        text: `${readoutLine([[`Example ${r + 1}, coordinate ${c + 1}: stored ∂f_${r + 1}/∂θ_${c + 1}`, table[r * d + c]]])} (row ${written}).`,
      };
    },
    idle: 'Hover the table, or focus it and use the arrow keys, to read a stored gradient entry and its row’s age.',
  });
  return (
    <div className="wk-plot">
      <div
        className="wk-plot-focus"
        role="application"
        aria-roledescription="table heatmap"
        aria-label={`${label} Arrow keys move a cursor over the entries.`}
        {...cursor.targetProps}
      >
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
          <text x={left + (d * cellW) / 2} y={12} textAnchor="middle">
            stored gradient ∇f_i (coordinates 1–{d})
          </text>
          <text x={W - ageW / 2 - 4} y={12} textAnchor="middle">
            age
          </text>
          {Array.from({ length: n }, (_, i) => (
            <g key={i} transform={`translate(0,${top + i * rowH})`}>
              {i % labelEvery === 0 && (
                <text x={left - 4} y={rowH / 2} dy="0.32em" textAnchor="end">
                  {i + 1}
                </text>
              )}
              {Array.from({ length: d }, (_, j) => {
                const v = table[i * d + j];
                return (
                  <rect
                    key={j}
                    x={left + j * cellW}
                    y={0}
                    width={cellW - 0.5}
                    height={rowH - 0.5}
                    fill={v >= 0 ? 'var(--series-1)' : 'var(--series-2)'}
                    fillOpacity={Math.min(1, Math.abs(v) / scale)}
                  />
                );
              })}
              <rect
                x={W - ageW - 4}
                y={0}
                width={ageW}
                height={rowH - 0.5}
                fill="var(--text)"
                fillOpacity={Math.max(0.04, 1 - age[i] / ageScale)}
              />
            </g>
          ))}
          <rect
            x={left - 1}
            y={top}
            width={d * cellW + 1}
            height={n * rowH}
            fill="none"
            stroke="var(--border)"
          />
          {current !== null && (
            <rect
              x={left - 2}
              y={top + current * rowH - 1}
              width={W - left - 2}
              height={rowH + 1.5}
              fill="none"
              stroke="var(--accent)"
              strokeWidth={2.5}
            />
          )}
          <CursorLayer
            layerRef={cursor.layerRef}
            box={{ width: W, height: H, left, right: W - 4, top, bottom: H - 4 }}
          />
        </svg>
      </div>
      <ReadoutLine lineRef={cursor.lineRef} idle={cursor.idle} />
      <ColourScale maxAbs={scale} ageScale={ageScale} />
    </div>
  );
});

/**
 * The table's colour scale: orange for negative entries, blue for positive, stronger with |value|
 * up to the run's largest |entry|; and the age column, darkest for a row written at this step.
 */
function ColourScale({ maxAbs, ageScale }: { maxAbs: number; ageScale: number }) {
  const gid = useId().replace(/:/g, '');
  const ticks: [number, string][] = [
    [0, `−${formatNumber(maxAbs)}`],
    [0.5, '0'],
    [1, formatNumber(maxAbs)],
  ];
  return (
    <svg
      className="vr-scale"
      viewBox="0 0 340 36"
      role="img"
      aria-label={`Colour scale: orange entries are negative, blue positive, full strength at |value| = ${formatNumber(maxAbs)} (the run’s largest); the age column is darkest for a row written at this step and fades over ${plural(ageScale, 'step')}.`}
    >
      <defs>
        <linearGradient id={`${gid}v`}>
          <stop offset={0} stopColor="var(--series-2)" stopOpacity={1} />
          <stop offset={0.5} stopColor="var(--series-2)" stopOpacity={0} />
          <stop offset={0.5} stopColor="var(--series-1)" stopOpacity={0} />
          <stop offset={1} stopColor="var(--series-1)" stopOpacity={1} />
        </linearGradient>
        <linearGradient id={`${gid}a`}>
          <stop offset={0} stopColor="var(--text)" stopOpacity={1} />
          <stop offset={1} stopColor="var(--text)" stopOpacity={0.04} />
        </linearGradient>
      </defs>
      <rect x={34} y={2} width={200} height={11} fill={`url(#${gid}v)`} stroke="var(--border)" />
      {ticks.map(([f, t]) => (
        <text key={f} x={34 + 200 * f} y={27} textAnchor="middle">
          {t}
        </text>
      ))}
      <rect x={258} y={2} width={70} height={11} fill={`url(#${gid}a)`} stroke="var(--border)" />
      <text x={258} y={27} textAnchor="start">
        age 0
      </text>
      <text x={328} y={27} textAnchor="end">
        {`≥ ${ageScale}`}
      </text>
    </svg>
  );
}
