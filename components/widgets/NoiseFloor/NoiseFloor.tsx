import { useMemo } from 'react';
import {
  CurveChart,
  LogSlider,
  Toggle,
  WidgetFrame,
  formatNumber,
  useWidget,
  useWorkerResult,
  type CurveSeries,
  plural,
  NewSeedButton,
  ResultView,
} from '../kit/index.ts';
import { lessonProblem } from '../lessons/sgd/lessonProblem.ts';
import { noiseFloor, type NoiseFloorResult } from './model.ts';
import { noiseFloorCodec, type NoiseFloorState } from './state.ts';

// Above about 3 every run diverges, so the slider stops at 10; links may still set any lr up
// to the state's 1e6 (the slider then rests at its end and the value says what it is).
const LR_SLIDER_MAX = 10;

const P = lessonProblem();
const createWorker = () => new Worker(new URL('./noiseFloor.worker.ts', import.meta.url), { type: 'module' });

/** Suboptimality vs steps for several constant step sizes and one decaying schedule. */
export default function NoiseFloor({ initial }: { initial?: NoiseFloorResult } = {}) {
  const { state, set, frame } = useWidget(noiseFloorCodec);
  const input = useMemo<NoiseFloorState>(() => ({ ...state }), [state]);
  const { result, pending, error } = useWorkerResult<NoiseFloorState, NoiseFloorResult | null>(input, {
    create: createWorker,
    compute: noiseFloor,
    initial: initial ?? null,
    initialIsCurrent: initial !== undefined,
  });

  const series: CurveSeries[] = useMemo(
    () =>
      (result?.series ?? []).map((s) => ({
        id: s.id,
        label: s.label,
        points: s.points,
        note:
          s.divergedAt !== null
            ? `diverged at step ${s.divergedAt}`
            : s.level !== null
              ? `level ${formatNumber(s.level)}`
              : undefined,
      })),
    [result],
  );
  const bounds = useMemo(
    () =>
      state.bound && result
        ? result.series
            .filter((s) => s.bound !== null && s.divergedAt === null)
            .map((s, i) => ({ y: s.bound!, label: `bound, ${s.label}`, color: `var(--series-${i + 1})` }))
        : [],
    [state.bound, result],
  );

  return (
    <WidgetFrame
      {...frame}
      title="Where constant-step SGD levels off"
      description={`Mean suboptimality f(θ_t) − f* of SGD over ${plural(state.runs, 'run')} from the same start, for three constant step sizes and a decaying one, on log–log axes. Constant steps level off at a floor that scales with the step size; the decaying step keeps going down. Every curve reads the same seeded samples.`}
      summary={result ? summarize(result) : 'Computing…'}
      minHeight="34rem"
      actions={<NewSeedButton seed={state.seed} onChange={(seed) => set({ seed })} />}
      controls={
        <>
          <LogSlider
            name="lr"
            label="Largest learning rate η"
            value={state.lr}
            min={1e-3}
            max={LR_SLIDER_MAX}
            onChange={(lr) => set({ lr })}
            hint={`Curves use η, η/3, η/10. 1/L = ${formatNumber(1 / P.L)}, 1/L_max = ${formatNumber(1 / P.Lmax)}.`}
          />
          <LogSlider
            name="batch"
            label="Batch size b"
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
            min={100}
            max={10_000}
            integer
            stepsPerDecade={20}
            onChange={(steps) => set({ steps })}
          />
          <LogSlider
            name="runs"
            label="Runs averaged"
            value={state.runs}
            min={1}
            max={12}
            integer
            stepsPerDecade={20}
            onChange={(runs) => set({ runs })}
          />
          <Toggle
            name="decay"
            label="Decaying learning rate a/(τ + t)"
            checked={state.decay}
            onChange={(decay) => set({ decay })}
          />
          <Toggle
            name="bound"
            label="Show the theorem's bound ηLσ²/(2μ)"
            checked={state.bound}
            onChange={(bound) => set({ bound })}
          />
        </>
      }
    >
      <ResultView pending={pending} error={error}>
        <CurveChart
          label={
            result
              ? `Suboptimality against step on log–log axes. ${summarize(result)}`
              : 'Suboptimality against step (computing)'
          }
          xLabel="step t"
          yLabel="f(θₜ) − f*"
          logX
          logY
          height={320}
          series={series}
          referenceLines={bounds}
        />
      </ResultView>
    </WidgetFrame>
  );
}

function summarize(r: NoiseFloorResult): string {
  const parts = r.series.map((s) => {
    if (s.divergedAt !== null) return `${s.label} diverged at step ${s.divergedAt}`;
    return `${s.label}: average f − f* over the second half ${formatNumber(s.level ?? NaN)}`;
  });
  return parts.join('; ') + '.';
}
