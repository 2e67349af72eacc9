import { memo, useCallback, useMemo } from 'react';
import { ContourPlot, type Trajectory } from '../kit/ContourPlot.tsx';
import { CurveChart, type CurveSeries } from '../kit/CurveChart.tsx';
import { LogSlider } from '../kit/controls/LogSlider.tsx';
import { Slider } from '../kit/controls/Slider.tsx';
import { WidgetFrame } from '../kit/WidgetFrame.tsx';
import { formatNumber } from '../kit/formatNumber.ts';
import { useAfterPaint } from '../kit/useAfterPaint.ts';
import { useWidget } from '../kit/useWidget.ts';
import { lionVsAdam, type LionVsAdamResult } from './model.ts';
import { CURVATURE, DOMAIN, MINIMIZER, lionProblem } from './problem.ts';
import { lionVsAdamCodec, type LionVsAdamState } from './state.ts';

const F = lionProblem();
const f2 = (x: number, y: number) => F.value(Float64Array.from([x, y]));
/** The kit's plot, skipped by React when its (stable) props did not change. */
const PathsPlot = memo(ContourPlot);
const COORD = ['θ₁ (steep)', 'θ₂ (flat)'] as const;

/** Lion's sign step against Adam's normalised step, from one start on a badly scaled quadratic. */
export default function LionVsAdam() {
  const { state, set, frame } = useWidget(lionVsAdamCodec);
  // Controls follow `state` at once; the plots follow one painted frame later.
  const shown = useAfterPaint(state);
  const result = useMemo(() => lionVsAdam(shown), [shown]);

  const trajectories: Trajectory[] = useMemo(
    () =>
      result.runs.map((r, i) => ({
        id: r.id,
        label: r.label,
        points: r.points,
        note:
          r.divergedAt !== null
            ? `diverged at step ${r.divergedAt}`
            : `f − f* = ${formatNumber(r.gaps[r.gaps.length - 1])} after ${shown.steps} steps`,
        dash: i === 1 ? '6 4' : '',
        dots: shown.steps <= 60,
      })),
    [result, shown.steps],
  );
  const stepSeries: CurveSeries[] = useMemo(
    () =>
      result.runs.flatMap((r, k) =>
        ([0, 1] as const).map((i) => ({
          id: `${r.id}-${i}`,
          label: `${r.label}, ${COORD[i]}`,
          points: r.stepSizes[i].map((y, t) => ({ x: t + 1, y: Math.max(y, 1e-12) })),
          dash: k === 1 ? '6 4' : i === 1 ? '2 3' : '',
        })),
      ),
    [result],
  );
  const start = useMemo<[number, number]>(() => [shown.x0, shown.y0], [shown.x0, shown.y0]);
  const onStartChange = useCallback(
    ([x0, y0]: [number, number]) => set({ x0: Math.round(x0 * 100) / 100, y0: Math.round(y0 * 100) / 100 }),
    [set],
  );
  const summary = useMemo(() => summarize(result, shown), [result, shown]);
  return (
    <WidgetFrame
      {...frame}
      title="Lion against Adam: a sign step of fixed size"
      description={`Contours of f(θ) = ½(${CURVATURE[0]}(θ₁ − 1)² + ${CURVATURE[1]}(θ₂ − 1)²): the gradient in θ₁ is a hundred times steeper than in θ₂. Lion and AdamW start together with the same η, β₁ and decoupled λ (AdamW's β₂ is 0.999). The lower chart is the size of each step in each coordinate, log scale: Lion's is η in both coordinates at every step (with decay, η·|sign + λθ|), so near the minimiser it keeps stepping across it; Adam's steps shrink as its gradient does. Click the plot to start elsewhere.`}
      summary={summary}
      minHeight="52rem"
      controls={
        <>
          <LogSlider
            name="lr"
            label="Learning rate η"
            value={state.lr}
            min={1e-3}
            max={0.5}
            onChange={(lr) => set({ lr })}
          />
          <Slider
            name="beta1"
            label="β₁ (Lion's blend, Adam's momentum)"
            value={state.beta1}
            min={0}
            max={0.99}
            step={0.01}
            onChange={(beta1) => set({ beta1 })}
          />
          <Slider
            name="beta2"
            label="Lion's β₂ (its momentum)"
            value={state.beta2}
            min={0.5}
            max={0.999}
            step={0.001}
            onChange={(beta2) => set({ beta2 })}
          />
          <Slider
            name="wd"
            label="Decoupled decay λ"
            value={state.wd}
            min={0}
            max={1}
            step={0.01}
            onChange={(wd) => set({ wd })}
          />
          <LogSlider
            name="steps"
            label="Steps"
            value={state.steps}
            min={5}
            max={300}
            integer
            stepsPerDecade={20}
            onChange={(steps) => set({ steps })}
          />
          <p className="wk-hint">
            Start ({formatNumber(state.x0)}, {formatNumber(state.y0)}).
          </p>
        </>
      }
    >
      <PathsPlot
        f={f2}
        domain={DOMAIN}
        fStar={F.minimum ?? undefined}
        minimizer={MINIMIZER}
        start={start}
        onStartChange={onStartChange}
        trajectories={trajectories}
        label={`Contour plot with the Lion and AdamW paths after ${shown.steps} steps. ${summary}`}
        width={460}
        height={380}
      />
      <CurveChart
        label={`Size of each step in each coordinate, log scale. ${summary}`}
        xLabel="step t"
        yLabel="|θₜ − θₜ₋₁| per coordinate"
        logY
        height={220}
        series={stepSeries}
        table={false}
      />
    </WidgetFrame>
  );
}

/** The outcome in words: where each run ends and how large its steps are at the end. */
export function summarize(r: LionVsAdamResult, s: LionVsAdamState): string {
  const parts = r.runs.map((run) => {
    if (run.divergedAt !== null) return `${run.label} diverged at step ${run.divergedAt}`;
    const last = run.points[run.points.length - 1];
    const dist = Math.hypot(last[0] - MINIMIZER[0], last[1] - MINIMIZER[1]);
    const steps = run.stepSizes.map((c) => c[c.length - 1] ?? 0);
    return `${run.label} ends ${formatNumber(dist)} from the minimiser, its last step ${formatNumber(steps[0])} in θ₁ and ${formatNumber(steps[1])} in θ₂`;
  });
  return `After ${s.steps} steps at η = ${formatNumber(s.lr)}: ${parts.join('; ')}.`;
}
