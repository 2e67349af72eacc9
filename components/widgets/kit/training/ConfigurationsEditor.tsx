import { useState, type ReactNode } from 'react';
import { withSlot } from '../../../../src/lib/urlState/index.ts';
import { LogSlider } from '../controls/LogSlider.tsx';
import { Slider } from '../controls/Slider.tsx';
import { ConfigEditor, ConfigTabs } from './ConfigEditor.tsx';
import type { TrainingConfig } from './TrainingConfig.ts';

export interface ConfigurationsEditorProps<C extends TrainingConfig> {
  /** Every slot (A–D); the first `count` are trained. */
  configs: readonly C[];
  count: number;
  labelOf: (config: C) => string;
  /** Called with a function from the latest configurations to the new ones (see StatePatch). */
  onChange: (update: (configs: readonly C[]) => C[]) => void;
  /** A board's own fields of the configuration being edited, shown under the kit's editor. */
  extra?: (config: C, index: number, patch: (p: Partial<C>) => void) => ReactNode;
}

/** "Edit A", "Edit B", … and the editor of the chosen configuration: a training board's optimizer settings. */
export function ConfigurationsEditor<C extends TrainingConfig>({
  configs,
  count,
  labelOf,
  onChange,
  extra,
}: ConfigurationsEditorProps<C>) {
  const [editing, setEditing] = useState(0);
  const edit = Math.min(editing, count - 1);
  // Applied to the latest configurations, not these props: another control's change may be
  // handed over in the same frame, before this editor renders again.
  const patch = (p: Partial<C>) => onChange((latest) => withSlot(latest, edit, p));
  return (
    <>
      <ConfigTabs count={count} editing={edit} onEdit={setEditing} labelOf={(i) => labelOf(configs[i])} />
      <ConfigEditor index={edit} config={configs[edit]} onChange={(p) => patch(p as Partial<C>)} />
      {extra?.(configs[edit], edit, patch)}
    </>
  );
}

export interface RunLengthControlsProps {
  batch: number;
  steps: number;
  runs: number;
  /** [min, max] of the batch size and of the run length T. */
  batchRange: readonly [number, number];
  stepsRange: readonly [number, number];
  onChange: (patch: { batch?: number; steps?: number; runs?: number }) => void;
}

/** Batch size, run length T and how many configurations are compared: what every training board asks. */
export function RunLengthControls({
  batch,
  steps,
  runs,
  batchRange,
  stepsRange,
  onChange,
}: RunLengthControlsProps) {
  return (
    <>
      <LogSlider
        name="batch"
        label="Batch size b"
        value={batch}
        min={batchRange[0]}
        max={batchRange[1]}
        integer
        onChange={(b) => onChange({ batch: b })}
      />
      <LogSlider
        name="steps"
        label="Run length T (updates)"
        value={steps}
        min={stepsRange[0]}
        max={stepsRange[1]}
        integer
        onChange={(t) => onChange({ steps: t })}
      />
      <Slider
        name="runs"
        label="Configurations compared"
        value={runs}
        min={1}
        max={4}
        onChange={(n) => onChange({ runs: n })}
      />
    </>
  );
}
