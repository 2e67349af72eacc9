import { useEffect, useId, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { Axes, plotBox } from '../kit/Axes.tsx';
import { LogSlider } from '../kit/controls/LogSlider.tsx';
import { Select } from '../kit/controls/Select.tsx';
import { WidgetFrame } from '../kit/WidgetFrame.tsx';
import { formatNumber } from '../kit/formatNumber.ts';
import { useFontScale } from '../kit/useFontScale.ts';
import { useSharedUrlState } from '../kit/useSharedUrlState.ts';
import { useUrlState } from '../kit/useUrlState.ts';
import { momentumParamsCodec, sharedLink } from '../MomentumRavine/sharedState.ts';
import { METHOD_LABELS } from '../MomentumRavine/model.ts';
import { UNSTABLE, rateShade, viridis } from './colormap.ts';
import { BETA_RANGE, LR_RANGE, pointReport, rateGrid, stabilityBoundary, type MapMethod, type PointReport } from './model.ts';
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
  const { lr, beta, kappa } = shared.state;
  const method = own.state.method;
  const box = useMemo(() => plotBox(W, H, { left: 52, right: 12, top: 10, bottom: 38 }), []);
  const report = useMemo(() => pointReport(method, kappa, lr, beta), [method, kappa, lr, beta]);
  const boundary = useMemo(() => stabilityBoundary(method), [method]);
  const image = useRateImage(method, kappa);
  const [scaleRef, fontStyle] = useFontScale<HTMLDivElement>(W);
  const hintId = useId();

  const toPx = (x: number, y: number): [number, number] => [
    box.left + ((x - LR_RANGE[0]) / (LR_RANGE[1] - LR_RANGE[0])) * (box.right - box.left),
    box.bottom - ((y - BETA_RANGE[0]) / (BETA_RANGE[1] - BETA_RANGE[0])) * (box.bottom - box.top),
  ];
  const moveTo = (x: number, y: number) => shared.set({ lr: clamp(round(x, 100), 0.01, 4), beta: clamp(round(y, 1000), 0, 0.999) });

  function onClick(e: MouseEvent<SVGSVGElement>) {
    const r = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - r.left) / r.width) * W;
    const py = ((e.clientY - r.top) / r.height) * H;
    const x = LR_RANGE[0] + ((px - box.left) / (box.right - box.left)) * (LR_RANGE[1] - LR_RANGE[0]);
    const y = BETA_RANGE[0] + ((box.bottom - py) / (box.bottom - box.top)) * (BETA_RANGE[1] - BETA_RANGE[0]);
    moveTo(x, y);
  }
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const big = e.shiftKey;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [big ? -0.1 : -0.01, 0], ArrowRight: [big ? 0.1 : 0.01, 0],
      ArrowUp: [0, big ? 0.05 : 0.01], ArrowDown: [0, big ? -0.05 : -0.01],
    };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    moveTo(lr + m[0], beta + m[1]);
  }

  const [cx, cy] = toPx(lr, beta);
  const [ox, oy] = toPx(report.optimum.lr, report.optimum.beta);
  const [gx, gy] = toPx(report.gd.lr, 0);
  const summary = summarize(method, kappa, lr, beta, report);

  return (
    <WidgetFrame
      id={RATES_ID}
      title="Where momentum converges, and how fast"
      description={`Every point of the (η, β) plane coloured by the worst-case rate ρ = max(ρ(λ₁), ρ(λ₂)) of ${METHOD_LABELS[method].toLowerCase()} on the ravine (λ₁ = 1/κ, λ₂ = 1): bright converges fast, dark slowly, grey not at all. The white line is the stability boundary; the diamond is the optimum for this κ, the square GD's best step. Click the map, or focus it and use the arrow keys, to move the point: the ravine and eigen-component widgets follow.`}
      summary={summary}
      onReset={() => { own.reset(); shared.reset(); }}
      link={() => sharedLink(RATES_ID, momentumRateMapCodec.withState(window.location.search, own.state), shared.state)}
      notices={[...shared.notices, ...own.notices]}
      onDismissNotices={() => { shared.dismissNotices(); own.dismissNotices(); }}
      minHeight="34rem"
      actions={<button type="button" className="wk-button" onClick={() => shared.set({ lr: report.optimum.lr, beta: report.optimum.beta })}>Go to the optimum</button>}
      controls={<>
        <Select label="Method" value={method} options={(['heavyBall', 'nesterov'] as const).map((m) => ({ value: m, label: METHOD_LABELS[m] }))} onChange={(m) => own.set({ method: m as MapMethod })} />
        <LogSlider label="Condition number κ" value={kappa} min={1} max={1000} onChange={(k) => shared.set({ kappa: k })} />
        <dl className="mr-facts">
          <dt>Point</dt><dd>η = {formatNumber(lr)}, β = {formatNumber(beta, 3)}</dd>
          <dt>Rate ρ</dt><dd>{report.rate >= 1 ? `${formatNumber(report.rate, 4)} (diverges)` : formatNumber(report.rate, 4)}</dd>
          <dt>Optimum</dt><dd>η* = {formatNumber(report.optimum.lr, 4)}, β* = {formatNumber(report.optimum.beta, 4)}, ρ* = {formatNumber(report.optimum.rate, 4)}</dd>
          <dt>GD's best</dt><dd>η = {formatNumber(report.gd.lr, 4)}, ρ = {formatNumber(report.gd.rate, 4)}</dd>
        </dl>
      </>}
    >
      <div className="wk-plot" ref={scaleRef} style={fontStyle}>
        <div className="wk-plot-focus" tabIndex={0} role="group" aria-label={`Rate map of ${METHOD_LABELS[method]} for κ = ${formatNumber(kappa)}. Current point η = ${formatNumber(lr)}, β = ${formatNumber(beta, 3)}.`} aria-describedby={hintId} onKeyDown={onKeyDown}>
          <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} onClick={onClick}>
            <rect x={box.left} y={box.top} width={box.right - box.left} height={box.bottom - box.top} fill={`rgb(${UNSTABLE.join(',')})`} />
            {image && <image href={image} x={box.left} y={box.top} width={box.right - box.left} height={box.bottom - box.top} preserveAspectRatio="none" />}
            <polyline points={boundary.map(([x, y]) => toPx(x, y).join(',')).join(' ')} fill="none" stroke="#fff" strokeWidth={2} />
            <rect x={gx - 5} y={gy - 5} width={10} height={10} fill="#fff" stroke="#000" strokeWidth={1.5} />
            <polygon points={`${ox},${oy - 8} ${ox + 8},${oy} ${ox},${oy + 8} ${ox - 8},${oy}`} fill="#fff" stroke="#000" strokeWidth={1.5} />
            <circle cx={cx} cy={cy} r={7} fill="none" stroke="#000" strokeWidth={4} />
            <circle cx={cx} cy={cy} r={7} fill="none" stroke="#fff" strokeWidth={2} />
            <Axes box={box} x={LR_RANGE} y={BETA_RANGE} xLabel="learning rate η (= ηL, since L = 1)" yLabel="momentum β" />
          </svg>
        </div>
        <p id={hintId} className="wk-plot-hint">Click to move the point (keyboard: arrows move η by 0.01 and β by 0.01; with Shift, 0.1 and 0.05).</p>
        <RateLegend />
      </div>
    </WidgetFrame>
  );
}

/** The colour scale: ρ from 0 to 0.999 on a log scale of 1 − ρ, and grey for ρ ≥ 1. */
function RateLegend() {
  const gid = useId().replace(/:/g, '');
  const stops = Array.from({ length: 11 }, (_, k) => k / 10);
  const ticks = [0, 0.9, 0.99, 0.999];
  return (
    <svg className="mr-legend" viewBox="0 0 320 34" role="img" aria-label="Colour scale: bright yellow is ρ near 0 (fast), dark purple ρ near 0.999 (slow), grey ρ ≥ 1 (diverges).">
      <defs>
        <linearGradient id={gid}>
          {stops.map((s) => <stop key={s} offset={s} stopColor={`rgb(${viridis(1 - s).map(Math.round).join(',')})`} />)}
        </linearGradient>
      </defs>
      <text x={0} y={12} className="mr-tick">ρ</text>
      <rect x={14} y={2} width={210} height={12} fill={`url(#${gid})`} />
      <rect x={250} y={2} width={50} height={12} fill={`rgb(${UNSTABLE.join(',')})`} />
      {ticks.map((r) => <text key={r} x={14 + 210 * (1 - rateShade(r))} y={28} textAnchor="middle" className="mr-tick">{r}</text>)}
      <text x={275} y={28} textAnchor="middle" className="mr-tick">≥ 1</text>
    </svg>
  );
}

/** Data-URL images of the rate grid, by method and κ: moving back along the κ slider repaints at once. */
const images = new Map<string, string>();

/** Paints the rate grid into a data-URL image; computed only when the method or κ changes, and cached. */
function useRateImage(method: MapMethod, kappa: number): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const key = `${method}/${kappa}`;
    const cached = images.get(key);
    if (cached) { setUrl(cached); return; }
    const grid = rateGrid(method, kappa, NX, NY);
    const canvas = document.createElement('canvas');
    canvas.width = NX;
    canvas.height = NY;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(NX, NY);
    for (let k = 0; k < grid.length; k++) {
      const r = grid[k];
      const [red, green, blue] = r < 1 ? viridis(rateShade(r)) : UNSTABLE;
      img.data[4 * k] = red;
      img.data[4 * k + 1] = green;
      img.data[4 * k + 2] = blue;
      img.data[4 * k + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
    const png = canvas.toDataURL();
    if (images.size >= 48) images.delete(images.keys().next().value as string);
    images.set(key, png);
    setUrl(png);
  }, [method, kappa]);
  return url;
}

function summarize(method: MapMethod, kappa: number, lr: number, beta: number, r: PointReport): string {
  const name = METHOD_LABELS[method];
  const here = r.rate >= 1
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
