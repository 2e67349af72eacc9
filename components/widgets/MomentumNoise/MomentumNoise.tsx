import { useMemo } from 'react';
import {
  CurveChart,
  LogSlider,
  Slider,
  Toggle,
  WidgetFrame,
  formatNumber,
  useAfterPaint,
  useWidget,
  useWorkerResult,
  type CurveSeries,
  NewSeedButton,
  ResultView,
} from '../kit/index.ts';
import {
  momentumNoise,
  seriesPlan,
  type MomentumNoiseResult,
  type NoiseSeries,
  type PlannedSeries,
} from './model.ts';
import { momentumNoiseCodec, type MomentumNoiseState } from './state.ts';

const SHORT: Record<NoiseSeries['id'], string> = { sgd: 'SGD', momentum: 'same step', 'same-lr': 'same η' };
const createWorker = () =>
  new Worker(new URL('./momentumNoise.worker.ts', import.meta.url), { type: 'module' });

/** SGD's noise floor with and without momentum, at the same effective step η/(1 − β). */
export default function MomentumNoise({ initial }: { initial?: MomentumNoiseResult } = {}) {
  const { state, set, frame } = useWidget(momentumNoiseCodec);
  const input = useMemo<MomentumNoiseState>(() => ({ ...state }), [state]);
  const { result, pending, error } = useWorkerResult<MomentumNoiseState, MomentumNoiseResult | null>(input, {
    create: createWorker,
    compute: momentumNoise,
    initial: initial ?? null,
    initialIsCurrent: initial !== undefined,
    transition: true,
  });

  // The chart's predicted floors and notes follow the sliders one painted frame later (the press
  // paints first); the hint beside the sliders follows at once.
  const shown = useAfterPaint(state);
  const livePlan = useMemo(() => seriesPlan(state), [state]);
  const plan = useMemo(() => seriesPlan(shown), [shown]);
  // While a new run is pending the previous curves stay (dimmed); the summary waits for the new one.
  const measured = pending ? null : result;
  const series: CurveSeries[] = useMemo(
    () =>
      plan.flatMap((p, i) => {
        const m = result?.series.find((r) => r.id === p.id);
        const flat = Number.isFinite(p.predicted)
          ? [
              { x: 1, y: p.predicted },
              { x: shown.steps, y: p.predicted },
            ]
          : [];
        return [
          {
            id: p.id,
            label: p.label,
            points: m?.points ?? [],
            note: m && measured ? note(m) : 'measuring…',
            color: `var(--series-${i + 1})`,
            dash: '',
          },
          {
            id: `${p.id}-floor`,
            label: `floor: ${SHORT[p.id]}`,
            points: flat,
            note: Number.isFinite(p.predicted)
              ? `predicted ${formatNumber(p.predicted)}`
              : 'unstable: no floor',
            color: `var(--series-${i + 1})`,
            dash: '4 4',
          },
        ];
      }),
    [plan, result, measured, shown.steps],
  );

  return (
    <WidgetFrame
      {...frame}
      title="Momentum and the noise floor"
      description={`Mean f(θ_t) − f* over ${shown.runs} runs on ½(θ₁²/κ + θ₂²) with gradients g = ∇f(θ) + noise (σ per coordinate), log–log axes. SGD with step η_eff and momentum with η = η_eff(1 − β) share the effective step η/(1 − β); the third curve keeps SGD's η and adds momentum. Lines: the stationary floor each should reach (package formula). Every run reads the same seeded noise.`}
      summary={summarize(plan, measured)}
      minHeight="34rem"
      actions={<NewSeedButton seed={state.seed} onChange={(seed) => set({ seed })} />}
      controls={
        <>
          <LogSlider
            name="eff-lr"
            label="Effective step η/(1 − β)"
            value={state.effLr}
            min={0.001}
            max={3}
            onChange={(effLr) => set({ effLr })}
            hint={`Momentum runs at η = ${formatNumber(livePlan[1].lr)}.`}
          />
          <Slider
            name="beta"
            label="Momentum β"
            value={state.beta}
            min={0}
            max={0.99}
            step={0.01}
            onChange={(beta) => set({ beta })}
          />
          <LogSlider
            name="sigma"
            label="Noise σ"
            value={state.sigma}
            min={0.01}
            max={10}
            onChange={(sigma) => set({ sigma })}
          />
          <LogSlider
            name="kappa"
            label="Condition number κ"
            value={state.kappa}
            min={1}
            max={100}
            onChange={(kappa) => set({ kappa })}
          />
          <LogSlider
            name="steps"
            label="Steps"
            value={state.steps}
            min={100}
            max={5000}
            integer
            stepsPerDecade={20}
            onChange={(steps) => set({ steps })}
          />
          <Toggle
            name="same-lr"
            label="Also momentum at SGD's η"
            checked={state.sameLr}
            onChange={(sameLr) => set({ sameLr })}
          />
        </>
      }
    >
      <ResultView pending={pending} error={error}>
        <CurveChart
          label={`Mean suboptimality against step, log–log. ${summarize(plan, measured)}`}
          xLabel="step t"
          yLabel="f(θₜ) − f*"
          logX
          logY
          height={320}
          series={series}
        />
      </ResultView>
    </WidgetFrame>
  );
}

function note(s: NoiseSeries): string {
  if (s.divergedAt !== null) return `diverged at step ${s.divergedAt}`;
  return `level ${formatNumber(s.level ?? NaN)}`;
}

function summarize(plan: PlannedSeries[], r: MomentumNoiseResult | null): string {
  return (
    plan
      .map((p) => {
        const head = `${p.label} (η = ${formatNumber(p.lr)}, effective step ${formatNumber(p.effLr)})`;
        const s = r?.series.find((x) => x.id === p.id);
        const predicted = Number.isFinite(p.predicted) ? formatNumber(p.predicted) : 'none (unstable)';
        if (s && s.divergedAt !== null) return `${head} diverged at step ${s.divergedAt}`;
        return `${head}: floor ${s ? formatNumber(s.level ?? NaN) : '…'} measured, ${predicted} predicted`;
      })
      .join('; ') + '.'
  );
}
