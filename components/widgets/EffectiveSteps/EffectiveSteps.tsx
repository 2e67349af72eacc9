import { useEffect, useMemo } from 'react';
import {
  ContourPlot,
  CurveChart,
  LogSlider,
  WidgetFrame,
  formatNumber,
  useWidget,
  type CurveSeries,
  type Trajectory,
} from '../kit/index.ts';
import { contourObjective, effectiveSteps, type EffectiveStepsResult, type StepRun } from './model.ts';
import { effectiveStepsCodec } from './state.ts';
import { logSliderValue } from '../kit/controls/LogSlider.tsx';
import { levelSets } from '../kit/levelSets.ts';
import { useAfterPaint } from '../kit/useAfterPaint.ts';

const DOMAIN = { x: [-3, 3] as [number, number], y: [-3, 3] as [number, number] };
/** The contour plot's grid: what it draws and what is traced ahead of time must be the same. */
const CONTOUR = { domain: DOMAIN, fStar: 0, width: 460, height: 300 };
const KAPPA = { min: 1, max: 10_000, stepsPerDecade: 12 };

/** Runs each task in a moment the page is idle, one per moment; returns a cancel. */
function whenIdle(tasks: (() => void)[]): () => void {
  let handle = 0;
  const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
  const cancel = window.cancelIdleCallback ?? window.clearTimeout;
  const next = () => {
    const task = tasks.shift();
    if (!task) return;
    handle = idle(() => {
      task();
      next();
    });
  };
  next();
  return () => cancel(handle);
}

/**
 * Traces the level sets of the κ slider's next position either way while the page is idle. A κ
 * press changes the surface, and tracing its ellipses (sampling f, d3-contour, ~50 KB of paths)
 * was the largest part of the frame that followed it: 5–10 ms on a laptop, four times that at
 * 4× CPU. Traced ahead, the press only draws them.
 */
function useLevelSetsAhead(kappa: number) {
  useEffect(() => {
    const position = Math.round(Math.log10(kappa) * KAPPA.stepsPerDecade) / KAPPA.stepsPerDecade;
    const ahead = [1, -1]
      .map((d) => logSliderValue(position + d / KAPPA.stepsPerDecade, KAPPA.min, KAPPA.max, false))
      .filter((k) => k !== kappa);
    return whenIdle(ahead.map((k) => () => void levelSets(contourObjective(k), CONTOUR)));
  }, [kappa]);
}

function etaSeries(runs: readonly StepRun[], key: 'eta1' | 'eta2'): CurveSeries[] {
  return runs.map((r) => ({
    id: r.id,
    label: r.label,
    points: r[key].map((y, i) => ({ x: i + 1, y })),
    note: r.divergedAt !== null ? `diverged at step ${r.divergedAt}` : undefined,
  }));
}

/** Per-parameter step sizes of SGD, AdaGrad, RMSProp and Adam on a badly scaled quadratic. */
export default function EffectiveSteps() {
  const { state, set, frame } = useWidget(effectiveStepsCodec);
  // The sliders answer at once (urgent render: controls only); the runs, the contour plot and the
  // three charts follow one painted frame later.
  const deferred = useAfterPaint(state);
  const result = useMemo(() => effectiveSteps(deferred), [deferred]);
  useLevelSetsAhead(deferred.kappa);
  const shown = result;
  const trajectories: Trajectory[] = useMemo(
    () =>
      shown.runs.map((r) => ({
        id: r.id,
        label: r.label,
        points: r.path,
        note:
          r.divergedAt !== null ? `diverged at step ${r.divergedAt}` : `f = ${formatNumber(r.loss.at(-1)!)}`,
      })),
    [shown],
  );
  const flat = useMemo(() => etaSeries(shown.runs, 'eta1'), [shown]);
  const steep = useMemo(() => etaSeries(shown.runs, 'eta2'), [shown]);
  const loss = useMemo(
    () => shown.runs.map((r) => ({ id: r.id, label: r.label, points: r.loss.map((y, i) => ({ x: i, y })) })),
    [shown],
  );
  const summary = summarize(result, deferred.steps);
  // Memoised so the urgent render of a slider change does not redraw the contour plot's SVG.
  const plot = useMemo(
    () => (
      <ContourPlot
        f={shown.f}
        domain={CONTOUR.domain}
        fStar={CONTOUR.fStar}
        minimizer={[0, 0]}
        start={[deferred.x0, deferred.y0]}
        onStartChange={([x0, y0]) => set({ x0: Math.round(x0 * 100) / 100, y0: Math.round(y0 * 100) / 100 })}
        trajectories={trajectories}
        label={`Contour plot of ½(θ₁² + κθ₂²) with the four paths. ${summary}`}
        xLabel="θ₁ (flat)"
        yLabel="θ₂ (steep)"
        width={CONTOUR.width}
        height={CONTOUR.height}
      />
    ),
    [shown, trajectories, deferred.x0, deferred.y0, summary, set],
  );

  return (
    <WidgetFrame
      {...frame}
      title="One step size per parameter"
      description={`Four optimizers from the same start on f(θ) = ½(θ₁² + κθ₂²) with κ = ${formatNumber(deferred.kappa)}: θ₁ is flat, θ₂ steep. The charts show each coordinate's step size ηᵢ — what multiplies its gradient (for Adam, its m̂) — after every update: η for SGD, η/(√sᵢ + ε) for AdaGrad (sᵢ its sum of squares), η/(√vᵢ + ε) for RMSProp and η/(√v̂ᵢ + ε) for Adam (v̂ᵢ its bias-corrected average), read from each optimizer's state. Click the contour plot to start elsewhere.`}
      summary={summary}
      minHeight="60rem"
      controls={
        <>
          <LogSlider
            name="kappa"
            label="Curvature ratio κ"
            value={state.kappa}
            min={KAPPA.min}
            max={KAPPA.max}
            stepsPerDecade={KAPPA.stepsPerDecade}
            onChange={(kappa) => set({ kappa })}
            hint={`SGD is stable for η < 2/κ = ${formatNumber(2 / state.kappa)}.`}
          />
          <LogSlider
            name="sgd-lr"
            label="SGD learning rate η"
            value={state.sgdLr}
            min={1e-4}
            max={10}
            onChange={(sgdLr) => set({ sgdLr })}
          />
          <LogSlider
            name="lr"
            label="Adaptive learning rate η (AdaGrad, RMSProp, Adam)"
            value={state.lr}
            min={1e-4}
            max={10}
            onChange={(lr) => set({ lr })}
          />
          <LogSlider
            name="steps"
            label="Steps"
            value={state.steps}
            min={10}
            max={1000}
            integer
            stepsPerDecade={20}
            onChange={(steps) => set({ steps })}
          />
        </>
      }
    >
      {plot}
      <div className="wk-panels">
        <CurveChart
          label={`Step size of the flat coordinate θ₁ against the update, log scale. ${describeEta(shown, 'eta1')}`}
          xLabel="update t"
          yLabel="η₁ (flat θ₁)"
          logY
          height={220}
          series={flat}
        />
        <CurveChart
          label={`Step size of the steep coordinate θ₂ against the update, log scale. ${describeEta(shown, 'eta2')}`}
          xLabel="update t"
          yLabel="η₂ (steep θ₂)"
          logY
          height={220}
          series={steep}
        />
      </div>
      <CurveChart
        label={`Loss f(θₜ) against the update on a log scale. ${summary}`}
        xLabel="update t"
        yLabel="f(θₜ)"
        logY
        height={220}
        series={loss}
      />
    </WidgetFrame>
  );
}

function describeEta(r: EffectiveStepsResult, key: 'eta1' | 'eta2'): string {
  return (
    r.runs.map((run) => `${run.label} ends at ${formatNumber(run[key].at(-1) ?? Number.NaN)}`).join('; ') +
    '.'
  );
}

function summarize(r: EffectiveStepsResult, steps: number): string {
  return (
    r.runs
      .map((run) => {
        if (run.divergedAt !== null) return `${run.label} diverged at step ${run.divergedAt}`;
        const e1 = run.eta1.at(-1) ?? Number.NaN;
        const e2 = run.eta2.at(-1) ?? Number.NaN;
        return `${run.label}: f = ${formatNumber(run.loss.at(-1)!)} after ${steps} steps, step sizes ${formatNumber(e1)} (flat) and ${formatNumber(e2)} (steep)`;
      })
      .join('; ') + '.'
  );
}
