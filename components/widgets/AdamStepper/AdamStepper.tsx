import { memo, useEffect, useMemo, useRef } from 'react';
// The kit's files one by one (not its index): the island then carries no code it does not draw.
import { CurveChart, type CurveSeries } from '../kit/CurveChart.tsx';
import { DecayRateSlider } from '../kit/controls/DecayRateSlider.tsx';
import { LogSlider } from '../kit/controls/LogSlider.tsx';
import { Select } from '../kit/controls/Select.tsx';
import { Toggle } from '../kit/controls/Toggle.tsx';
import { afterNextPaint } from '../kit/afterNextPaint.ts';
import { formatNumber } from '../kit/formatNumber.ts';
import { NewSeedButton } from '../kit/NewSeedButton.tsx';
import { Transport } from '../kit/Transport.tsx';
import { usePlaybackView } from '../kit/usePlaybackView.ts';
import { usePlayback } from '../kit/usePlayback.ts';
import { useWidget } from '../kit/useWidget.ts';
import { WidgetFrame } from '../kit/WidgetFrame.tsx';
import { FilledFormula } from './FilledFormula.tsx';
import { adamStepper, SPIKE_AT, type AdamRow, type AdamStepperResult } from './model.ts';
import { adamStepperCodec, type AdamStepperState } from './state.ts';
import '../lessons/adaptive-methods/adaptive.css';

const STREAM_OPTIONS = [
  { value: 'noisy', label: 'Noisy: scale × (0.5 + N(0, 1))' },
  { value: 'constant', label: 'Constant: scale' },
  { value: 'alternating', label: 'Alternating: +scale, −scale/2' },
  { value: 'decaying', label: 'Decaying: scale/t' },
  { value: 'spike', label: `Spike: ≈ scale, ×40 at step ${SPIKE_AT}` },
] as const;

/** Adam's internals step by step on a scalar gradient stream, with the current update written out. */
export default function AdamStepper() {
  const { state, set, frame } = useWidget(adamStepperCodec);
  // A press paints at once (the control and its value); the run, its formula, table and charts
  // follow in the next frame: at 4× CPU they take longer than one.
  const playback = usePlayback(state.steps - 1, 4, frame.id);
  const shown = usePlaybackView(state, playback);
  const deferred = shown.value;
  const result = useMemo(() => adamStepper(deferred), [deferred]);
  const current = Math.min(shown.frame, result.rows.length - 1);
  const summary = summarize(result, deferred.lr, current);

  return (
    <WidgetFrame
      {...frame}
      title="Adam, one update at a time"
      description="A scalar gradient stream g₁, g₂, … fed to Adam (PyTorch's rule, θ₀ = 0). The table lists every quantity Adam keeps; below the stepper, the selected update is written out with its numbers: mₜ = β₁mₜ₋₁ + (1 − β₁)gₜ, vₜ = β₂vₜ₋₁ + (1 − β₂)gₜ², the corrections, and the step −η m̂ₜ/(√v̂ₜ + ε). The second chart divides each update by η: Adam's steps stay near ±η whatever the scale of the gradients."
      summary={summary}
      minHeight="62rem"
      actions={<NewSeedButton seed={state.seed} onChange={(seed) => set({ seed })} />}
      controls={
        <>
          <Select
            name="stream"
            label="Gradient stream"
            value={state.stream}
            options={STREAM_OPTIONS}
            onChange={(stream) => set({ stream })}
          />
          <LogSlider
            name="scale"
            label="Scale of the gradients"
            value={state.scale}
            min={1e-3}
            max={1000}
            stepsPerDecade={6}
            onChange={(scale) => set({ scale })}
          />
          <LogSlider
            name="lr"
            label="Learning rate η"
            value={state.lr}
            min={1e-4}
            max={1}
            stepsPerDecade={6}
            onChange={(lr) => set({ lr })}
          />
          <DecayRateSlider
            name="beta1"
            label="β₁"
            symbol="β₁"
            value={state.beta1}
            oneMinus={[1e-3, 1]}
            onChange={(beta1) => set({ beta1 })}
          />
          <DecayRateSlider
            name="beta2"
            label="β₂"
            symbol="β₂"
            value={state.beta2}
            oneMinus={[1e-5, 0.1]}
            onChange={(beta2) => set({ beta2 })}
          />
          <LogSlider
            name="eps"
            label="ε"
            value={state.eps}
            min={1e-12}
            max={1}
            stepsPerDecade={3}
            format={(v) => v.toExponential(0)}
            onChange={(eps) => set({ eps })}
          />
          <LogSlider
            name="steps"
            label="Updates"
            value={state.steps}
            min={3}
            max={60}
            integer
            stepsPerDecade={20}
            onChange={(steps) => set({ steps })}
          />
          <Toggle
            name="clip"
            label="Clip the gradient norm first (clip_grad_norm_)"
            checked={state.clip}
            onChange={(clip) => set({ clip })}
          />
          <LogSlider
            name="max-norm"
            label="Clipping threshold c"
            value={state.maxNorm}
            min={0.01}
            max={100}
            stepsPerDecade={6}
            disabled={!state.clip}
            onChange={(maxNorm) => set({ maxNorm })}
          />
        </>
      }
    >
      <Transport playback={playback} label="Update" format={(f, last) => `t = ${f + 1} of ${last + 1}`} />
      <StepperView settings={deferred} result={result} current={current} summary={summary} />
    </WidgetFrame>
  );
}

interface ViewProps {
  settings: AdamStepperState;
  result: AdamStepperResult;
  current: number;
  summary: string;
}

/**
 * The formula, charts and table. Memoised: a press re-renders only the controls in its own frame,
 * and this follows when the settings it shows change.
 */
const StepperView = memo(function StepperView({ settings, result, current, summary }: ViewProps) {
  const row = result.rows[current];
  // Keep the selected row in view inside the table's own scroll box (never scrolls the page).
  // Measured just after the frame that shows the new row has painted, when layout is clean:
  // reading the row's position in the effect forced a layout of the changed widget inside
  // React's commit, before the frame's own. The box scrolls only when the row has left it.
  const tableBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = tableBox.current;
    if (!box) return;
    return afterNextPaint(() => {
      const tr = box.querySelector<HTMLTableRowElement>('tr[aria-current="step"]');
      if (!tr) return;
      const view = box.getBoundingClientRect();
      const row = tr.getBoundingClientRect();
      const header = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
      if (row.top >= view.top + header && row.bottom <= view.bottom) return;
      box.scrollTop += row.top - view.top - (view.height - row.height) / 2;
    });
  }, [current, result]);
  const moments: CurveSeries[] = useMemo(
    () => [
      {
        id: 'g',
        label: 'gₜ (as Adam sees it)',
        points: result.rows.map((r) => ({ x: r.t, y: r.g })),
        dots: true,
      },
      { id: 'mhat', label: 'm̂ₜ', points: result.rows.map((r) => ({ x: r.t, y: r.mHat })) },
      { id: 'sqrtv', label: '√v̂ₜ', points: result.rows.map((r) => ({ x: r.t, y: Math.sqrt(r.vHat) })) },
    ],
    [result],
  );
  const updates: CurveSeries[] = useMemo(() => {
    const s: CurveSeries[] = [
      {
        id: 'u',
        label: settings.clip ? 'update/η, clipped' : 'update/η',
        points: result.rows.map((r) => ({ x: r.t, y: r.update / settings.lr })),
        dots: true,
      },
    ];
    if (result.unclipped)
      s.push({
        id: 'raw',
        label: 'update/η without clipping',
        points: result.unclipped.map((u, i) => ({ x: i + 1, y: u / settings.lr })),
      });
    return s;
  }, [result, settings.clip, settings.lr]);
  const ones = useMemo(
    () => [
      { y: -1, label: '−η' },
      { y: 1, label: '+η' },
    ],
    [],
  );
  return (
    <>
      <FilledFormula
        row={row}
        beta1={settings.beta1}
        beta2={settings.beta2}
        eps={settings.eps}
        lr={settings.lr}
        clip={settings.clip}
        maxNorm={settings.maxNorm}
      />
      <div className="wk-panels">
        <CurveChart
          label={`Gradient, bias-corrected first moment and root of the second moment against t. ${summary}`}
          xLabel="update t"
          yLabel="value"
          height={220}
          series={moments}
          table={false}
        />
        <CurveChart
          label={`Each update divided by η against t; it stays within a few units of ±1. ${summary}`}
          xLabel="update t"
          yLabel="(θₜ − θₜ₋₁)/η"
          height={220}
          series={updates}
          referenceLines={ones}
          table={false}
        />
      </div>
      <div
        ref={tableBox}
        className="wk-table-scroll as-table-wrap"
        tabIndex={0}
        role="region"
        aria-label="Adam's quantities at every update"
      >
        <table
          className="as-table wk-stack as-steps"
          style={{ '--as-cells': settings.clip ? 9 : 8 } as React.CSSProperties}
        >
          <caption>Adam's state after each update (the selected update is highlighted)</caption>
          <thead>
            <tr>
              <th scope="col">t</th>
              {settings.clip && <th scope="col">g raw</th>}
              <th scope="col">gₜ</th>
              <th scope="col">mₜ</th>
              <th scope="col">vₜ</th>
              <th scope="col">m̂ₜ</th>
              <th scope="col">v̂ₜ</th>
              <th scope="col">θₜ − θₜ₋₁</th>
              <th scope="col">θₜ</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r, i) => (
              <Row key={r.t} row={r} current={i === current} clip={settings.clip} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
});

const ROW_FIELDS = ['gRaw', 'g', 'm', 'v', 'mHat', 'vHat', 'update', 'theta'] as const;

/** One table row; re-rendered only when its numbers or highlight change (a new run keeps most rows' values when only the number of updates changed). */
const Row = memo(
  function Row({ row: r, current, clip }: { row: AdamRow; current: boolean; clip: boolean }) {
    return (
      <tr className={current ? 'as-current' : undefined} aria-current={current ? 'step' : undefined}>
        <th scope="row" data-label="t">
          {r.t}
        </th>
        {clip && <td data-label="g raw">{formatNumber(r.gRaw, 4)}</td>}
        <td data-label="gₜ">{formatNumber(r.g, 4)}</td>
        <td data-label="mₜ">{formatNumber(r.m, 4)}</td>
        <td data-label="vₜ">{formatNumber(r.v, 4)}</td>
        <td data-label="m̂ₜ">{formatNumber(r.mHat, 4)}</td>
        <td data-label="v̂ₜ">{formatNumber(r.vHat, 4)}</td>
        <td data-label="θₜ − θₜ₋₁">{formatNumber(r.update, 4)}</td>
        <td data-label="θₜ">{formatNumber(r.theta, 4)}</td>
      </tr>
    );
  },
  (a, b) =>
    a.current === b.current &&
    a.clip === b.clip &&
    a.row.t === b.row.t &&
    ROW_FIELDS.every((k) => Object.is(a.row[k], b.row[k])),
);

function summarize(r: AdamStepperResult, lr: number, current: number): string {
  const row = r.rows[current];
  const sizes = r.rows.map((x) => Math.abs(x.update) / lr);
  const parts = [
    `Update ${row.t}: g = ${formatNumber(row.g, 4)}, m̂ = ${formatNumber(row.mHat, 4)}, v̂ = ${formatNumber(row.vHat, 4)}, step ${formatNumber(row.update, 4)} (${formatNumber(Math.abs(row.update) / lr, 3)} η)`,
  ];
  parts.push(
    `over ${r.rows.length} updates the step size ranges from ${formatNumber(Math.min(...sizes), 3)} η to ${formatNumber(Math.max(...sizes), 3)} η`,
  );
  if (r.unclipped) {
    const last = r.unclipped.at(-1)!;
    parts.push(
      `without clipping the last step would be ${formatNumber(last, 4)} instead of ${formatNumber(r.rows.at(-1)!.update, 4)}`,
    );
  }
  return parts.join('; ') + '.';
}
