import { memo } from 'react';
// The kit's files one by one (not its index): the island then carries no code it does not draw.
import { LogSlider } from '../kit/controls/LogSlider.tsx';
import { Select } from '../kit/controls/Select.tsx';
import { Slider } from '../kit/controls/Slider.tsx';
import { Toggle } from '../kit/controls/Toggle.tsx';
import { ConfigurationsEditor, RunLengthControls } from '../kit/training/ConfigurationsEditor.tsx';
import type { StatePatch } from '../kit/useUrlState.ts';
import { configLetter } from '../kit/training/TrainingCharts.tsx';
import { digitsConfigLabel } from './model.ts';
import { DIGITS_ACTIVATIONS, type DigitsBoardState } from './state.ts';

const ACT_OPTIONS = DIGITS_ACTIVATIONS.map((a) => ({ value: a, label: a === 'relu' ? 'ReLU' : a }));

interface Props {
  state: DigitsBoardState;
  set: (patch: StatePatch<DigitsBoardState>) => void;
}

/**
 * The digits board's settings. Memoised on the state: the snapshots published while the runs go
 * re-render the charts and details, never these controls (four configurations' worth of them).
 */
export const DigitsSettings = memo(function DigitsSettings({ state, set }: Props) {
  return (
    <>
      <Slider
        name="layers"
        label="Hidden layers"
        value={state.layers}
        min={0}
        max={2}
        onChange={(layers) => set({ layers })}
      />
      <LogSlider
        name="units"
        label="Units per hidden layer"
        value={state.units}
        min={8}
        max={128}
        integer
        onChange={(units) => set({ units })}
        disabled={state.layers === 0}
      />
      <Select
        name="activation"
        label="Activation"
        value={state.activation}
        options={ACT_OPTIONS}
        onChange={(activation) => set({ activation })}
      />
      <RunLengthControls
        batch={state.batch}
        steps={state.steps}
        runs={state.runs}
        batchRange={[1, 512]}
        stepsRange={[100, 5000]}
        onChange={set}
      />
      <ConfigurationsEditor
        configs={state.configs}
        count={state.runs}
        labelOf={digitsConfigLabel}
        onChange={(update) => set((latest) => ({ configs: update(latest.configs) }))}
        extra={(config, i, patch) => (
          <>
            <Toggle
              name="l2-on"
              label={`Penalty (λ₂/2)‖w‖² in the loss, on the weights only (configuration ${configLetter(i)})`}
              checked={config.l2On}
              onChange={(l2On) => patch({ l2On })}
            />
            {config.l2On && (
              <LogSlider
                name="l2"
                label="Penalty λ₂ in (λ₂/2)‖w‖²"
                value={config.l2}
                min={1e-5}
                max={0.1}
                onChange={(l2) => patch({ l2 })}
              />
            )}
          </>
        )}
      />
    </>
  );
});
