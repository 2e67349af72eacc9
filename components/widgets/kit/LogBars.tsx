import { powersOfTen } from './chartData.ts';
import { memo } from 'react';
import { formatNumber } from './formatNumber.ts';
import { seriesStyle } from './palette.ts';
import { useFontScale } from './useFontScale.ts';
import { CursorLayer, ReadoutLine } from './readout/PlotReadout.tsx';
import { usePlotCursor } from './readout/usePlotCursor.ts';

export interface LogBarGroup {
  group: string;
  values: { label: string; value: number }[];
}

const W = 460;
const H = 230;
const M = { left: 62, right: 10, top: 12, bottom: 44 };

/**
 * Grouped bars on a log-10 axis (one group per parameter, one bar per optimizer). Values that are
 * not finite and positive are left out and said so in the table, never drawn. Focusable: the kit
 * readout steps bar by bar (group by group) and reads each value.
 */
export interface LogBarsProps {
  /** One group per category (e.g. per parameter), one bar per series inside it, in the same order. */
  bars: LogBarGroup[];
  /** Text alternative of the picture: say what it shows and the outcome. */
  label: string;
  yLabel: string;
  /** Optional title under the group labels (e.g. "feature scale c" when groups are bare numbers). */
  xLabel?: string;
}

// Marked pure: a widget importing the kit index but drawing no bars ships none of it.
export const LogBars = /* @__PURE__ */ memo(function LogBars({ bars, label, yLabel, xLabel }: LogBarsProps) {
  // Axis text keeps a readable size when the SVG is scaled down on a phone.
  const [scaleRef, fontStyle] = useFontScale<HTMLElement>(W);
  const all = bars.flatMap((b) => b.values.map((v) => v.value)).filter((v) => Number.isFinite(v) && v > 0);
  const lo = all.length ? Math.floor(Math.log10(Math.min(...all))) : -6;
  const hi = all.length ? Math.ceil(Math.log10(Math.max(...all)) + 1e-9) : 0;
  const top = hi > lo ? hi : lo + 1;
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const y = (v: number) => M.top + ph * (1 - (Math.log10(v) - (lo - 0.3)) / (top - (lo - 0.3)));
  const groupW = pw / Math.max(1, bars.length);
  const n = bars[0]?.values.length ?? 1;
  const barW = Math.min(38, (groupW * 0.7) / n);
  // Decade exponents of the axis' ticks (the kit's one power-of-ten tick generator).
  const ticks = powersOfTen([10 ** lo, 10 ** top]).map((v) => Math.round(Math.log10(v)));
  const barX = (gi: number, k: number) => M.left + gi * groupW + (groupW - n * barW) / 2 + k * barW;
  const readout = usePlotCursor({
    nx: Math.max(1, bars.length * n),
    ny: 1,
    width: W,
    height: H,
    cellAt: (px) => {
      const gi = Math.min(bars.length - 1, Math.max(0, Math.floor((px - M.left) / groupW)));
      const k = Math.min(n - 1, Math.max(0, Math.floor((px - barX(gi, 0)) / barW)));
      return { i: gi * n + k, j: 0 };
    },
    initial: () => ({ i: 0, j: 0 }),
    read: ({ i }) => {
      const gi = Math.floor(i / n);
      const k = i % n;
      const b = bars[gi];
      const v = b?.values[k];
      if (!v) return { x: null, y: null, text: '' };
      const drawn = Number.isFinite(v.value) && v.value > 0;
      const yy = drawn ? y(v.value) : M.top + ph;
      return {
        x: null,
        y: drawn ? yy : null,
        rect: { x: barX(gi, k), y: yy - 2, width: barW, height: M.top + ph - yy + 2 },
        // Bare-number groups ("0.1") are named by the x title: "feature scale c = 0.1, AdamW: …".
        text: `${xLabel ? `${xLabel} = ` : ''}${b.group}, ${v.label}: ${yLabel} = ${
          drawn
            ? `${formatNumber(v.value)}.`
            : `${Number.isFinite(v.value) ? formatNumber(v.value) : 'not finite'}, not drawn on the log scale.`
        }`,
      };
    },
    idle: 'Hover a bar, or focus the chart and use the arrow keys, to read its value.',
  });
  return (
    <figure className="wk-logbars" ref={scaleRef} style={fontStyle}>
      <div
        className="wk-plot-focus"
        role="application"
        aria-roledescription="bar chart"
        aria-label={`${label} Arrow keys move from bar to bar.`}
        {...readout.targetProps}
      >
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
          <g className="wk-axis">
            {ticks.map((e) => (
              <g key={e}>
                <line x1={M.left} x2={W - M.right} y1={y(10 ** e)} y2={y(10 ** e)} strokeOpacity={0.5} />
                <text
                  x={M.left - 6}
                  y={y(10 ** e)}
                  dy="0.32em"
                  textAnchor="end"
                >{`10${superscript(e)}`}</text>
              </g>
            ))}
            <text
              className="wk-axis-title"
              transform={`translate(14 ${M.top + ph / 2}) rotate(-90)`}
              textAnchor="middle"
            >
              {yLabel}
            </text>
          </g>
          {bars.map((b, gi) => {
            const x0 = M.left + gi * groupW + (groupW - n * barW) / 2;
            return (
              <g key={b.group}>
                {b.values.map((v, k) => {
                  if (!(Number.isFinite(v.value) && v.value > 0)) return null;
                  const { color } = seriesStyle(k);
                  const yy = y(v.value);
                  return (
                    <rect
                      key={v.label}
                      data-series={v.label}
                      x={x0 + k * barW + 1}
                      y={yy}
                      width={barW - 2}
                      height={Math.max(0, M.top + ph - yy)}
                      fill={color}
                      fillOpacity={k === 0 ? 0.85 : 0.55}
                      stroke={color}
                    />
                  );
                })}
                <text
                  className="wk-axis-title"
                  x={M.left + gi * groupW + groupW / 2}
                  y={H - M.bottom + 18}
                  textAnchor="middle"
                >
                  {b.group}
                </text>
              </g>
            );
          })}
          <line x1={M.left} x2={W - M.right} y1={M.top + ph} y2={M.top + ph} stroke="var(--border)" />
          {xLabel && (
            <text className="wk-axis-title" x={M.left + pw / 2} y={H - 4} textAnchor="middle">
              {xLabel}
            </text>
          )}
          <CursorLayer
            layerRef={readout.layerRef}
            box={{ width: W, height: H, left: M.left, right: W - M.right, top: M.top, bottom: M.top + ph }}
          />
        </svg>
      </div>
      <ReadoutLine lineRef={readout.lineRef} idle={readout.idle} />
      <ul className="wk-legend">
        {(bars[0]?.values ?? []).map((v, k) => (
          <li key={v.label}>
            <svg width="14" height="12" aria-hidden="true">
              <rect width="14" height="12" fill={seriesStyle(k).color} fillOpacity={k === 0 ? 0.85 : 0.55} />
            </svg>
            {v.label}
          </li>
        ))}
      </ul>
      <details className="wk-table">
        <summary>Data table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">parameter</th>
              {(bars[0]?.values ?? []).map((v) => (
                <th key={v.label} scope="col">
                  {v.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.group}>
                <th scope="row">{b.group}</th>
                {b.values.map((v) => (
                  <td key={v.label}>{formatNumber(v.value)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
});

const SUP: Record<string, string> = {
  '-': '⁻',
  0: '⁰',
  1: '¹',
  2: '²',
  3: '³',
  4: '⁴',
  5: '⁵',
  6: '⁶',
  7: '⁷',
  8: '⁸',
  9: '⁹',
};
function superscript(e: number): string {
  return String(e)
    .split('')
    .map((c) => SUP[c] ?? c)
    .join('');
}
