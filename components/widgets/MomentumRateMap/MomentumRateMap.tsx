import { useEffect, useId, useMemo, useState, type MouseEvent } from 'react';
import { Axes, plotBox } from '../kit/Axes.tsx';
import { LogSlider } from '../kit/controls/LogSlider.tsx';
import { Select } from '../kit/controls/Select.tsx';
import { WidgetFrame } from '../kit/WidgetFrame.tsx';
import { useWorkerResult } from '../kit/worker/useWorkerResult.ts';
import { useAfterPaint } from '../kit/useAfterPaint.ts';
import { formatNumber } from '../kit/formatNumber.ts';
import { useFontScale } from '../kit/useFontScale.ts';
import { useSharedUrlState } from '../kit/useSharedUrlState.ts';
import { useUrlState } from '../kit/useUrlState.ts';
import { axisGrid, readoutLine } from '../kit/readout/cursor.ts';
import { CursorLayer, ReadoutLine } from '../kit/readout/PlotReadout.tsx';
import { usePlotCursor } from '../kit/readout/usePlotCursor.ts';
import { widgetFrame } from '../kit/useWidget.ts';
import { momentumParamsCodec } from '../lessons/momentum/momentumParams.ts';
import { METHOD_LABELS } from '../lessons/momentum/ravineRuns.ts';
import { UNSTABLE, rateShade, viridis } from './colormap.ts';
import { ratePixels, type RatePixels, type RatePixelsInput } from './ratePixels.ts';
import {
  BETA_RANGE,
  LR_RANGE,
  cursorReport,
  pointReport,
  regimeMap,
  stabilityBoundary,
  type MapMethod,
  type PointReport,
  type RegimeMap,
} from './model.ts';
import type { DampingRegime } from '@descent/optim';
import { momentumRateMapCodec } from './state.ts';
import './rateMap.css';

export const RATES_ID = 'momentum-rates';
const W = 480;
const H = 340;
const NX = 200;
const NY = 140;

/** The (η, β) plane coloured by the worst-case rate ρ for the current κ; click to move the shared point. */
export default function MomentumRateMap() {
  const shared = useSharedUrlState(momentumParamsCodec);
  const own = useUrlState(momentumRateMapCodec);
  // The controls follow the state at once; the map, its marks and the facts follow one painted
  // frame later (a press on κ paints before the map is recomputed).
  const live = shared.state;
  const shown = useAfterPaint(
    useMemo(
      () => ({ lr: live.lr, beta: live.beta, kappa: live.kappa, method: own.state.method }),
      [live.lr, live.beta, live.kappa, own.state.method],
    ),
  );
  const { lr, beta, kappa, method } = shown;
  const box = useMemo(() => plotBox(W, H, { left: 52, right: 12, top: 10, bottom: 38 }), []);
  const report = useMemo(() => pointReport(method, kappa, lr, beta), [method, kappa, lr, beta]);
  const boundary = useMemo(() => stabilityBoundary(method), [method]);
  const regimes = useMemo(() => regimeMap(method), [method]);
  const image = useRateImage(method, kappa);
  const [scaleRef, fontStyle] = useFontScale<HTMLDivElement>(W);
  const hintId = useId();

  const toPx = (x: number, y: number): [number, number] => [
    box.left + ((x - LR_RANGE[0]) / (LR_RANGE[1] - LR_RANGE[0])) * (box.right - box.left),
    box.bottom - ((y - BETA_RANGE[0]) / (BETA_RANGE[1] - BETA_RANGE[0])) * (box.bottom - box.top),
  ];
  const moveTo = (x: number, y: number) =>
    shared.set({ lr: clamp(round(x, 100), 0.01, 4), beta: clamp(round(y, 1000), 0, 0.999) });

  function onClick(e: MouseEvent<SVGSVGElement>) {
    const r = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - r.left) / r.width) * W;
    const py = ((e.clientY - r.top) / r.height) * H;
    const x = LR_RANGE[0] + ((px - box.left) / (box.right - box.left)) * (LR_RANGE[1] - LR_RANGE[0]);
    const y = BETA_RANGE[0] + ((box.bottom - py) / (box.bottom - box.top)) * (BETA_RANGE[1] - BETA_RANGE[0]);
    moveTo(x, y);
  }
  // The readout's grid: steps of 0.01 in η and β, anchored at the point, so the arrow keys move
  // the point by exactly 0.01 (Shift: 0.1) and the cursor reads what the point will be.
  const gLr = axisGrid(0.01, LR_RANGE[1], 0.01, live.lr);
  const gBeta = axisGrid(BETA_RANGE[0], 0.999, 0.01, live.beta);
  const cursor = usePlotCursor({
    nx: gLr.n,
    ny: gBeta.n,
    width: W,
    height: H,
    cellAt: (px, py) => {
      const x = LR_RANGE[0] + ((px - box.left) / (box.right - box.left)) * (LR_RANGE[1] - LR_RANGE[0]);
      const y =
        BETA_RANGE[0] + ((box.bottom - py) / (box.bottom - box.top)) * (BETA_RANGE[1] - BETA_RANGE[0]);
      return { i: gLr.index(x), j: gBeta.index(y) };
    },
    initial: () => ({ i: gLr.index(live.lr), j: gBeta.index(live.beta) }),
    read: ({ i, j }) => {
      const x = round(gLr.at(i), 100);
      const y = round(gBeta.at(j), 1000);
      const r = cursorReport(method, kappa, x, y);
      const [px, py] = toPx(x, y);
      const parts = r.components.map(
        (c, k) => `λ${k ? '₂' : '₁'} = ${formatNumber(c.lambda)}: ${REGIME_WORDS[c.regime]}`,
      );
      return {
        x: px,
        y: py,
        text: `${readoutLine([
          ['η', x],
          ['β', y],
          ['ρ', r.rate],
        ])} (${r.rate < 1 ? 'converges' : 'diverges'}); ${parts.join(', ')}.`,
      };
    },
    onMove: ({ i, j }) => moveTo(gLr.at(i), gBeta.at(j)),
    anchorKey: `${live.lr}/${live.beta}`,
    idle: 'Hover the map, or focus it and use the arrow keys, to read η, β, the rate ρ and how each eigen-component moves there.',
  });

  const [cx, cy] = toPx(lr, beta);
  const [ox, oy] = toPx(report.optimum.lr, report.optimum.beta);
  const [gx, gy] = toPx(report.gd.lr, 0);
  const summary = summarize(method, kappa, lr, beta, report);

  return (
    <WidgetFrame
      {...widgetFrame(RATES_ID, own, shared)}
      title="Where momentum converges, and how fast"
      description={`Every point of the (η, β) plane coloured by the worst-case rate ρ = max(ρ(λ₁), ρ(λ₂)) of ${METHOD_LABELS[method].toLowerCase()} on the ravine (λ₁ = 1/κ, λ₂ = 1): bright converges fast, dark slowly, grey not at all. The white line is the stability boundary; the diamond is the optimum for this κ, the square GD's best step. Click the map, or focus it and use the arrow keys, to move the point: the ravine and eigen-component widgets follow.`}
      summary={summary}
      minHeight="34rem"
      actions={
        <button
          type="button"
          className="wk-button"
          onClick={() => shared.set({ lr: report.optimum.lr, beta: report.optimum.beta })}
        >
          Go to the optimum
        </button>
      }
      controls={
        <>
          <Select
            name="method"
            label="Method"
            value={own.state.method}
            options={(['heavyBall', 'nesterov'] as const).map((m) => ({ value: m, label: METHOD_LABELS[m] }))}
            onChange={(m) => own.set({ method: m as MapMethod })}
          />
          <LogSlider
            name="kappa"
            label="Condition number κ"
            value={live.kappa}
            min={1}
            max={1000}
            onChange={(k) => shared.set({ kappa: k })}
          />
          <dl className="mr-facts">
            <dt>Point</dt>
            <dd>
              η = {formatNumber(lr)}, β = {formatNumber(beta, 3)}
            </dd>
            <dt>Rate ρ</dt>
            <dd>
              {report.rate >= 1 ? `${formatNumber(report.rate, 4)} (diverges)` : formatNumber(report.rate, 4)}
            </dd>
            <dt>Optimum</dt>
            <dd>
              η* = {formatNumber(report.optimum.lr, 4)}, β* = {formatNumber(report.optimum.beta, 4)}, ρ* ={' '}
              {formatNumber(report.optimum.rate, 4)}
            </dd>
            <dt>GD's best</dt>
            <dd>
              η = {formatNumber(report.gd.lr, 4)}, ρ = {formatNumber(report.gd.rate, 4)}
            </dd>
          </dl>
        </>
      }
    >
      <div className="wk-plot" ref={scaleRef} style={fontStyle}>
        <div
          className="wk-plot-focus"
          role="application"
          aria-roledescription="rate map"
          aria-label={`Rate map of ${METHOD_LABELS[method]} for κ = ${formatNumber(kappa)}. Current point η = ${formatNumber(lr)}, β = ${formatNumber(beta, 3)}.`}
          aria-describedby={hintId}
          {...cursor.targetProps}
        >
          <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} onClick={onClick}>
            <rect
              x={box.left}
              y={box.top}
              width={box.right - box.left}
              height={box.bottom - box.top}
              fill={`rgb(${UNSTABLE.join(',')})`}
            />
            {image && (
              <image
                href={image}
                x={box.left}
                y={box.top}
                width={box.right - box.left}
                height={box.bottom - box.top}
                preserveAspectRatio="none"
              />
            )}
            <polyline
              points={boundary.map(([x, y]) => toPx(x, y).join(',')).join(' ')}
              fill="none"
              stroke="#fff"
              strokeWidth={2}
            />
            <RegimeMarks regimes={regimes} toPx={toPx} />
            <rect x={gx - 5} y={gy - 5} width={10} height={10} fill="#fff" stroke="#000" strokeWidth={1.5} />
            <polygon
              points={`${ox},${oy - 8} ${ox + 8},${oy} ${ox},${oy + 8} ${ox - 8},${oy}`}
              fill="#fff"
              stroke="#000"
              strokeWidth={1.5}
            />
            <circle cx={cx} cy={cy} r={7} fill="none" stroke="#000" strokeWidth={4} />
            <circle cx={cx} cy={cy} r={7} fill="none" stroke="#fff" strokeWidth={2} />
            <CursorLayer layerRef={cursor.layerRef} box={box} />
            <Axes
              box={box}
              x={LR_RANGE}
              y={BETA_RANGE}
              xLabel="learning rate η (= ηL, since L = 1)"
              yLabel="momentum β"
            />
          </svg>
        </div>
        <p id={hintId} className="wk-plot-hint">
          Click to move the point (keyboard: arrows move η and β by 0.01; with Shift, 0.1). Dashed lines and
          labels: where the stiff component (λ₂ = 1) is over-damped, under-damped (a damped spiral), flipping
          sign each step, or diverges.
        </p>
        <ReadoutLine lineRef={cursor.lineRef} idle={cursor.idle} />
        <RateLegend />
      </div>
    </WidgetFrame>
  );
}

const REGIME_WORDS: Record<DampingRegime, string> = {
  overdamped: 'over-damped',
  critical: 'critically damped',
  underdamped: 'under-damped',
  flipping: 'flipping',
  divergent: 'diverges',
};

/** The regimes of the stiff component on the map: dashed borders and a label in each region. */
function RegimeMarks({
  regimes,
  toPx,
}: {
  regimes: RegimeMap;
  toPx: (x: number, y: number) => [number, number];
}) {
  return (
    <g className="mr-regimes" aria-hidden="true">
      {regimes.borders
        // The border into divergence is the stability boundary, drawn solid already.
        .filter((b) => !b.key.endsWith('|divergent'))
        .map((b) => (
          <polyline
            key={b.key}
            points={b.points.map(([x, y]) => toPx(x, y).join(',')).join(' ')}
            fill="none"
            stroke="#fff"
            strokeWidth={1.2}
            strokeDasharray="5 4"
          />
        ))}
      {regimes.labels.map((l) => {
        const [x, y] = toPx(l.lr, l.beta);
        return (
          <text key={l.regime} x={x} y={y} textAnchor="middle" dy="0.32em" className="mr-regime">
            {REGIME_WORDS[l.regime]}
          </text>
        );
      })}
    </g>
  );
}

/** The colour scale: ρ from 0 to 0.999 on a log scale of 1 − ρ, and grey for ρ ≥ 1. */
function RateLegend() {
  const gid = useId().replace(/:/g, '');
  const stops = Array.from({ length: 11 }, (_, k) => k / 10);
  const ticks = [0, 0.9, 0.99, 0.999];
  return (
    <svg
      className="mr-legend"
      viewBox="0 0 320 34"
      role="img"
      aria-label="Colour scale: bright yellow is ρ near 0 (fast), dark purple ρ near 0.999 (slow), grey ρ ≥ 1 (diverges)."
    >
      <defs>
        <linearGradient id={gid}>
          {stops.map((s) => (
            <stop
              key={s}
              offset={s}
              stopColor={`rgb(${viridis(1 - s)
                .map(Math.round)
                .join(',')})`}
            />
          ))}
        </linearGradient>
      </defs>
      <text x={0} y={12} className="mr-tick">
        ρ
      </text>
      <rect x={14} y={2} width={210} height={12} fill={`url(#${gid})`} />
      <rect x={250} y={2} width={50} height={12} fill={`rgb(${UNSTABLE.join(',')})`} />
      {ticks.map((r) => (
        <text key={r} x={14 + 210 * (1 - rateShade(r))} y={28} textAnchor="middle" className="mr-tick">
          {r}
        </text>
      ))}
      <text x={275} y={28} textAnchor="middle" className="mr-tick">
        ≥ 1
      </text>
    </svg>
  );
}

/** Images of the rate grid, by method and κ (least recently used first): moving back along the κ slider repaints at once. */
const images = new Map<string, string>();
const IMAGE_CACHE = 48;
const createWorker = () => new Worker(new URL('./ratePixels.worker.ts', import.meta.url), { type: 'module' });

/**
 * The rate grid as an image URL, for the method and κ shown. A worker computes the pixels (28,000
 * spectral radii per κ, and their garbage, stay off the main thread); the page copies them into a
 * canvas that the browser encodes off the main thread (toBlob). Until the new image is ready the
 * previous one stays; images are cached, so moving back along the slider is immediate.
 */
function useRateImage(method: MapMethod, kappa: number): string | null {
  const key = `${method}/${kappa}`;
  /** The image made last (shown while the one for `key` is being made). */
  const [made, setMade] = useState<string | null>(null);
  const input = useMemo<RatePixelsInput>(() => ({ method, kappa, nx: NX, ny: NY }), [method, kappa]);
  const { result } = useWorkerResult<RatePixelsInput, RatePixels | null>(input, {
    create: createWorker,
    compute: ratePixels,
    initial: null,
  });

  useEffect(() => {
    // Mark the image for this κ as recently used.
    const cached = images.get(key);
    if (cached) {
      images.delete(key);
      images.set(key, cached);
    }
  }, [key]);

  useEffect(() => {
    if (!result) return;
    const done = `${result.method}/${result.kappa}`;
    if (images.has(done)) return;
    const canvas = document.createElement('canvas');
    canvas.width = result.nx;
    canvas.height = result.ny;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.putImageData(new ImageData(new Uint8ClampedArray(result.rgba), result.nx, result.ny), 0, 0);
    let cancelled = false;
    canvas.toBlob((blob) => {
      if (!blob || images.has(done)) return;
      const src = URL.createObjectURL(blob);
      if (images.size >= IMAGE_CACHE) {
        const oldest = images.keys().next().value as string;
        URL.revokeObjectURL(images.get(oldest)!);
        images.delete(oldest);
      }
      images.set(done, src);
      if (!cancelled && done === key) setMade(src);
    });
    return () => {
      cancelled = true;
    };
  }, [result, key]);
  // A cached image answers at once; otherwise the last one made stays until the new one is ready.
  return images.get(key) ?? made;
}

function summarize(method: MapMethod, kappa: number, lr: number, beta: number, r: PointReport): string {
  const name = METHOD_LABELS[method];
  const here =
    r.rate >= 1
      ? `${name} at η = ${formatNumber(lr)}, β = ${formatNumber(beta, 3)} diverges (ρ = ${formatNumber(r.rate, 4)} ≥ 1)`
      : `${name} at η = ${formatNumber(lr)}, β = ${formatNumber(beta, 3)} converges with rate ρ = ${formatNumber(r.rate, 4)}: ${r.steps} steps to shrink the error by 10⁶`;
  return `κ = ${formatNumber(kappa)}. ${here}. Optimum η* = ${formatNumber(r.optimum.lr, 4)}, β* = ${formatNumber(r.optimum.beta, 4)}: ρ* = ${formatNumber(r.optimum.rate, 4)}, ${r.optimumSteps} steps. GD's best (η = ${formatNumber(r.gd.lr, 4)}): ρ = ${formatNumber(r.gd.rate, 4)}, ${r.gdSteps} steps.`;
}

function round(v: number, k: number): number {
  return Math.round(v * k) / k;
}
function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
