import { memo } from 'react';
import { DATASET2D_KINDS, REGRESSION2D_KINDS } from '@descent/optim';
// The kit's files one by one (not its index): the island then carries no code it does not draw.
import { LogSlider } from '../kit/controls/LogSlider.tsx';
import { Select } from '../kit/controls/Select.tsx';
import { Slider } from '../kit/controls/Slider.tsx';
import { Toggle } from '../kit/controls/Toggle.tsx';
import { formatNumber } from '../kit/formatNumber.ts';
import { ConfigurationsEditor, RunLengthControls } from '../kit/training/ConfigurationsEditor.tsx';
import { configLabel } from '../kit/training/trainingConfigSpecs.ts';
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
  set: (patch: Partial<PlaygroundState>) => void;
}

/**
 * The playground's settings (the input features are toggled on the network diagram). Memoised on
 * the state: the training's snapshots, published while the runs go, re-render the boards and
 * charts but never these twenty-odd controls.
 */
export const PlaygroundSettings = memo(function PlaygroundSettings({ state, set }: Props) {
  const regression = state.problem === 'regression';
  const hidden = hiddenWidths(state);
  const uniform = uniformWidth(state);
  return (
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
        max={MAX_LAYERS}
        onChange={(layers) => {
          const patch = layersPatch(state, layers);
          if (patch) set(patch);
        }}
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
  );
});
