import { useMemo } from 'react';
import {
  LogSlider,
  Slider,
  Transport,
  WidgetFrame,
  formatNumber,
  formatSci,
  usePlayback,
  useWidget,
  useWorkerResult,
  plural,
  NewSeedButton,
  Placeholder,
  ResultView,
} from '../kit/index.ts';
import { sagaTableModel, tableAt, type SagaTableRun } from './model.ts';
import { SnapshotChart } from './SnapshotChart.tsx';
import { sagaTableCodec, type SagaTableState } from './state.ts';
import { TableHeatmap } from './TableHeatmap.tsx';
import '../lessons/variance-reduction/vr.css';
import { usePlaybackView } from '../kit/usePlaybackView.ts';

const createWorker = () => new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module' });

/** SAGA's gradient table filling in step by step, beside SVRG's curve with its snapshots. */
export default function SagaTableHeatmap() {
  const { state, set, frame: frameProps } = useWidget(sagaTableCodec);
  const input = useMemo(() => ({ ...state }), [state]);
  // The default run costs about a millisecond: computed here (on the server for the page's HTML, and
  // again when hydrating), the widget shows its table from the start and nothing shifts.
  const defaultRun = useMemo(() => sagaTableModel(sagaTableCodec.defaults), []);
  // The run (tens of ms at n = 64) is computed in a worker; replaying one frame is cheap and stays here.
  const {
    result: run,
    pending,
    error,
  } = useWorkerResult<SagaTableState, SagaTableRun | null>(input, {
    create: createWorker,
    compute: sagaTableModel,
    initial: defaultRun,
    initialIsCurrent: true,
    transition: true,
  });
  const frames = run ? run.updates.length : 0;
  const playback = usePlayback(frames, Math.max(8, Math.min(60, run ? run.n : 16)), frameProps.id);
  // The scrubber paints at once; the table and the chart follow one painted frame later (memoised, so
  // the urgent one skips them), the previous frame staying up until then; Play's steps draw at once.
  // Clamped again: when a new (shorter) run lands, the deferred frame is still the old run's.
  const frame = Math.min(usePlaybackView(null, playback).frame, frames);
  const view = useMemo(() => (run ? tableAt(run, frame) : null), [run, frame]);

  let summary = error ? `The run could not be computed: ${error}` : 'Computing…';
  let body = <Placeholder height={420}>Running SAGA and SVRG…</Placeholder>;
  if (run && view) {
    const fresh = run.fresh[frame];
    const refreshed = Math.round(fresh * run.n);
    const passes = (run.n + frame) / run.n;
    const stepText =
      view.current === null
        ? 'Step 0: the table holds ∇f_i(θ₀) for every example (cost: one pass).'
        : `Step ${frame}: example ${view.current + 1} was drawn; its row now holds ∇f_${view.current + 1} at the current point.`;
    summary = `${stepText} ${refreshed} of ${run.n} rows refreshed since the start${run.allFreshAt !== null ? `; every row has been refreshed by step ${run.allFreshAt} (${plural(formatNumber(run.allFreshAt / run.n), 'pass', 'passes')} of steps)` : '; some rows are still from the initialisation at the end of the run'}. SAGA's f − f* = ${formatSci(Math.max(1e-16, run.gaps[frame]))}.`;
    body = (
      <ResultView pending={pending}>
        <div className="vr-two">
          <div className="vr-heatmap">
            <TableHeatmap
              n={run.n}
              d={run.d}
              table={view.table}
              age={view.age}
              current={view.current}
              maxAbs={run.maxAbs}
              frame={frame}
              label={`SAGA gradient table after ${plural(frame, 'step')}: ${refreshed} of ${run.n} rows refreshed${view.current !== null ? `, row ${view.current + 1} just written` : ''}.`}
            />
          </div>
          <div className="vr-heatmap">
            <SnapshotChart
              saga={run.sagaPoints}
              svrg={run.svrg.points}
              snapshots={run.svrg.snapshots}
              cursor={passes}
              label={`f − f* of SAGA and SVRG against passes; SVRG takes ${run.svrg.snapshots.length} snapshots; the cursor is at ${plural(formatNumber(passes), 'pass', 'passes')}.`}
            />
          </div>
        </div>
        <Transport playback={playback} label="Step" format={(f, n) => `${f} of ${n}`} />
        <p className="wk-hint" data-testid="saga-fresh">
          {refreshed} of {run.n} rows refreshed ({formatNumber(100 * fresh, 3)}%).
        </p>
      </ResultView>
    );
  }

  return (
    <WidgetFrame
      {...frameProps}
      title="SAGA's gradient table, step by step"
      description="Left: SAGA's memory, one row per example holding the last gradient computed for it (blue positive, orange negative; the age column is strongest for rows refreshed recently and fades as they go stale). The row written at the current step is outlined. Right: f − f* for SAGA (solid) and for SVRG (dashed) on the same problem and index stream; rings mark SVRG's snapshots, where it spends a full pass computing ∇f at the snapshot."
      summary={summary}
      minHeight="40rem"
      actions={<NewSeedButton seed={state.seed} onChange={(seed) => set({ seed })} />}
      controls={
        <>
          <LogSlider
            name="n"
            label="Examples n"
            value={state.n}
            min={2}
            max={64}
            integer
            stepsPerDecade={30}
            onChange={(n) => set({ n })}
          />
          <Slider
            name="passes"
            label="Steps (passes × n)"
            value={state.passes}
            min={1}
            max={12}
            onChange={(p) => set({ passes: p })}
            format={(p) => `${p} × n = ${p * state.n}`}
          />
          <LogSlider
            name="l2"
            label="ℓ2 coefficient λ"
            value={state.l2}
            min={1e-3}
            max={1}
            onChange={(l2) => set({ l2 })}
          />
          {run && (
            <p className="wk-hint">
              Step size 1/(3 L_max) = {formatSci(run.lr)}; {run.d} features. Seed {state.seed}.
            </p>
          )}
        </>
      }
    >
      {body}
    </WidgetFrame>
  );
}
