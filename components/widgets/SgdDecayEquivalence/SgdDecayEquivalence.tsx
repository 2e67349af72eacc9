import { memo, useCallback, useMemo } from 'react';
import { l2EquivalentDecay } from '@descent/optim';
import { ContourPlot, type Trajectory } from '../kit/ContourPlot.tsx';
import { CurveChart, type CurveSeries } from '../kit/CurveChart.tsx';
import { LogSlider } from '../kit/controls/LogSlider.tsx';
import { Select } from '../kit/controls/Select.tsx';
import { Toggle } from '../kit/controls/Toggle.tsx';
import { WidgetFrame } from '../kit/WidgetFrame.tsx';
import { formatNumber } from '../kit/formatNumber.ts';
import { useAfterPaint } from '../kit/useAfterPaint.ts';
import { useWidget } from '../kit/useWidget.ts';
import { GAP_CEILING, GAP_FLOOR, sgdDecayEquivalence, type SgdDecayEquivalenceResult } from './model.ts';
import { DOMAIN, lessonQuadratic } from './problem.ts';
import { sgdDecayEquivalenceCodec, type SgdDecayEquivalenceState } from './state.ts';

const F = lessonQuadratic();
const MINIMIZER: [number, number] = [1, 1];
const GAP_DOMAIN: [number, number] = [GAP_FLOOR, GAP_CEILING];
/** The kit's plot, skipped by React when its (stable) props did not change: the urgent render of a keypress stays small. */
const PathsPlot = memo(ContourPlot);
const f2 = (x: number, y: number) => F.value(Float64Array.from([x, y]));
const SCHEDULES = [
  { value: 'constant', label: 'constant' },
  { value: 'step', label: 'step: ×0.1 at half-way' },
  { value: 'cosine', label: 'cosine to η₀/100' },
] as const;
const CONVENTIONS = [
  { value: 'per-step', label: 'paper: θ ← (1 − λ)θ − ηg' },
  { value: 'lr-scaled', label: 'PyTorch-style: θ ← θ(1 − ηλ) − ηg' },
] as const;

/** SGD + L2 against SGD with decoupled decay: the same path at the equivalent λ′, not otherwise. */
export default function SgdDecayEquivalence() {
  const { state, set, frame } = useWidget(sgdDecayEquivalenceCodec);
  // Controls follow `state` at once; the paths and the chart follow one painted frame later.
  const shown = useAfterPaint(state);
  const result = useMemo(() => sgdDecayEquivalence(shown), [shown]);

  const trajectories: Trajectory[] = useMemo(
    () =>
      result.runs.map((r, i) => ({
        id: r.id,
        label: r.label,
        points: r.points,
        note:
          r.divergedAt !== null
            ? `diverged at step ${r.divergedAt}`
            : `ends at (${formatNumber(r.points[r.points.length - 1][0])}, ${formatNumber(r.points[r.points.length - 1][1])})`,
        dash: i === 1 ? '6 4' : i === 2 ? '2 3' : '',
        dots: shown.steps <= 60,
      })),
    [result, shown.steps],
  );
  const gapSeries: CurveSeries[] = useMemo(
    () => [
      {
        id: 'gap',
        label: '‖θ(SGD + L2) − θ(decoupled)‖',
        points: result.gap.map((g, t) => ({ x: t, y: Math.min(GAP_CEILING, Math.max(g, GAP_FLOOR)) })),
      },
    ],
    [result],
  );

  const summary = useMemo(() => summarize(result, shown), [result, shown]);
  // The hints and the button's label are text, not controls: they follow with the plot. The
  // button itself reads the current state when clicked.
  const equivalent = (p: SgdDecayEquivalenceState) =>
    l2EquivalentDecay({ convention: p.convention, lr: p.lr, weightDecay: p.wd });
  const eq = equivalent(shown);
  const start = useMemo<[number, number]>(() => [shown.x0, shown.y0], [shown.x0, shown.y0]);
  const onStartChange = useCallback(
    ([x0, y0]: [number, number]) => set({ x0: Math.round(x0 * 100) / 100, y0: Math.round(y0 * 100) / 100 }),
    [set],
  );
  const domainLabel = `Contour plot with ${trajectories.length} paths after ${shown.steps} steps`;
  const perStep = state.convention === 'per-step';
  return (
    <WidgetFrame
      {...frame}
      title="SGD + L2 against SGD with decoupled decay"
      description="Contours of f(θ) = ½θᵀAθ − bᵀθ (no penalty; the star is its minimiser). SGD + L2 (torch.optim.SGD's weight_decay λ′) and decoupled decay λ start together and use the same learning rate. The lower chart is the distance between the two paths at each step, on a log scale (gaps below 10⁻¹⁷, i.e. identical to rounding, are drawn at 10⁻¹⁷, and above 10 at 10). Click the plot to start elsewhere."
      summary={summary}
      minHeight="52rem"
      actions={
        <button
          type="button"
          className="wk-button"
          onClick={() => set({ l2: Math.min(10, Math.max(1e-5, Number(equivalent(state).toPrecision(6)))) })}
        >
          Set λ′ to the equivalent ({formatNumber(eq)})
        </button>
      }
      controls={
        <>
          <Select
            name="convention"
            label="Decoupled decay"
            value={state.convention}
            options={[...CONVENTIONS]}
            onChange={(convention) =>
              set({ convention: convention as SgdDecayEquivalenceState['convention'] })
            }
          />
          <LogSlider
            name="lr"
            label="Learning rate η₀"
            value={state.lr}
            min={1e-3}
            max={2}
            onChange={(lr) => set({ lr })}
            hint={`Stable below 2/(L + λ′) ≈ ${formatNumber(2 / (F.L + shown.l2))}.`}
          />
          <LogSlider
            name="wd"
            label="Decoupled decay λ"
            value={state.wd}
            min={1e-5}
            max={1}
            onChange={(wd) => set({ wd })}
          />
          <LogSlider
            name="l2"
            label="L2 coefficient λ′"
            value={state.l2}
            min={1e-5}
            max={10}
            onChange={(l2) => set({ l2 })}
            hint={
              shown.convention === 'per-step'
                ? `Equivalent at η₀: λ′ = λ/η₀ = ${formatNumber(eq)}.`
                : `Equivalent: λ′ = λ = ${formatNumber(eq)}.`
            }
          />
          <Select
            name="schedule"
            label="Learning-rate schedule"
            value={state.schedule}
            options={[...SCHEDULES]}
            onChange={(schedule) => set({ schedule: schedule as SgdDecayEquivalenceState['schedule'] })}
          />
          <Toggle
            name="follow"
            label="Also run λ′ₜ = λ/ηₜ (paper's convention)"
            checked={state.follow}
            disabled={!perStep}
            onChange={(follow) => set({ follow })}
          />
          <LogSlider
            name="steps"
            label="Steps"
            value={state.steps}
            min={10}
            max={400}
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
        label={domainLabel}
        width={460}
        height={380}
      />
      <CurveChart
        label={`Distance between the SGD + L2 path and the decoupled path at each step, log scale. ${summary}`}
        xLabel="step t"
        yLabel="gap"
        logY
        yDomain={GAP_DOMAIN}
        height={200}
        series={gapSeries}
        table={false}
      />
    </WidgetFrame>
  );
}

function summarize(r: SgdDecayEquivalenceResult, state: SgdDecayEquivalenceState): string {
  const bad = r.runs.find((x) => x.divergedAt !== null);
  if (bad) return `${bad.label} diverged at step ${bad.divergedAt}.`;
  const max = Math.max(...r.gap);
  const same = max <= 1e-12;
  const head = same
    ? `The two paths coincide: largest gap ${formatNumber(max)} over ${state.steps} steps`
    : `The paths separate: largest gap ${formatNumber(max)}, final gap ${formatNumber(r.gap[r.gap.length - 1])} after ${state.steps} steps`;
  const follow = r.runs.find((x) => x.id === 'follow');
  const dec = r.runs.find((x) => x.id === 'decoupled')!;
  let tail = '';
  if (follow) {
    const d = Math.hypot(
      follow.points[follow.points.length - 1][0] - dec.points[dec.points.length - 1][0],
      follow.points[follow.points.length - 1][1] - dec.points[dec.points.length - 1][1],
    );
    tail = `; with λ′ₜ = λ/ηₜ the final gap to the decoupled path is ${formatNumber(d)}`;
  }
  return `${head} (λ′ = ${formatNumber(state.l2)}, equivalent λ′ = ${formatNumber(r.equivalentL2)}, schedule ${state.schedule})${tail}.`;
}
