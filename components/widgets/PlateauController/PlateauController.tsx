import { useMemo } from 'react';
import {
  CurveChart,
  LogSlider,
  Select,
  Slider,
  WidgetFrame,
  formatNumber,
  useWidget,
  useWorkerResult,
  type CurveSeries,
  NewSeedButton,
  Placeholder,
  ResultView,
} from '../kit/index.ts';
import { runPlateau, type PlateauResult } from './model.ts';
import { explainEpoch, summarizePlateau } from './describe.ts';
import { plateauCodec, type PlateauState } from './state.ts';
import './plateau.css';
import { useAfterPaint } from '../kit/useAfterPaint.ts';

const createWorker = () => new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module' });

/** ReduceLROnPlateau watching the validation loss of a live SGD run, with its state at any epoch. */
export default function PlateauController({ initial }: { initial?: PlateauResult } = {}) {
  const { state, set, frame } = useWidget(plateauCodec);
  const { at } = state;
  // The run does not depend on the cursor: its settings' link (the cursor left at 1) names the
  // run, so moving the cursor keeps the same input and the worker is not asked again.
  const runLink = plateauCodec.withState('', { ...state, at: 1 });
  const input = useMemo<PlateauState>(() => plateauCodec.decode(runLink).state, [runLink]);
  const { result, pending, error } = useWorkerResult<PlateauState, PlateauResult | null>(input, {
    create: createWorker,
    compute: runPlateau,
    initial: initial ?? null,
    initialIsCurrent: initial !== undefined,
    transition: true,
  });

  const charts = useMemo(() => {
    if (!result) return null;
    const rec = result.records;
    const lossSeries: CurveSeries[] = [
      {
        id: 'val',
        label: 'validation loss (the metric)',
        points: rec.map((r) => ({ x: r.epoch, y: r.val })),
      },
      { id: 'best', label: 'best so far', points: rec.map((r) => ({ x: r.epoch, y: r.after.best })) },
      { id: 'train', label: 'training loss', points: rec.map((r) => ({ x: r.epoch, y: r.train })) },
    ];
    const { patience } = result.state;
    const counterSeries: CurveSeries[] = [
      {
        id: 'bad',
        label: 'bad-epoch count (a cut resets it to 0)',
        points: rec.map((r) => ({ x: r.epoch, y: r.after.reduced ? patience + 1 : r.after.numBadEpochs })),
        dots: true,
      },
      {
        id: 'cool',
        label: 'cooldown left',
        points: rec.map((r) => ({ x: r.epoch, y: r.after.cooldownCounter })),
        dots: true,
      },
    ];
    const cuts = result.reductions.map((e) => ({ x: e, label: `cut ${e}` }));
    const summary = summarizePlateau(result, result.state);
    return {
      lossSeries,
      counterSeries,
      cuts,
      summary,
      patience,
      lossLabel: `Validation and training loss per epoch with the controller's cuts marked. ${summary}`,
      counterLabel: `The controller's counters per epoch: bad epochs (a cut when it exceeds patience ${patience}), and cooldown epochs left.`,
      patienceLine: [{ y: patience, label: `patience = ${patience}` }],
    };
  }, [result]);

  const cursor = result ? Math.min(at, result.records.length) : at;
  const rec = result?.records[cursor - 1];
  // The state panel follows the cursor at once; the charts' cursor line one painted frame later.
  const chartCursor = useAfterPaint(cursor);
  const lossRefs = useMemo(
    () => (charts ? [...charts.cuts, { x: chartCursor, label: '', color: 'var(--accent)' }] : []),
    [charts, chartCursor],
  );
  const summary = charts?.summary ?? 'Training…';

  return (
    <WidgetFrame
      {...frame}
      title="ReduceLROnPlateau on a live validation curve"
      description={`SGD trains a logistic regression (800 training examples, 20 features); after every epoch of ${result?.updatesPerEpoch ?? '…'} updates the validation loss on 1000 held-out examples goes to ReduceLROnPlateau (mode 'min'), and the next epoch uses the rate it returns. Cuts are marked on both charts; the panel shows the controller's state at the epoch under the cursor.`}
      summary={summary}
      minHeight="46rem"
      actions={
        <NewSeedButton seed={state.seed} onChange={(seed) => set({ seed })}>
          New data
        </NewSeedButton>
      }
      controls={
        <>
          <LogSlider
            name="lr"
            label="Starting rate η"
            value={state.lr}
            min={1e-3}
            max={20}
            onChange={(lr) => set({ lr })}
          />
          <Slider
            name="factor"
            label="factor"
            value={state.factor}
            min={0.05}
            max={0.9}
            step={0.05}
            onChange={(factor) => set({ factor })}
          />
          <Slider
            name="patience"
            label="patience"
            value={state.patience}
            min={0}
            max={20}
            onChange={(patience) => set({ patience })}
          />
          <LogSlider
            name="threshold"
            label="threshold"
            value={Math.max(state.threshold, 1e-5)}
            min={1e-5}
            max={0.2}
            onChange={(threshold) => set({ threshold })}
          />
          <Select
            name="threshold-mode"
            label="threshold_mode"
            value={state.thresholdMode}
            options={[
              { value: 'rel', label: 'rel: best·(1 − thr)' },
              { value: 'abs', label: 'abs: best − thr' },
            ]}
            onChange={(thresholdMode) => set({ thresholdMode })}
          />
          <Slider
            name="cooldown"
            label="cooldown"
            value={state.cooldown}
            min={0}
            max={20}
            onChange={(cooldown) => set({ cooldown })}
          />
          <Slider
            name="min-lr"
            label="min_lr"
            value={state.minLr}
            min={0}
            max={1}
            step={0.01}
            onChange={(minLr) => set({ minLr })}
          />
          <LogSlider
            name="batch"
            label="Batch size b"
            value={state.batch}
            min={1}
            max={100}
            integer
            onChange={(batch) => set({ batch })}
          />
          <Slider
            name="epochs"
            label="Epochs"
            value={state.epochs}
            min={5}
            max={150}
            onChange={(epochs) => set({ epochs, at: Math.min(at, epochs) })}
          />
        </>
      }
    >
      <ResultView pending={pending} error={error}>
        {charts && result ? (
          <>
            <CurveChart
              label={charts.lossLabel}
              xLabel="epoch"
              yLabel="loss"
              height={260}
              series={charts.lossSeries}
              referenceXs={lossRefs}
              maxPoints={160}
            />
            <CurveChart
              label={charts.counterLabel}
              xLabel="epoch"
              yLabel="count"
              height={200}
              series={charts.counterSeries}
              referenceLines={charts.patienceLine}
              referenceXs={charts.cuts}
              maxPoints={160}
              table={false}
            />
          </>
        ) : (
          <Placeholder height={472}>Training…</Placeholder>
        )}
        <Slider
          name="cursor"
          label="Epoch under the cursor"
          value={cursor}
          min={1}
          max={Math.max(1, result?.records.length ?? state.epochs)}
          onChange={(v) => set({ at: v })}
        />
        {rec && (
          <div className="pc-state" aria-live="polite">
            <dl>
              <div>
                <dt>epoch</dt>
                <dd>{rec.epoch}</dd>
              </div>
              <div>
                <dt>rate used</dt>
                <dd>{formatNumber(rec.lrUsed, 4)}</dd>
              </div>
              <div>
                <dt>validation loss</dt>
                <dd>{formatNumber(rec.val, 5)}</dd>
              </div>
              <div>
                <dt>best</dt>
                <dd>{formatNumber(rec.after.best, 5)}</dd>
              </div>
              <div>
                <dt>bad epochs</dt>
                <dd>{rec.after.numBadEpochs}</dd>
              </div>
              <div>
                <dt>cooldown left</dt>
                <dd>{rec.after.cooldownCounter}</dd>
              </div>
              <div>
                <dt>rate for the next epoch</dt>
                <dd>{formatNumber(rec.after.lr, 4)}</dd>
              </div>
            </dl>
            <ul>
              {explainEpoch(rec, result!.state).map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </div>
        )}
        {result && (
          <p data-testid="plateau-cuts" className="pc-cuts">
            {result.reductions.length === 0
              ? 'No cuts.'
              : `Cuts after epochs ${result.reductions.join(', ')}.`}
            {result.divergedAt !== null ? ` Diverged at epoch ${result.divergedAt}.` : ''}
          </p>
        )}
      </ResultView>
    </WidgetFrame>
  );
}
