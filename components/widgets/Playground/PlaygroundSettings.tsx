import { memo, type ReactNode } from 'react';
import { DATASET2D_KINDS, REGRESSION2D_KINDS } from '@descent/optim';
// The kit's files one by one (not its index): the island then carries no code it does not draw.
import { LogSlider } from '../kit/controls/LogSlider.tsx';
import { Select } from '../kit/controls/Select.tsx';
import { Slider } from '../kit/controls/Slider.tsx';
import { Toggle } from '../kit/controls/Toggle.tsx';
import { formatNumber } from '../kit/formatNumber.ts';
import { ConfigurationsEditor, RunLengthControls } from '../kit/training/ConfigurationsEditor.tsx';
import { configLabel } from '../kit/training/configLabel.ts';
import type { StatePatch } from '../kit/useUrlState.ts';
import { hiddenWidths, layersPatch, uniformUnitsPatch, uniformWidth } from './model.ts';
import {
  ACTIVATIONS,
  MAX_LAYERS,
  MAX_UNITS,
  PROBLEMS,
  REGULARIZATIONS,
  type PlaygroundState,
} from './state.ts';

const DATA_OPTIONS = DATASET2D_KINDS.map((d) => ({ value: d, label: d }));
const REG_DATA_LABELS = { plane: 'plane', gauss: 'multi-Gaussian' } as const;
const REG_DATA_OPTIONS = REGRESSION2D_KINDS.map((d) => ({ value: d, label: REG_DATA_LABELS[d] }));
const PROBLEM_OPTIONS = PROBLEMS.map((p) => ({ value: p, label: p }));
const REG_LABELS = { none: 'none', l1: 'L1: λ Σ|w|', l2: 'L2: (λ/2) Σ w²' } as const;
const REG_OPTIONS = REGULARIZATIONS.map((r) => ({ value: r, label: REG_LABELS[r] }));
const ACT_OPTIONS = ACTIVATIONS.map((a) => ({ value: a, label: a === 'relu' ? 'ReLU' : a }));

interface Props {
  state: PlaygroundState;
  set: (patch: StatePatch<PlaygroundState>) => void;
}

/**
 * A group of settings that re-renders only when a field it shows changes: a press then renders
 * and commits the few controls of its own group, not the twenty-odd of the panel (on a slow phone
 * the whole panel took a frame of its own).
 */
function group(fields: readonly (keyof PlaygroundState)[], render: (p: Props) => ReactNode) {
  return memo(
    (p: Props) => render(p),
    (a, b) => a.set === b.set && fields.every((f) => a.state[f] === b.state[f]),
  );
}

const DataSettings = group(
  ['problem', 'regDataset', 'dataset', 'noise', 'n', 'trainPct'],
  ({ state, set }) => (
    <>
      <Select
        name="problem"
        label="Problem type"
        value={state.problem}
        options={PROBLEM_OPTIONS}
        onChange={(problem) => set({ problem })}
      />
      {state.problem === 'regression' ? (
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
    </>
  ),
);

const RegularisationSettings = group(['regularization', 'lambda'], ({ state, set }) => (
  <>
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
  </>
));

const NetworkSettings = group(
  ['layers', 'units', 'units1', 'units2', 'units3', 'units4', 'units5', 'units6', 'activation'],
  ({ state, set }) => {
    const hidden = hiddenWidths(state);
    const uniform = uniformWidth(state);
    return (
      <>
        <Slider
          name="layers"
          label="Hidden layers"
          value={state.layers}
          min={0}
          max={MAX_LAYERS}
          onChange={(layers) => set((latest) => layersPatch(latest, layers) ?? {})}
        />
        {/* Uniform layers: their width. Layers the diagram made differ: "mixed", the slider at the
          widest, and moving it sets every layer (see uniformUnitsPatch). */}
        <Slider
          name="units"
          label="Units per hidden layer"
          value={uniform ?? Math.max(state.units, ...hidden)}
          min={1}
          max={MAX_UNITS}
          onChange={(units) => set(uniformUnitsPatch(units))}
          format={(v) => (uniform === null && hidden.length > 0 ? 'mixed' : String(v))}
          disabled={state.layers === 0}
        />
        <Select
          name="activation"
          label="Activation"
          value={state.activation}
          options={ACT_OPTIONS}
          onChange={(activation) => set({ activation })}
        />
      </>
    );
  },
);

const DisplaySettings = group(['seed', 'showTest', 'discrete'], ({ state, set }) => (
  <>
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
  </>
));

const RunSettings = group(['batch', 'steps', 'runs'], ({ state, set }) => (
  <RunLengthControls
    batch={state.batch}
    steps={state.steps}
    runs={state.runs}
    batchRange={[1, 500]}
    stepsRange={[50, 20000]}
    onChange={set}
  />
));

const ConfigurationSettings = group(['configs', 'runs'], ({ state, set }) => (
  <ConfigurationsEditor
    configs={state.configs}
    count={state.runs}
    labelOf={configLabel}
    onChange={(update) => set((latest) => ({ configs: update(latest.configs) }))}
  />
));

/**
 * The playground's settings (the input features are toggled on the network diagram), in groups
 * memoised on the fields they show: the training's snapshots, published while the runs go,
 * re-render the boards and charts but never these controls, and a press re-renders its group.
 */
export const PlaygroundSettings = memo(function PlaygroundSettings({ state, set }: Props) {
  return (
    <>
      <DataSettings state={state} set={set} />
      <RegularisationSettings state={state} set={set} />
      <NetworkSettings state={state} set={set} />
      <DisplaySettings state={state} set={set} />
      <RunSettings state={state} set={set} />
      <ConfigurationSettings state={state} set={set} />
    </>
  );
});
