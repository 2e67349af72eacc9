import { useMemo } from 'react';
import {
  CurveChart,
  LogSlider,
  Select,
  Toggle,
  WidgetFrame,
  useWidget,
  useWorkerResult,
  type CurveSeries,
  NewSeedButton,
  Placeholder,
  ResultView,
} from '../kit/index.ts';
import { ExploreRuns } from '../kit/RunExplorer/ExploreRuns.tsx';
import { fromCurveSeries } from '../kit/RunExplorer/fromCurveSeries.ts';
import { race, RACE_LABELS, N, DIM, type RaceResult } from './model.ts';
import { summarizeRace } from './RaceView.ts';
import { raceCodec, RACE_SCHEDULES, type RaceState } from './state.ts';
import './race.css';

const createWorker = () => new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module' });

/** One model, one initialisation, one batch stream, trained with several schedules at once. */
export default function ScheduleRace({ initial }: { initial?: RaceResult } = {}) {
  const { state, set, frame } = useWidget(raceCodec);
  const input = useMemo<RaceState>(() => ({ ...state }), [state]);
  const { result, pending, error } = useWorkerResult<RaceState, RaceResult | null>(input, {
    create: createWorker,
    compute: race,
    initial: initial ?? null,
    initialIsCurrent: initial !== undefined,
    transition: true,
  });

  const charts = useMemo(() => {
    if (!result) return null;
    const loss: CurveSeries[] = result.runs.map((r) => ({
      id: r.id,
      label: r.label,
      points: r.points,
      note: r.divergedAt !== null ? `diverged at step ${r.divergedAt}` : undefined,
    }));
    const rates: CurveSeries[] = result.runs.map((r) => ({ id: r.id, label: r.label, points: r.rates }));
    const grow = result.runs.find((r) => r.id === 'grow');
    const batches: CurveSeries[] = grow
      ? [{ id: 'grow', label: `${RACE_LABELS.grow} (batch size)`, points: grow.batches }]
      : [];
    return { loss, rates, batches, runs: fromCurveSeries(loss) };
  }, [result]);
  const summary = result ? summarizeRace(result) : 'Training…';
  const xLabel = state.xAxis === 'updates' ? 'update t' : 'epochs (examples processed / n)';

  return (
    <WidgetFrame
      {...frame}
      title="Training with several schedules at once"
      description={`Logistic regression on ${N} seeded examples with ${DIM} features, trained by mini-batch SGD from θ₀ = 0 with every selected schedule. All runs share the peak rate, the budget of updates and the stream of random batches, so they see the same batches whenever their batch sizes agree. Training loss f(θ) − f* on a log scale; the rates below.`}
      summary={summary}
      minHeight="44rem"
      actions={
        <NewSeedButton seed={state.seed} onChange={(seed) => set({ seed })}>
          New batches
        </NewSeedButton>
      }
      controls={
        <>
          <LogSlider
            name="lr"
            label="Peak learning rate η"
            value={state.lr}
            min={1e-3}
            max={30}
            onChange={(lr) => set({ lr })}
          />
          <LogSlider
            name="batch"
            label="Batch size b"
            value={state.batch}
            min={1}
            max={64}
            integer
            onChange={(batch) => set({ batch })}
          />
          <LogSlider
            name="updates"
            label="Updates T"
            value={state.updates}
            min={100}
            max={5000}
            integer
            onChange={(updates) => set({ updates })}
          />
          <fieldset className="sr-set">
            <legend>Schedules</legend>
            {RACE_SCHEDULES.map((k) => (
              <Toggle
                key={k}
                name={k}
                label={RACE_LABELS[k]}
                checked={state[k]}
                onChange={(v) => set({ [k]: v } as Partial<RaceState>)}
              />
            ))}
          </fieldset>
          <Toggle
            name="grow"
            label="Grow the batch instead (matched to multi-step)"
            checked={state.grow}
            onChange={(grow) => set({ grow })}
          />
          <Select
            name="x-axis"
            label="Horizontal axis"
            value={state.xAxis}
            options={[
              { value: 'updates', label: 'updates' },
              { value: 'epochs', label: 'epochs (examples processed)' },
            ]}
            onChange={(xAxis) => set({ xAxis })}
          />
        </>
      }
    >
      <ResultView pending={pending} error={error}>
        {charts ? (
          <>
            <CurveChart
              label={`Training loss against ${xLabel} for each schedule. ${summary}`}
              xLabel={xLabel}
              yLabel="f(θ) − f*"
              logY
              height={280}
              series={charts.loss}
              maxPoints={160}
            />
            <CurveChart
              label="The learning rate each run used."
              xLabel={xLabel}
              yLabel="η"
              height={170}
              series={charts.rates}
              maxPoints={160}
              table={false}
            />
            {charts.batches.length > 0 && (
              <CurveChart
                label="The batch size of the growing-batch run: its noise scale η(n/b − 1) matches the multi-step run's at the same number of examples."
                xLabel={xLabel}
                yLabel="batch b"
                height={150}
                series={charts.batches}
                maxPoints={160}
                table={false}
              />
            )}
            <ExploreRuns ready runs={charts.runs} xLabel={xLabel} yLabel="f(θ) − f*" />
          </>
        ) : (
          <Placeholder height={450}>Training…</Placeholder>
        )}
      </ResultView>
    </WidgetFrame>
  );
}
