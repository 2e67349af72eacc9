import { memo } from 'react';
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
 * row's age (dark = just refreshed). The row written at this step is outlined.
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
  return (
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
      <rect x={left - 1} y={top} width={d * cellW + 1} height={n * rowH} fill="none" stroke="var(--border)" />
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
    </svg>
  );
});
