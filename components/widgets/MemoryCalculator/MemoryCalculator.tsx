import { useMemo } from 'react';
import { LogSlider } from '../kit/controls/LogSlider.tsx';
import { Select } from '../kit/controls/Select.tsx';
import { Slider } from '../kit/controls/Slider.tsx';
import { Toggle } from '../kit/controls/Toggle.tsx';
import { WidgetFrame } from '../kit/WidgetFrame.tsx';
import { formatNumber } from '../kit/formatNumber.ts';
import { useWidget } from '../kit/useWidget.ts';
import { formatBytes, formatCount, memoryCalculator, type MemoryCalculatorResult } from './model.ts';
import { memoryCalculatorCodec, type MemoryCalculatorState } from './state.ts';

/** GPT-2's four sizes (Radford et al. 2019): width and depth; all share V = 50 257, 1024 positions. */
const PRESETS: Record<string, Partial<MemoryCalculatorState>> = {
  'gpt2-small': { dModel: 768, layers: 12, vocab: 50257, context: 1024, mlpRatio: 4, tied: true },
  'gpt2-medium': { dModel: 1024, layers: 24, vocab: 50257, context: 1024, mlpRatio: 4, tied: true },
  'gpt2-large': { dModel: 1280, layers: 36, vocab: 50257, context: 1024, mlpRatio: 4, tied: true },
  'gpt2-xl': { dModel: 1600, layers: 48, vocab: 50257, context: 1024, mlpRatio: 4, tied: true },
};
const PRESET_OPTIONS = [
  { value: 'custom', label: 'your own (the sliders)' },
  { value: 'gpt2-small', label: 'GPT-2 small (d 768, 12 layers)' },
  { value: 'gpt2-medium', label: 'GPT-2 medium (d 1024, 24 layers)' },
  { value: 'gpt2-large', label: 'GPT-2 large (d 1280, 36 layers)' },
  { value: 'gpt2-xl', label: 'GPT-2 XL (d 1600, 48 layers)' },
];
const CONTEXTS = [0, 512, 1024, 2048, 4096, 8192, 32768].map((c) => ({
  value: String(c),
  label: c === 0 ? 'none (rotary)' : String(c),
}));

const presetOf = (s: MemoryCalculatorState) =>
  Object.entries(PRESETS).find(([, p]) =>
    Object.entries(p).every(([k, v]) => s[k as keyof MemoryCalculatorState] === v),
  )?.[0] ?? 'custom';

/** Optimizer-state memory of every optimizer in the course, for a transformer the reader describes. */
export default function MemoryCalculator() {
  const { state, set, frame } = useWidget(memoryCalculatorCodec);
  const result = useMemo(() => memoryCalculator(state), [state]);
  const summary = useMemo(() => summarize(result, state), [result, state]);
  const contextOptions = CONTEXTS.some((c) => c.value === String(state.context))
    ? CONTEXTS
    : [...CONTEXTS, { value: String(state.context), label: String(state.context) }];
  return (
    <WidgetFrame
      {...frame}
      title="Optimizer memory for a model you describe"
      description="A decoder-only transformer laid out as GPT-2 (embeddings, per layer two LayerNorms, a fused QKV and an output projection, a two-layer MLP, all with biases; a final LayerNorm; the head tied to the embedding or not). Each optimizer's state is counted by the package's formulas, which its tests check against the optimizers' real states. Muon takes the hidden matrices and gives embeddings, head and vectors to AdamW; Shampoo is the paper's algorithm (full statistics on every side, a full matrix for each vector)."
      summary={summary}
      minHeight="40rem"
      controls={
        <>
          <Select
            name="preset"
            label="Model"
            value={presetOf(state)}
            options={PRESET_OPTIONS}
            onChange={(p) => (p in PRESETS ? set(PRESETS[p]) : undefined)}
          />
          <LogSlider
            name="d-model"
            label="Width d"
            value={state.dModel}
            min={16}
            max={16384}
            integer
            stepsPerDecade={12}
            onChange={(dModel) => set({ dModel })}
          />
          <LogSlider
            name="layers"
            label="Layers"
            value={state.layers}
            min={1}
            max={128}
            integer
            stepsPerDecade={12}
            onChange={(layers) => set({ layers })}
          />
          <LogSlider
            name="vocab"
            label="Vocabulary V"
            value={state.vocab}
            min={2}
            max={300000}
            integer
            stepsPerDecade={8}
            format={(v) => v.toLocaleString('en')}
            onChange={(vocab) => set({ vocab })}
          />
          <Select
            name="context"
            label="Learned positions"
            value={String(state.context)}
            options={contextOptions}
            onChange={(c) => set({ context: Number(c) })}
          />
          <Slider
            name="mlp-ratio"
            label="MLP width ÷ d"
            value={state.mlpRatio}
            min={1}
            max={16}
            step={1}
            onChange={(mlpRatio) => set({ mlpRatio })}
          />
          <Toggle
            name="tied"
            label="Head tied to the embedding"
            checked={state.tied}
            onChange={(tied) => set({ tied })}
          />
          <Select
            name="precision"
            label="Stored as"
            value={state.precision}
            options={[
              { value: 'fp32', label: 'fp32 (4 bytes)' },
              { value: 'bf16', label: 'bf16 (2 bytes)' },
            ]}
            onChange={(precision) => set({ precision: precision as MemoryCalculatorState['precision'] })}
          />
        </>
      }
    >
      <p className="wk-hint">
        {formatCount(result.parameters)} parameters ({result.parameters.toLocaleString('en')}), whose weights
        take {formatBytes(result.weightBytes)} in {state.precision}.
      </p>
      <div
        className="wk-table-scroll"
        style={{ maxHeight: 'none' }}
        tabIndex={0}
        role="region"
        aria-label="Optimizer state per optimizer"
      >
        <table>
          <caption>Optimizer state for this model, in {state.precision}</caption>
          <thead>
            <tr>
              <th scope="col">optimizer</th>
              <th scope="col">numbers of state</th>
              <th scope="col">per parameter</th>
              <th scope="col">memory</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr key={r.name}>
                <th scope="row">{r.label}</th>
                <td>{formatCount(r.floats)}</td>
                <td>{formatNumber(r.perParameter, 3)}</td>
                <td>{formatBytes(r.bytes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </WidgetFrame>
  );
}

/** The outcome in words: the model's size and the cheapest and costliest states. */
export function summarize(r: MemoryCalculatorResult, s: MemoryCalculatorState): string {
  const by = (name: string) => r.rows.find((x) => x.name === name)!;
  const adam = by('adamw');
  const sorted = [...r.rows].filter((x) => x.floats > 0).sort((a, b) => a.bytes - b.bytes);
  const least = sorted[0];
  const most = sorted[sorted.length - 1];
  return `${formatCount(r.parameters)} parameters (${formatBytes(r.weightBytes)} of weights in ${s.precision}). AdamW's state takes ${formatBytes(adam.bytes)}; the least is ${least.label}'s ${formatBytes(least.bytes)}, the most ${most.label}'s ${formatBytes(most.bytes)}.`;
}
