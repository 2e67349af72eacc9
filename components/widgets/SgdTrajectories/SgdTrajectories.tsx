import { useCallback, useMemo } from 'react';
// Direct imports (not kit/index.ts) keep the chart code out of this island's bundle: it draws no charts.
import { ContourPlot, type Trajectory } from '../kit/ContourPlot.tsx';
import { LogSlider } from '../kit/controls/LogSlider.tsx';
import { Transport } from '../kit/Transport.tsx';
import { WidgetFrame } from '../kit/WidgetFrame.tsx';
import { NewSeedButton } from '../kit/NewSeedButton.tsx';
import { formatNumber } from '../kit/formatNumber.ts';
import { usePlayback } from '../kit/usePlayback.ts';
import { useWidget } from '../kit/useWidget.ts';
import { lessonProblem } from '../lessons/sgd/lessonProblem.ts';
import { sgdTrajectories, type Run } from './model.ts';
import { sgdTrajectoriesCodec } from './state.ts';
import { plural } from '../kit/plural.ts';
import { usePlaybackView } from '../kit/usePlaybackView.ts';

// Every step above about 3 diverges at the first update, so the slider stops at 10 (the
// divergent end is an eighth of its travel, not most of it). Links may still set any lr up to
// the state's 1e6, for trying divergence on purpose; the slider then rests at its end.
const LR_SLIDER_MAX = 10;

const P = lessonProblem();

/** GD vs SGD on the lesson's 2-D least-squares problem: one seeded sample stream for every run. */
export default function SgdTrajectories() {
  const { state, set, frame } = useWidget(sgdTrajectoriesCodec);
  // The sliders paint at once; the runs and the plot follow in a render one painted frame later,
  // the previous picture staying up until the new one is ready — one frame per key press.
  const playback = usePlayback(state.steps, Math.max(10, state.steps / 4), frame.id);
  const shown = usePlaybackView(state, playback);
  const view = shown.value;
  const runs = useMemo(() => sgdTrajectories(view), [view]);
  const t = Math.min(shown.frame, view.steps);

  const trajectories: Trajectory[] = useMemo(
    () =>
      runs.map((r) => ({
        id: r.id,
        label: r.label,
        points: r.points.slice(0, t + 1),
        note:
          r.divergedAt !== null
            ? `diverged at step ${r.divergedAt}`
            : `f − f* = ${formatNumber(r.gaps[Math.min(t, r.gaps.length - 1)])}`,
        dots: view.steps <= 80,
      })),
    [runs, t, view.steps],
  );
  const start = useMemo<[number, number]>(() => [view.x0, view.y0], [view.x0, view.y0]);
  const onStartChange = useCallback(
    ([x0, y0]: [number, number]) => set({ x0: round2(x0), y0: round2(y0) }),
    [set],
  );

  return (
    <WidgetFrame
      {...frame}
      title="Full-batch GD vs mini-batch SGD"
      description="Contours of the full least-squares loss f over two parameters (40 examples); the star is the minimizer θ*. Every run uses the same learning rate and reads the same seeded stream of example indices. Click the plot to start somewhere else."
      summary={summarize(runs, t)}
      minHeight="36rem"
      actions={<NewSeedButton seed={state.seed} onChange={(seed) => set({ seed })} />}
      controls={
        <>
          <LogSlider
            name="lr"
            label="Learning rate η"
            value={state.lr}
            min={1e-3}
            max={LR_SLIDER_MAX}
            onChange={(lr) => set({ lr })}
            hint={`1/L = ${formatNumber(1 / P.L)}, 2/L = ${formatNumber(2 / P.L)}, 1/L_max = ${formatNumber(1 / P.Lmax)}`}
          />
          <LogSlider
            name="batch"
            label="Batch size b (second SGD run)"
            value={state.batch}
            min={1}
            max={P.n}
            integer
            stepsPerDecade={30}
            onChange={(batch) => set({ batch })}
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
            Seed {state.seed}. Start ({formatNumber(state.x0)}, {formatNumber(state.y0)}).
          </p>
        </>
      }
    >
      <ContourPlot
        f={P.f2}
        domain={P.domain}
        fStar={P.fStar}
        minimizer={P.xStar}
        start={start}
        onStartChange={onStartChange}
        trajectories={trajectories}
        label={`Contour plot of the loss with ${runs.length} trajectories after ${plural(t, 'step')}`}
        width={460}
        height={420}
      />
      <Transport playback={playback} label="Step" format={(f, n) => `${f} of ${n}`} />
    </WidgetFrame>
  );
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

function summarize(runs: Run[], t: number): string {
  const parts = runs.map((r) => {
    if (r.divergedAt !== null && t >= r.divergedAt) return `${r.label} diverged at step ${r.divergedAt}`;
    const k = Math.min(t, r.gaps.length - 1);
    return `${r.label}: f − f* = ${formatNumber(r.gaps[k])} after ${plural(k, 'step')} (${plural(k * r.costPerStep, 'example gradient')})`;
  });
  return parts.join('; ') + '.';
}
