import { useDeferredValue, useMemo } from 'react';
import { DATASET2D_KINDS, INPUT_FEATURES, REGRESSION2D_KINDS } from '@descent/optim';
// The kit's files one by one (not its index): the island then carries no code it does not draw.
import { LogSlider } from '../kit/controls/LogSlider.tsx';
import { Select } from '../kit/controls/Select.tsx';
import { Slider } from '../kit/controls/Slider.tsx';
import { Toggle } from '../kit/controls/Toggle.tsx';
import { fieldName } from '../kit/controls/fieldName.ts';
import { WidgetFrame } from '../kit/WidgetFrame.tsx';
import { formatNumber } from '../kit/formatNumber.ts';
import { useWidget } from '../kit/useWidget.ts';
import { connectTraining } from '../kit/training/connectTraining.ts';
import { ConfigurationsEditor, RunLengthControls } from '../kit/training/ConfigurationsEditor.tsx';
import { summarizeTraining } from '../kit/training/describeTraining.ts';
import { MetricsTable, TrainingCharts } from '../kit/training/TrainingCharts.tsx';
import { configLabel } from '../kit/training/trainingConfigSpecs.ts';
import { TrainingTransport } from '../kit/training/TrainingTransport.tsx';
import { useTrainingSession } from '../kit/training/useTrainingSession.ts';
import { BoundaryBoards } from './BoundaryBoards.tsx';
import { createEngine } from './engine.ts';
import { buildDataset, configFromState, parameterCount, resizePatch, uniformUnitsPatch } from './model.ts';
import { ACTIVATIONS, PROBLEMS, REGULARIZATIONS, playgroundCodec } from './state.ts';
import { runStyle } from './runStyle.ts';
import { NetworkDiagram } from './NetworkDiagram.tsx';
import './playground.css';

const DATA_OPTIONS = DATASET2D_KINDS.map((d) => ({ value: d, label: d }));
const REG_DATA_LABELS = { plane: 'plane', gauss: 'multi-Gaussian' } as const;
const REG_DATA_OPTIONS = REGRESSION2D_KINDS.map((d) => ({ value: d, label: REG_DATA_LABELS[d] }));
const PROBLEM_OPTIONS = PROBLEMS.map((p) => ({ value: p, label: p }));
const REG_LABELS = { none: 'none', l1: 'L1: λ Σ|w|', l2: 'L2: (λ/2) Σ w²' } as const;
const REG_OPTIONS = REGULARIZATIONS.map((r) => ({ value: r, label: REG_LABELS[r] }));
const ACT_OPTIONS = ACTIVATIONS.map((a) => ({ value: a, label: a === 'relu' ? 'ReLU' : a }));
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
      controls={
        <>
          <Select
            name="problem"
            label="Problem type"
            value={state.problem}
            options={PROBLEM_OPTIONS}
            onChange={(problem) => set({ problem })}
          />
          {regression ? (
            <Select
              name="reg-dataset"
              label="Data set"
              value={state.regDataset}
              options={REG_DATA_OPTIONS}
              onChange={(regDataset) => set({ regDataset })}
            />
          ) : (
            <Select
              name="dataset"
              label="Data set"
              value={state.dataset}
              options={DATA_OPTIONS}
              onChange={(dataset) => set({ dataset })}
            />
          )}
          <Slider
            name="noise"
            label="Noise (std)"
            value={state.noise}
            min={0}
            max={0.5}
            step={0.01}
            onChange={(noise) => set({ noise })}
            format={(v) => formatNumber(v, 2)}
          />
          <LogSlider
            name="n"
            label="Points"
            value={state.n}
            min={40}
            max={1000}
            integer
            onChange={(n) => set({ n })}
          />
          <Slider
            name="train-pct"
            label="Training share (%)"
            value={state.trainPct}
            min={10}
            max={90}
            step={5}
            onChange={(trainPct) => set({ trainPct })}
          />
          <fieldset className="pg-features" data-control-name="features">
            <legend>Input features</legend>
            {INPUT_FEATURES.map((f) => (
              <Toggle
                key={f.id}
                name={fieldName(f.id)}
                label={f.label}
                checked={state[f.id]}
                onChange={(on) => set({ [f.id]: on })}
              />
            ))}
          </fieldset>
          <Select
            name="regularization"
            label="Regularisation (weights, not biases)"
            value={state.regularization}
            options={REG_OPTIONS}
            onChange={(regularization) => set({ regularization })}
          />
          {state.regularization !== 'none' && (
            <LogSlider
              name="lambda"
              label="Regularisation rate λ"
              value={state.lambda}
              min={1e-6}
              max={1}
              onChange={(lambda) => set({ lambda })}
            />
          )}
          <Slider
            name="layers"
            label="Hidden layers"
            value={state.layers}
            min={0}
            max={6}
            onChange={(layers) => set({ layers })}
          />
          <Slider
            name="units"
            label="Units per hidden layer"
            value={state.units}
            min={1}
            max={16}
            onChange={(units) => set(uniformUnitsPatch(units))}
            disabled={state.layers === 0}
          />
          <Select
            name="activation"
            label="Activation"
            value={state.activation}
            options={ACT_OPTIONS}
            onChange={(activation) => set({ activation })}
          />
          <Slider
            name="seed"
            label="Seed"
            value={state.seed}
            min={1}
            max={50}
            onChange={(seed) => set({ seed })}
            hint="Same seed: same data, initialisation and batches."
          />
          <Toggle
            name="show-test"
            label="Show test data"
            checked={state.showTest}
            onChange={(showTest) => set({ showTest })}
          />
          <Toggle
            name="discrete"
            label="Discretise output"
            checked={state.discrete}
            onChange={(discrete) => set({ discrete })}
          />
          <RunLengthControls
            batch={state.batch}
            steps={state.steps}
            runs={state.runs}
            batchRange={[1, 500]}
            stepsRange={[50, 20000]}
            onChange={set}
          />
          <ConfigurationsEditor
            configs={state.configs}
            count={state.runs}
            labelOf={configLabel}
            onChange={(configs) => set({ configs })}
          />
        </>
      }
    >
      <NetworkDiagram
        session={session}
        sizes={config.sizes}
        features={featureLabels}
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
