import { memo, useId, useMemo, type MouseEvent, type ReactNode } from 'react';
import { Axes, plotBox, type PlotBox } from './Axes.tsx';
import { polylinePath, type Domain, type Point } from './contourGeometry.ts';
import { levelSets, plotToPx } from './levelSets.ts';
import { Legend } from './Legend.tsx';
import { formatNumber } from './formatNumber.ts';
import { axisGrid, nearestPoint, readoutLine } from './readout/cursor.ts';
import { CursorLayer, ReadoutLine } from './readout/PlotReadout.tsx';
import { usePlotCursor } from './readout/usePlotCursor.ts';
import { seriesStyle } from './palette.ts';
import { useFontScale } from './useFontScale.ts';

export interface Trajectory {
  id: string;
  label: string;
  /** Iterates x₀, x₁, …; drawing stops at the first non-finite point. */
  points: readonly Point[];
  /** Shown in the legend, e.g. "diverged at step 12". */
  note?: string;
  color?: string;
  dash?: string;
  /** Mark every iterate with a dot (default: only when there are at most 60 points). */
  dots?: boolean;
}

/** Maps data coordinates to viewBox pixels; handed to `overlay` so callers can draw extra marks. */
export interface PlotScale {
  box: PlotBox;
  toPx: (x: number, y: number) => Point;
}

export interface ContourPlotProps {
  /** The objective on the plane. Pass a stable function (useMemo) — the grid is recomputed when it changes. */
  f: (x: number, y: number) => number;
  domain: Domain;
  /** The minimum value f*, the floor of the log-spaced levels (default: the grid minimum). */
  fStar?: number;
  levels?: number;
  /** Grid cells per side for the contour tracing (default 64). */
  resolution?: number;
  trajectories: readonly Trajectory[];
  minimizer?: Point;
  start?: Point;
  /** Click, tap or keyboard (arrows + Enter) sets a new start point; omit to make the plot static. */
  onStartChange?: (p: [number, number]) => void;
  /** Accessible name of the picture, e.g. "Contours of the loss with three trajectories". */
  label: string;
  xLabel?: string;
  yLabel?: string;
  /** viewBox size; the SVG scales to its container's width. */
  width?: number;
  height?: number;
  overlay?: (scale: PlotScale) => ReactNode;
}

/**
 * Level sets of f (d3-contour on a grid, log-spaced levels) with several trajectories, the
 * minimizer and the start point. Focusable: arrow keys move a cursor (Shift: bigger steps),
 * Enter or Space moves the start point there. Memoised: with stable props (memoised
 * trajectories, start and callbacks) a widget's unrelated updates do not redraw it.
 */
// Marked pure: a widget importing the kit index but drawing no contour plot ships none of it.
export const ContourPlot = /* @__PURE__ */ memo(function ContourPlot({
  f,
  domain,
  fStar,
  levels = 14,
  resolution = 64,
  trajectories,
  minimizer,
  start,
  onStartChange,
  label,
  xLabel = 'θ₁',
  yLabel = 'θ₂',
  width = 480,
  height = 360,
  overlay,
}: ContourPlotProps) {
  const clipId = useId().replace(/:/g, '');
  const box = useMemo(() => plotBox(width, height), [width, height]);
  // The domain by value: a widget may pass a new object with the same numbers on every render.
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;
  const toPx = useMemo(
    () => plotToPx(width, height, { x: [x0, x1], y: [y0, y1] }),
    [width, height, x0, x1, y0, y1],
  );

  // Remembered per function and grid (levelSets): a widget that hands back the same f for the
  // same setting (moving a slider back and forth), or traced it ahead of time, skips the tracing.
  const paths = useMemo(
    () => levelSets(f, { domain: { x: [x0, x1], y: [y0, y1] }, width, height, resolution, levels, fStar }),
    [f, resolution, levels, fStar, width, height, x0, x1, y0, y1],
  );

  // The level sets change only with f or the grid: their elements are kept, so moving a
  // trajectory or the cursor never re-diffs them.
  const contours = useMemo(
    () =>
      paths.map((p, i) => (
        <path
          key={p.level}
          d={p.d}
          fill="var(--accent)"
          fillOpacity={0.025}
          stroke="var(--contour)"
          strokeWidth={1}
          strokeOpacity={0.35 + (0.5 * (paths.length - i)) / paths.length}
        />
      )),
    [paths],
  );

  const [scaleRef, fontStyle] = useFontScale<HTMLDivElement>(width);
  const interactive = onStartChange !== undefined;

  function fromEvent(e: MouseEvent<SVGSVGElement>): [number, number] {
    const r = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - r.left) / r.width) * width;
    const py = ((e.clientY - r.top) / r.height) * height;
    return fromPx(px, py);
  }
  function fromPx(px: number, py: number): [number, number] {
    const x = x0 + ((px - box.left) / (box.right - box.left)) * (x1 - x0);
    const y = y0 + ((box.bottom - py) / (box.bottom - box.top)) * (y1 - y0);
    return [clamp(x, x0, x1), clamp(y, y0, y1)];
  }

  // The readout's grid: 40 steps across each axis, anchored at the start point so the keyboard
  // cursor moves from it in exact steps (Shift: ten).
  const gx = axisGrid(x0, x1, (x1 - x0) / 40, start?.[0]);
  const gy = axisGrid(y0, y1, (y1 - y0) / 40, start?.[1]);
  const styled = trajectories.map((t, i) => ({ ...seriesStyle(i), ...definedStyle(t), t }));
  const cursor = usePlotCursor({
    nx: gx.n,
    ny: gy.n,
    width,
    height,
    cellAt: (px, py) => {
      const [x, y] = fromPx(px, py);
      return { i: gx.index(x), j: gy.index(y) };
    },
    initial: () => {
      const [x, y] = start ?? [(x0 + x1) / 2, (y0 + y1) / 2];
      return { i: gx.index(x), j: gy.index(y) };
    },
    read: ({ i, j }) => {
      const x = gx.at(i);
      const y = gy.at(j);
      const [px, py] = toPx(x, y);
      const near = styled.map(({ color, t }) => {
        const k = nearestPoint(t.points, x, y);
        return { color, t, k, p: k >= 0 ? t.points[k] : null };
      });
      const here = readoutLine([
        [xLabel, x],
        [yLabel, y],
        ['f(θ)', f(x, y)],
      ]);
      const runs = near
        .filter((n) => n.p)
        .map(
          (n) =>
            `${n.t.label}: step ${n.k} at (${formatNumber(n.p![0])}, ${formatNumber(n.p![1])}), f = ${formatNumber(f(n.p![0], n.p![1]))}`,
        );
      return {
        x: px,
        y: py,
        text: `${here}.${runs.length ? ` Nearest steps — ${runs.join('; ')}.` : ''}${interactive ? ' Enter starts here.' : ''}`,
        marks: near.map((n) => {
          const [mx, my] = n.p ? toPx(n.p[0], n.p[1]) : [NaN, NaN];
          return { x: mx, y: my, color: n.color };
        }),
      };
    },
    onPick: onStartChange
      ? ({ i, j }) => {
          onStartChange([gx.at(i), gy.at(j)]);
        }
      : undefined,
    idle: interactive
      ? 'Click or tap the plot to start there. Hover, or focus it and use the arrow keys, to read θ, f(θ) and the nearest step of each path (Enter starts at the cursor).'
      : 'Hover the plot, or focus it and use the arrow keys, to read θ, f(θ) and the nearest step of each path.',
  });

  const svg = (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      onClick={
        interactive
          ? (e) => {
              onStartChange(fromEvent(e));
            }
          : undefined
      }
    >
      <defs>
        <clipPath id={clipId}>
          <rect x={box.left} y={box.top} width={box.right - box.left} height={box.bottom - box.top} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        {contours}
        {styled.map(({ color, dash, t }) => (
          // data-series: the trajectory's id, so a page (and its tests) can find the curve a
          // formula's coloured symbol names (global.css, .eq-series-N).
          <g key={t.id} data-series={t.id}>
            <path
              d={polylinePath(t.points, toPx)}
              fill="none"
              stroke={color}
              strokeWidth={2}
              strokeDasharray={dash || undefined}
              strokeLinejoin="round"
            />
            {(t.dots ?? t.points.length <= 60) &&
              t.points.map(([x, y], k) =>
                Number.isFinite(x) && Number.isFinite(y) ? (
                  <circle key={k} cx={toPx(x, y)[0]} cy={toPx(x, y)[1]} r={2.2} fill={color} />
                ) : null,
              )}
          </g>
        ))}
        {overlay?.({ box, toPx })}
        {minimizer && <Star at={toPx(minimizer[0], minimizer[1])} />}
        {start && (
          <circle
            cx={toPx(start[0], start[1])[0]}
            cy={toPx(start[0], start[1])[1]}
            r={5}
            fill="var(--surface)"
            stroke="var(--text)"
            strokeWidth={2}
          />
        )}
        <CursorLayer layerRef={cursor.layerRef} box={box} marks={styled.length} />
      </g>
      <Axes box={box} x={domain.x} y={domain.y} xLabel={xLabel} yLabel={yLabel} />
    </svg>
  );

  return (
    <div className="wk-plot" ref={scaleRef} style={fontStyle}>
      {/* Focusable with a readout always; a point picker too when the start can be moved.
          role="application" so a screen reader in browse mode hands the arrow keys to it. */}
      <div
        className="wk-plot-focus"
        role="application"
        aria-roledescription={interactive ? 'point picker' : 'plot'}
        aria-label={
          interactive
            ? `${label}. Click to set the start point, or use the arrow keys to move a cursor and Enter to start there.`
            : `${label}. Arrow keys move a cursor that reads θ, f(θ) and the nearest steps.`
        }
        {...cursor.targetProps}
      >
        {svg}
      </div>
      <ReadoutLine lineRef={cursor.lineRef} idle={cursor.idle} />
      <Legend
        items={[
          ...styled.map(({ color, dash, t }) => ({ id: t.id, label: t.label, color, dash, note: t.note })),
        ]}
      />
    </div>
  );
});

function definedStyle(t: Trajectory): { color?: string; dash?: string } {
  const out: { color?: string; dash?: string } = {};
  if (t.color) out.color = t.color;
  if (t.dash !== undefined) out.dash = t.dash;
  return out;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function Star({ at: [x, y] }: { at: Point }) {
  const pts: string[] = [];
  for (let k = 0; k < 10; k++) {
    const r = k % 2 === 0 ? 8 : 3.5;
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    pts.push(`${(x + r * Math.cos(a)).toFixed(1)},${(y + r * Math.sin(a)).toFixed(1)}`);
  }
  return <polygon points={pts.join(' ')} fill="var(--text)" stroke="var(--surface)" strokeWidth={1} />;
}
