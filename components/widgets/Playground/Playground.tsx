import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react';
import { INPUT_FEATURES, type InputFeature } from '@descent/optim';
// The kit's files one by one (not its index): the island then carries no code it does not draw.
import { WidgetFrame } from '../kit/WidgetFrame.tsx';
import { useAfterPaint } from '../kit/useAfterPaint.ts';
import { useWidget } from '../kit/useWidget.ts';
import type { StatePatch } from '../kit/useUrlState.ts';
import { connectTraining } from '../kit/training/connectTraining.ts';
import { summarizeTraining } from '../kit/training/describeTraining.ts';
import { runsOrPending } from '../kit/training/runsOrPending.ts';
import { MetricsTable, TrainingCharts } from '../kit/training/TrainingCharts.tsx';
import { configLabel } from '../kit/training/configLabel.ts';
import { TrainingTransport } from '../kit/training/TrainingTransport.tsx';
import { useTrainingSession } from '../kit/training/useTrainingSession.ts';
import type { BoardView } from './boardPainter.ts';
import { BoundaryBoards } from './BoundaryBoards.tsx';
import type { Frame } from './frame.ts';
import { drawsInWorker } from './offscreen.ts';
import {
  buildDataset,
  configFromState,
  featurePatch,
  parameterCount,
  resizePatch,
  type PlaygroundConfig,
} from './model.ts';
import { playgroundCodec, type PlaygroundState } from './state.ts';
import { runStyle } from './runStyle.ts';
import { NetworkDiagram } from './NetworkDiagram.tsx';
import { PlaygroundSettings } from './PlaygroundSettings.tsx';
import './playground.css';

// The worker runs the training; the engine (optimizers, network) loads on the page only where
// Workers are missing, so the island carries none of it.
const connect = connectTraining<PlaygroundConfig, Frame>(
  () => new Worker(new URL('./playground.worker.ts', import.meta.url), { type: 'module' }),
  { load: () => import('./engine.ts').then((m) => m.createEngine) },
);

/** The capstone playground: train a small network on 2-D data with up to four optimizer configurations at once. */
export default function Playground() {
  const { state, set, reset, frame } = useWidget(playgroundCodec);
  // A press renders the settings (the control moved, its value) and nothing else in its frame;
  // the boards, diagram, description and the restart of the runs follow the settings just after
  // that paint, in a transition a newer press interrupts (kit README, "within one frame").
  const view = useAfterPaint(state);
  const config = useMemo(() => configFromState(view), [view]);
  // The points depend on these six settings only: an η or a width leaves the data (and the
  // boards' point layers, drawn once per data set) as they are.
  const { problem, dataset, noise, n, trainPct, seed } = config;
  const data = useMemo(
    () => buildDataset({ problem, dataset, noise, n, trainPct, seed }),
    [problem, dataset, noise, n, trainPct, seed],
  );
  const { configs } = config;
  const labels = useMemo(() => configs.map(configLabel), [configs]);
  const { session, snapshot } = useTrainingSession(connect, config, config.steps);
  // A press tells the worker's painter to hold the canvases for a moment, so the press's frame
  // reaches the screen without a board's frame in the same draw (boardPainter.ts, HOLD_MS).
  const press = useCallback(
    (patch: StatePatch<PlaygroundState>) => {
      if (drawsInWorker(session)) session.view({ kind: 'hold' } satisfies BoardView);
      set(patch);
    },
    [session, set],
  );
  // Charts, table and summary render at low priority: a chart redraw never holds up a board frame or a press.
  const shown = useDeferredValue(snapshot);
  // Between new settings and their first frame every configuration reads "not started", so the
  // board keeps its size through the restart a press causes.
  const runs = useMemo(() => runsOrPending(shown.runs, labels), [shown.runs, labels]);
  const task = config.problem;
  const regression = task === 'regression';
  // Before Play the charts span the whole run, 0 … T (a stable tuple: the chart is memoised).
  const xDomain = useMemo(() => [0, view.steps] as const, [view.steps]);
  const { features: featureIds } = config;
  const featureLabels = useMemo(
    () => INPUT_FEATURES.filter((f) => featureIds.includes(f.id)).map((f) => f.label),
    [featureIds],
  );
  const features = featureLabels.join(', ');
  // every feature with its state, for the diagram's input column (the one place they are toggled)
  const inputs = useMemo(
    () => INPUT_FEATURES.map((f) => ({ id: f.id, label: f.label, on: featureIds.includes(f.id) })),
    [featureIds],
  );
  // The diagram's toggles and +/− patch the latest state (a press may be ahead of the view).
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  });
  const toggleFeature = useCallback(
    (id: InputFeature) => {
      const patch = featurePatch(latest.current, id);
      if (patch) press(patch);
      return patch !== null;
    },
    [press],
  );
  const resize = useCallback(
    (change: Parameters<typeof resizePatch>[1]) => {
      const patch = resizePatch(latest.current, change);
      if (patch) press(patch);
    },
    [press],
  );

  const summary = shown.error
    ? `Training stopped: ${shown.error}`
    : summarizeTraining(runs, shown.step, view.steps, shown.playing, task);

  return (
    <WidgetFrame
      {...frame}
      title="Playground: train a network, compare optimizers"
      description={
        regression
          ? `A ${config.sizes.join('-')} network (${parameterCount(config.sizes)} parameters, ${view.activation} hidden units, squared loss ½(ŷ − y)²) learns a real-valued label over the plane from the input features ${features}. Every configuration starts from the same initialisation and sees the same mini-batches; only the optimizer and schedule differ. Shaded background: the predicted value ŷ (orange below 0, blue above, full colour at ±1); filled dots are training points, rings are test points, coloured by their label.`
          : `A ${config.sizes.join('-')} network (${parameterCount(config.sizes)} parameters, ${view.activation} hidden units, logistic loss) learns to separate two classes in the plane from the input features ${features}. Every configuration starts from the same initialisation and sees the same mini-batches; only the optimizer and schedule differ. Shaded background: the network's predicted class (stronger colour = more confident); filled dots are training points, rings are test points.`
      }
      summary={summary}
      onReset={() => {
        session.pause();
        reset();
      }}
      minHeight="60rem"
      // On a phone the boards and Play come first, the settings after them.
      lead={
        <>
          <TrainingTransport session={session} snapshot={snapshot} steps={view.steps} />
          {snapshot.error && (
            <p className="wk-notice" role="alert">
              {snapshot.error}
            </p>
          )}
          <BoundaryBoards
            session={session}
            data={data}
            labels={labels}
            runs={runs}
            step={shown.step}
            showTest={view.showTest}
            discrete={view.discrete}
            problem={task}
            styleOf={runStyle}
          />
        </>
      }
      controls={<PlaygroundSettings state={state} set={press} />}
    >
      <NetworkDiagram
        session={session}
        sizes={config.sizes}
        inputs={inputs}
        onToggleFeature={toggleFeature}
        activation={view.activation}
        problem={task}
        labels={labels}
        step={shown.step}
        onResize={resize}
      />
      <TrainingCharts
        runs={runs}
        summary={summary}
        lossLabel={regression ? 'squared loss' : 'logistic loss'}
        task={task}
        styleOf={runStyle}
        xDomain={xDomain}
        finished={shown.done}
      />
      <MetricsTable runs={runs} task={task} />
    </WidgetFrame>
  );
}
