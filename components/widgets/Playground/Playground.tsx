import { useCallback, useDeferredValue, useMemo } from 'react';
import { INPUT_FEATURES, type InputFeature } from '@descent/optim';
// The kit's files one by one (not its index): the island then carries no code it does not draw.
import { WidgetFrame } from '../kit/WidgetFrame.tsx';
import { useWidget } from '../kit/useWidget.ts';
import { connectTraining } from '../kit/training/connectTraining.ts';
import { summarizeTraining } from '../kit/training/describeTraining.ts';
import { MetricsTable, TrainingCharts } from '../kit/training/TrainingCharts.tsx';
import { configLabel } from '../kit/training/trainingConfigSpecs.ts';
import { TrainingTransport } from '../kit/training/TrainingTransport.tsx';
import { useTrainingSession } from '../kit/training/useTrainingSession.ts';
import { BoundaryBoards } from './BoundaryBoards.tsx';
import { createEngine } from './engine.ts';
import { buildDataset, configFromState, featurePatch, parameterCount, resizePatch } from './model.ts';
import { playgroundCodec } from './state.ts';
import { runStyle } from './runStyle.ts';
import { NetworkDiagram } from './NetworkDiagram.tsx';
import { PlaygroundSettings } from './PlaygroundSettings.tsx';
import './playground.css';

const connect = connectTraining(
  () => new Worker(new URL('./playground.worker.ts', import.meta.url), { type: 'module' }),
  createEngine,
);

/** The capstone playground: train a small network on 2-D data with up to four optimizer configurations at once. */
export default function Playground() {
  const { state, set, reset, frame } = useWidget(playgroundCodec);
  const config = useMemo(() => configFromState(state), [state]);
  const data = useMemo(() => buildDataset(config), [config]);
  const labels = useMemo(() => config.configs.map(configLabel), [config]);
  const { session, snapshot } = useTrainingSession(connect, config, config.steps);
  // Charts, table and summary render at low priority: a chart redraw never holds up a board frame or a press.
  const shown = useDeferredValue(snapshot);
  const task = config.problem;
  const regression = task === 'regression';
  // Before Play the charts span the whole run, 0 … T (a stable tuple: the chart is memoised).
  const xDomain = useMemo(() => [0, state.steps] as const, [state.steps]);
  const featureLabels = useMemo(
    () => INPUT_FEATURES.filter((f) => config.features.includes(f.id)).map((f) => f.label),
    [config],
  );
  const features = featureLabels.join(', ');
  // every feature with its state, for the diagram's input column (the one place they are toggled)
  const inputs = INPUT_FEATURES.map((f) => ({
    id: f.id,
    label: f.label,
    on: config.features.includes(f.id),
  }));
  const toggleFeature = useCallback(
    (id: InputFeature) => {
      const patch = featurePatch(state, id);
      if (patch) set(patch);
      return patch !== null;
    },
    [state, set],
  );

  const summary = shown.error
    ? `Training stopped: ${shown.error}`
    : shown.runs.length
      ? summarizeTraining(shown.runs, shown.step, state.steps, shown.playing, task)
      : 'Preparing the runs…';

  return (
    <WidgetFrame
      {...frame}
      title="Playground: train a network, compare optimizers"
      description={
        regression
          ? `A ${config.sizes.join('-')} network (${parameterCount(config.sizes)} parameters, ${state.activation} hidden units, squared loss ½(ŷ − y)²) learns a real-valued label over the plane from the input features ${features}. Every configuration starts from the same initialisation and sees the same mini-batches; only the optimizer and schedule differ. Shaded background: the predicted value ŷ (orange below 0, blue above, full colour at ±1); filled dots are training points, rings are test points, coloured by their label.`
          : `A ${config.sizes.join('-')} network (${parameterCount(config.sizes)} parameters, ${state.activation} hidden units, logistic loss) learns to separate two classes in the plane from the input features ${features}. Every configuration starts from the same initialisation and sees the same mini-batches; only the optimizer and schedule differ. Shaded background: the network's predicted class (stronger colour = more confident); filled dots are training points, rings are test points.`
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
          <TrainingTransport session={session} snapshot={snapshot} steps={state.steps} />
          {snapshot.error && (
            <p className="wk-notice" role="alert">
              {snapshot.error}
            </p>
          )}
          <BoundaryBoards
            session={session}
            data={data}
            labels={labels}
            runs={shown.runs}
            step={shown.step}
            showTest={state.showTest}
            discrete={state.discrete}
            problem={task}
            styleOf={runStyle}
          />
        </>
      }
      controls={<PlaygroundSettings state={state} set={set} />}
    >
      <NetworkDiagram
        session={session}
        sizes={config.sizes}
        inputs={inputs}
        onToggleFeature={toggleFeature}
        activation={state.activation}
        problem={task}
        labels={labels}
        step={shown.step}
        onResize={(change) => {
          const patch = resizePatch(state, change);
          if (patch) set(patch);
        }}
      />
      <TrainingCharts
        runs={shown.runs}
        summary={summary}
        lossLabel={regression ? 'squared loss' : 'logistic loss'}
        task={task}
        styleOf={runStyle}
        xDomain={xDomain}
        finished={shown.done}
      />
      <MetricsTable runs={shown.runs} task={task} />
    </WidgetFrame>
  );
}
