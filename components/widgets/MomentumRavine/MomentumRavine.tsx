import { memo, useCallback, useMemo } from 'react';
// Direct imports (not kit/index.ts) keep the chart code out of this island: it draws no curves.
import { ContourPlot, type Trajectory } from '../kit/ContourPlot.tsx';
import { LogSlider } from '../kit/controls/LogSlider.tsx';
import { Slider } from '../kit/controls/Slider.tsx';
import { Transport } from '../kit/Transport.tsx';
import { WidgetFrame } from '../kit/WidgetFrame.tsx';
import { formatNumber } from '../kit/formatNumber.ts';
import { usePlaybackView } from '../kit/usePlaybackView.ts';
import { usePlayback } from '../kit/usePlayback.ts';
import { useSharedUrlState } from '../kit/useSharedUrlState.ts';
import { widgetFrame } from '../kit/useWidget.ts';
import { runNote, stabilityHint, summarizeRuns } from './describe.ts';
import { ravineRuns } from '../lessons/momentum/ravineRuns.ts';
import { RAVINE_DOMAIN, ravine, ravineOnPlane } from '../lessons/momentum/ravine.ts';
import { momentumParamsCodec, type MomentumParams } from '../lessons/momentum/momentumParams.ts';

export const RAVINE_ID = 'momentum-ravine';

/** GD, heavy ball and Nesterov on the ravine ½(θ₁²/κ + θ₂²), same η, same start. */
export default function MomentumRavine() {
  const shared = useSharedUrlState(momentumParamsCodec);
  const { state, set } = shared;
  const playback = usePlayback(state.steps, Math.max(10, state.steps / 4), RAVINE_ID);
  // A press paints the control at once; the runs and the plot follow one frame later (at 4× CPU a
  // new κ's contours alone take longer than a frame).
  const shown = usePlaybackView(state, playback);
  const runs = useMemo(() => ravineRuns(shown.value), [shown.value]);
  const t = Math.min(shown.frame, shown.value.steps);
  const q = ravine(state.kappa);
  const onStartChange = useCallback(
    ([x0, y0]: [number, number]) => set({ x0: round2(x0), y0: round2(y0) }),
    [set],
  );

  return (
    <WidgetFrame
      {...widgetFrame(RAVINE_ID, shared)}
      title="Momentum in a ravine"
      description="Contours of f(θ) = ½(θ₁²/κ + θ₂²): curvature 1 across the ravine (θ₂) and 1/κ along it (θ₁); the star is the minimizer. GD, the heavy ball and Nesterov (PyTorch's rules) share the learning rate η and start point; the two momentum methods share β. Click the plot to start somewhere else. The rate map further down moves the same η, β and κ."
      summary={summarizeRuns(runs, t, shown.value.beta)}
      minHeight="38rem"
      controls={
        <>
          <Slider
            name="lr"
            label="Learning rate η"
            value={state.lr}
            min={0.01}
            max={4}
            step={0.01}
            onChange={(lr) => set({ lr })}
            hint={stabilityHint(state.beta)}
          />
          <Slider
            name="beta"
            label="Momentum β"
            value={state.beta}
            min={0}
            max={0.999}
            step={0.001}
            onChange={(beta) => set({ beta })}
            format={(v) => formatNumber(v, 3)}
          />
          <LogSlider
            name="kappa"
            label="Condition number κ"
            value={state.kappa}
            min={1}
            max={1000}
            onChange={(kappa) => set({ kappa })}
          />
          <LogSlider
            name="steps"
            label="Steps"
            value={state.steps}
            min={1}
            max={500}
            integer
            stepsPerDecade={30}
            onChange={(steps) => set({ steps })}
          />
          <p className="wk-hint">
            Start ({formatNumber(state.x0)}, {formatNumber(state.y0)}). Curvatures λ₁ = 1/κ ={' '}
            {formatNumber(q.eigenvalues[0])}, λ₂ = 1.
          </p>
        </>
      }
    >
      <RavinePlot params={shown.value} runs={runs} t={t} onStartChange={onStartChange} />
      <Transport playback={playback} label="Step" format={(fr, n) => `${fr} of ${n}`} />
    </WidgetFrame>
  );
}

interface PlotProps {
  params: MomentumParams;
  runs: ReturnType<typeof ravineRuns>;
  t: number;
  onStartChange: (p: [number, number]) => void;
}

/** The contour plot with the three runs up to step t; memoised, so a press's own frame skips it. */
const RavinePlot = memo(function RavinePlot({ params, runs, t, onStartChange }: PlotProps) {
  const f = ravineOnPlane(params.kappa);
  const trajectories: Trajectory[] = useMemo(
    () =>
      runs.map((r) => ({
        id: r.method,
        label: r.label,
        points: r.points.slice(0, t + 1),
        note: runNote(r, t, params.beta),
        dots: params.steps <= 80,
      })),
    [runs, t, params.beta, params.steps],
  );
  const start = useMemo<[number, number]>(() => [params.x0, params.y0], [params.x0, params.y0]);
  return (
    <ContourPlot
      f={f}
      domain={RAVINE_DOMAIN}
      fStar={0}
      minimizer={MINIMIZER}
      start={start}
      onStartChange={onStartChange}
      trajectories={trajectories}
      label={`Contour plot of the ravine with the three runs after ${t} steps`}
      width={480}
      height={330}
    />
  );
});
const MINIMIZER: [number, number] = [0, 0];

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
