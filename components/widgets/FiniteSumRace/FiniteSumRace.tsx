import { useMemo } from 'react';
import {
  CurveChart,
  LogSlider,
  Select,
  Slider,
  WidgetFrame,
  formatNumber,
  formatSci,
  useWidget,
  useWorkerResult,
  type CurveSeries,
  NewSeedButton,
  Placeholder,
  ResultView,
} from '../kit/index.ts';
import { GAP_FLOOR, methodOutcome, summarizeRace } from './describeRace.ts';
import type { RaceResult } from '../lessons/variance-reduction/raceModel.ts';
import { raceForChart } from './raceForChart.ts';
import { raceCodec, type RaceState } from './state.ts';
import '../lessons/variance-reduction/vr.css';
import { TARGET_GAP } from '../lessons/variance-reduction/traceMethod.ts';

const createWorker = () => new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module' });

const REFERENCE_LINES = [{ y: TARGET_GAP, label: 'target 10⁻¹⁰' }];

const STEP_OPTIONS = [
  { value: 'practical', label: '1/(3 L_max) for all (practice)' },
  { value: 'theorem', label: "The theorems' steps" },
] as const;

/** SGD vs SVRG vs SAGA on one seeded logistic regression, f − f* against effective passes. */
export default function FiniteSumRace({ initial }: { initial?: RaceResult } = {}) {
  const { state, set, frame } = useWidget(raceCodec);
  const input = useMemo(() => ({ ...state }), [state]);
  const { result, pending, error } = useWorkerResult<RaceState, RaceResult | null>(input, {
    create: createWorker,
    compute: raceForChart,
    initial: initial ?? null,
    initialIsCurrent: initial !== undefined,
    transition: true,
  });

  const series: CurveSeries[] = useMemo(() => {
    if (!result) return [];
    const runs = result.methods.map((m) => ({
      id: m.id,
      label: m.label,
      points: m.points.map((p) => ({ x: p.passes, y: Math.max(GAP_FLOOR, p.gap) })),
      note:
        methodOutcome(m) +
        (m.ratePerPass !== null && m.id !== 'sgd' ? `, ×${formatNumber(m.ratePerPass, 2)} per pass` : '') +
        (m.id === 'svrg' ? `, ${m.snapshots.length} snapshots` : ''),
    }));
    const theory = result.theory.map((t, k) => ({
      id: `theory-${k}`,
      label: t.label,
      points: t.points.map((p) => ({ x: p.passes, y: p.gap })),
      // Guarantees get their own hues and a long dash so they never read as a measured run.
      color: k === 0 ? 'var(--series-4)' : 'var(--series-5)',
      dash: '10 5',
    }));
    return [...runs, ...theory];
  }, [result]);

  const summary = error
    ? `The run could not be computed: ${error}`
    : result
      ? summarizeRace(result)
      : 'Computing…';
  // Redraws are the costly part on the main thread: only redraw when a new result lands,
  // not on every slider movement while the worker computes.
  const chart = useMemo(
    () =>
      result ? (
        <CurveChart
          series={series}
          label={`Suboptimality against effective passes. ${summary}`}
          xLabel="effective passes"
          yLabel="f(θ) − f*"
          logY
          height={320}
          referenceLines={REFERENCE_LINES}
        />
      ) : (
        <Placeholder height={320}>Computing the three runs…</Placeholder>
      ),
    [result, series, summary],
  );

  return (
    <WidgetFrame
      {...frame}
      title="SGD vs SVRG vs SAGA on logistic regression"
      description="Suboptimality f(θ) − f* (log scale) against effective passes (component gradients ÷ n) for ℓ2-regularised logistic regression on seeded data with 10 features. All three methods draw the same sequence of example indices. Long-dashed lines are the theorems' guarantees, drawn when the steps are the ones the theorems assume. Values below 10⁻¹⁶ are rounding noise and drawn at 10⁻¹⁶."
      summary={summary}
      minHeight="40rem"
      actions={<NewSeedButton seed={state.seed} onChange={(seed) => set({ seed })} />}
      controls={
        <>
          <LogSlider
            name="n"
            label="Examples n"
            value={state.n}
            min={10}
            max={1000}
            integer
            stepsPerDecade={30}
            onChange={(n) => set({ n })}
          />
          <LogSlider
            name="l2"
            label="ℓ2 coefficient λ (= μ)"
            value={state.l2}
            min={1e-4}
            max={1}
            onChange={(l2) => set({ l2 })}
          />
          <LogSlider
            name="scale"
            label="Feature scale s"
            value={state.scale}
            min={0.1}
            max={10}
            onChange={(scale) => set({ scale })}
            hint="L_max grows as s²."
          />
          <Select
            name="steps"
            label="Step sizes (SVRG: m = 2n, option I in practice)"
            value={state.steps}
            options={STEP_OPTIONS}
            onChange={(steps) => set({ steps })}
          />
          <Slider
            name="passes"
            label="Budget (passes)"
            value={state.passes}
            min={5}
            max={60}
            onChange={(passes) => set({ passes })}
          />
          {result && (
            <p className="wk-hint" data-testid="race-constants">
              L_max = {formatNumber(result.lMax)}, μ = {formatNumber(result.mu)}, κ = L_max/μ ={' '}
              {formatNumber(result.kappa)}. Step {formatSci(result.methods[2].lr)} (SAGA, SGD); SVRG η ={' '}
              {formatSci(result.methods[1].lr)}, m = {result.svrgInner}, option {result.svrgOption}. Johnson
              &amp; Zhang&apos;s contraction factor ρ ={' '}
              {Number.isFinite(result.svrgAlpha) ? formatNumber(result.svrgAlpha) : '∞'}
              {result.svrgAlpha >= 1
                ? ' ≥ 1: their theorem guarantees nothing at these settings.'
                : ' < 1.'}{' '}
              Seed {state.seed}.
            </p>
          )}
        </>
      }
    >
      <ResultView pending={pending}>{chart}</ResultView>
    </WidgetFrame>
  );
}
