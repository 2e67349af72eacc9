import { memo, useDeferredValue, useMemo, useState } from 'react';
// The kit's files one by one (not its index): the island then carries no code it does not draw.
import { Select } from '../kit/controls/Select.tsx';
import { NewSeedButton } from '../kit/NewSeedButton.tsx';
import { WidgetFrame } from '../kit/WidgetFrame.tsx';
import { useWidget } from '../kit/useWidget.ts';
import { connectTraining } from '../kit/training/connectTraining.ts';
import { summarizeTraining } from '../kit/training/describeTraining.ts';
import { lazyConnection } from '../kit/training/lazyConnection.ts';
import { lastPoint, type RunHistory } from '../kit/training/sessionReducer.ts';
import { configLetter, MetricsTable, TrainingCharts } from '../kit/training/TrainingCharts.tsx';
import { TrainingTransport } from '../kit/training/TrainingTransport.tsx';
import { useTrainingSession } from '../kit/training/useTrainingSession.ts';
import { ConfusionTable } from './ConfusionTable.tsx';
import { DigitCanvas } from './DigitCanvas.tsx';
import { digitRgba, weightRgba, weightScale } from './digitImages.ts';
import type { DigitsFrame, DigitsRunFrame } from './engine.ts';
import {
  DIGIT_CLASSES,
  DIGIT_INPUTS,
  DIGIT_SIDE,
  digitsConfigLabel,
  parameterCount,
  setupFromState,
} from './model.ts';
import { digitsBoardCodec } from './state.ts';
import { DIGITS_DOWNLOAD } from '../../../src/lib/digits/digitsFormat.ts';
import { DigitsSettings } from './DigitsSettings.tsx';
import './digitsBoard.css';

// Lazy: the worker, and with it the digits' download, start on the reader's first Play or Step.
const connect = lazyConnection<ReturnType<typeof setupFromState>, DigitsFrame>(
  connectTraining(
    () => new Worker(new URL('./digits.worker.ts', import.meta.url), { type: 'module' }),
    () => {
      throw new Error('this board trains in a Web Worker, and this browser did not start one');
    },
  ),
);

/** The capstone's second board: a network trained on real handwritten digits, up to four optimizer configurations at once. */
export default function DigitsBoard() {
  const { state, set, reset, frame } = useWidget(digitsBoardCodec);
  const setup = useMemo(() => setupFromState(state), [state]);
  const { session, snapshot } = useTrainingSession(connect, setup, setup.steps);
  // Charts, tables and images render at low priority: they never hold up a press.
  const shown = useDeferredValue(snapshot);
  // memoised: the charts are memo components, and a new array every render would redraw them
  const xDomain = useMemo(() => [0, state.steps] as const, [state.steps]);
  const [detail, setDetail] = useState(0);
  const focus = Math.min(detail, state.runs - 1);
  // Once the digits have arrived, an empty run list only means new settings are being prepared.
  const [everTrained, setEverTrained] = useState(false);
  if (snapshot.runs.length > 0 && !everTrained) setEverTrained(true);

  const summary = snapshot.error
    ? `Training stopped: ${snapshot.error}`
    : shown.runs.length
      ? summarizeTraining(shown.runs, shown.step, state.steps, shown.playing)
      : everTrained
        ? 'Preparing the runs…'
        : snapshot.playing
          ? `Downloading the digits (${DIGITS_DOWNLOAD})…`
          : `Press Play or Step to download the digits (${DIGITS_DOWNLOAD}) and train.`;
  const letters = Array.from({ length: state.runs }, (_, i) => ({
    value: String(i),
    label: `${configLetter(i)}: ${digitsConfigLabel(state.configs[i])}`,
  }));
  const hiddenText =
    state.layers === 0
      ? 'no hidden layer'
      : `${state.layers} hidden layer${state.layers > 1 ? 's' : ''} of ${state.units} ${state.activation === 'relu' ? 'ReLU' : 'tanh'} units`;

  return (
    <WidgetFrame
      {...frame}
      title="Digits board: optimizers on real handwritten digits"
      description={`A ${setup.sizes.join('-')} network (${parameterCount(setup.sizes).toLocaleString('en')} parameters, ${hiddenText}, softmax cross-entropy) learns to read 14 × 14 MNIST digits: 6,000 for training, 1,000 for testing. Every configuration starts from the same initialisation and sees the same mini-batches; only the optimizer, schedule and penalty differ. Below the curves: the confusion matrix, the test digits a configuration gets wrong, and its first-layer weights as images.`}
      summary={summary}
      onReset={() => {
        session.pause();
        reset();
      }}
      actions={<NewSeedButton seed={state.seed} onChange={(seed) => set({ seed })} />}
      minHeight="60rem"
      controls={<DigitsSettings state={state} set={set} />}
    >
      <TrainingTransport session={session} snapshot={snapshot} steps={state.steps} />
      {snapshot.error && (
        <p className="wk-notice" role="alert">
          Training stopped: {snapshot.error}
        </p>
      )}
      {!shown.runs.length && !snapshot.error && <p className="digits-waiting">{summary}</p>}
      <TrainingCharts
        runs={shown.runs}
        summary={summary}
        lossLabel="cross-entropy loss"
        xDomain={xDomain}
        finished={shown.done}
      />
      <MetricsTable runs={shown.runs} label="Latest metrics per configuration on the digits" />
      {shown.runs.length > 0 && (
        <section className="digits-details" aria-label="What one configuration has learned">
          <Select
            name="detail"
            label="Show the details of configuration"
            value={String(focus)}
            options={letters}
            onChange={(v) => setDetail(Number(v))}
          />
          <RunDetails
            letter={configLetter(focus)}
            run={shown.frame?.runs[focus] ?? null}
            history={shown.runs[focus]}
            layers={state.layers}
          />
        </section>
      )}
    </WidgetFrame>
  );
}

interface RunDetailsProps {
  letter: string;
  run: DigitsRunFrame | null;
  history: RunHistory;
  layers: number;
}

// Memoised: a press on a setting re-renders the board, but the details follow only the shown run.
const RunDetails = memo(function RunDetails({ letter, run, history, layers }: RunDetailsProps) {
  const last = lastPoint(history);
  const weights = useMemo(() => {
    if (!run) return [];
    const scale = weightScale(run.weights);
    const n = run.weights.length / DIGIT_INPUTS;
    return Array.from({ length: n }, (_, j) =>
      weightRgba(run.weights.subarray(j * DIGIT_INPUTS, (j + 1) * DIGIT_INPUTS), scale),
    );
  }, [run]);
  const wrong = useMemo(() => {
    const w = run?.wrong;
    if (!w) return [];
    return Array.from(w.index, (row, i) => ({
      row,
      label: w.label[i],
      predicted: w.predicted[i],
      rgba: digitRgba(w.pixels.subarray(i * DIGIT_INPUTS, (i + 1) * DIGIT_INPUTS)),
    }));
  }, [run]);
  if (history.divergedAt !== null)
    return (
      <p>
        Configuration {letter} diverged at step {history.divergedAt}: there is nothing left to show.
      </p>
    );
  if (!last || !run) return null;
  const wrongCount = last.misclassified?.length ?? 0;
  const unitsShown = weights.length;
  return (
    <>
      {last.confusion && (
        <ConfusionTable
          counts={last.confusion}
          classes={DIGIT_CLASSES}
          caption={`Confusion matrix of configuration ${letter} at step ${last.step}: the 1,000 test digits by true class (rows) and predicted class (columns); ${1000 - wrongCount} right, on the diagonal.`}
        />
      )}
      <figure className="digits-figure">
        <figcaption>
          {wrongCount === 0
            ? `Configuration ${letter} reads every test digit right at step ${last.step}.`
            : `The first ${wrong.length} of the ${wrongCount} test digits configuration ${letter} gets wrong at step ${last.step}, each with its true class → the predicted one.`}
        </figcaption>
        <ul className="digits-grid">
          {wrong.map((d) => (
            <li key={d.row}>
              <DigitCanvas
                rgba={d.rgba}
                width={DIGIT_SIDE}
                height={DIGIT_SIDE}
                label={`Test digit ${d.row + 1}: a ${d.label}, read as ${d.predicted}`}
              />
              <span aria-hidden="true">
                {d.label} → {d.predicted}
              </span>
            </li>
          ))}
        </ul>
      </figure>
      <figure className="digits-figure">
        <figcaption>
          {layers === 0
            ? `The weights of configuration ${letter}'s ten output units on the 196 pixels (one template per class, 0 to 9): red pixels push towards the class, blue away.`
            : `The first-layer weights of ${unitsShown === run.weightUnits ? 'all' : `the first ${unitsShown} of the`} ${run.weightUnits} hidden units of configuration ${letter}, each on the 196 pixels: red positive, blue negative, white zero (one colour scale for all).`}
        </figcaption>
        <ul className="digits-grid">
          {weights.map((rgba, j) => (
            <li key={j}>
              <DigitCanvas
                rgba={rgba}
                width={DIGIT_SIDE}
                height={DIGIT_SIDE}
                label={layers === 0 ? `Weights of class ${j}` : `Weights of hidden unit ${j + 1}`}
                zoom={4}
              />
              <span aria-hidden="true">{layers === 0 ? j : `unit ${j + 1}`}</span>
            </li>
          ))}
        </ul>
        <div className="digits-scale" aria-hidden="true">
          <span>−</span>
          <span className="digits-scale-bar" />
          <span>+</span>
        </div>
      </figure>
    </>
  );
});
