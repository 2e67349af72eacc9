import { LogSlider } from '../kit/controls/LogSlider.tsx';
import { Select } from '../kit/controls/Select.tsx';
import { Slider } from '../kit/controls/Slider.tsx';
import { Toggle } from '../kit/controls/Toggle.tsx';
import { fieldName } from '../kit/controls/fieldName.ts';
import { formatNumber } from '../kit/formatNumber.ts';
import { KIND_LABELS, KIND_PARAMS } from './kinds.ts';
import { KINDS, type Kind, type ScheduleSlot } from './state.ts';

type NumKey = Exclude<keyof ScheduleSlot, 'kind' | 'three' | 'anneal' | 'cmode'>;
interface NumMeta {
  label: string;
  log?: boolean;
  int?: boolean;
  min: number;
  max: number;
  step?: number;
}

const META: Record<NumKey, NumMeta> = {
  lr: { label: 'Learning rate η (peak / max_lr)', log: true, min: 1e-5, max: 10 },
  gamma: { label: 'Decay factor gamma', log: true, min: 0.01, max: 1 },
  stepSize: { label: 'step_size', log: true, int: true, min: 1, max: 20_000 },
  m1: { label: 'Milestone 1', int: true, min: 0, max: 2000 },
  m2: { label: 'Milestone 2', int: true, min: 0, max: 2000 },
  m3: { label: 'Milestone 3', int: true, min: 0, max: 2000 },
  expGamma: { label: 'gamma per step', min: 0.9, max: 1, step: 0.001 },
  k: { label: 'c in 1/(1 + ck)', log: true, min: 1e-4, max: 10 },
  power: { label: 'power', min: 0, max: 5, step: 0.1 },
  warm: { label: 'Warmup steps (total_iters)', log: true, int: true, min: 1, max: 20_000 },
  start: { label: 'start_factor', log: true, min: 0.001, max: 1 },
  tMax: { label: 'T_max', log: true, int: true, min: 1, max: 20_000 },
  etaMin: { label: 'eta_min', min: 0, max: 0.1, step: 0.001 },
  t0: { label: 'T_0 (first cycle)', log: true, int: true, min: 1, max: 20_000 },
  tMult: { label: 'T_mult', int: true, min: 1, max: 4 },
  total: { label: 'total_steps / total_iters', log: true, int: true, min: 2, max: 20_000 },
  pct: { label: 'pct_start', min: 0.05, max: 0.95, step: 0.01 },
  div: { label: 'div_factor (start = max/div)', log: true, min: 1, max: 1e4 },
  finalDiv: { label: 'final_div_factor', log: true, min: 1, max: 1e6 },
  up: { label: 'step_size_up', log: true, int: true, min: 1, max: 20_000 },
};

const isNumKey = (key: keyof ScheduleSlot): key is NumKey => key in META;

const KIND_OPTIONS = KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }));

/** The controls of one slot: its kind, then only the parameters that kind reads. */
export function SlotControls({
  name,
  slot,
  onChange,
  canHide,
}: {
  name: string;
  slot: ScheduleSlot;
  onChange: (p: Partial<ScheduleSlot>) => void;
  canHide: boolean;
}) {
  const options = canHide ? KIND_OPTIONS : KIND_OPTIONS.filter((o) => o.value !== 'none');
  return (
    <>
      <Select<Kind>
        name="kind"
        label={`Kind of schedule ${name}`}
        value={slot.kind}
        options={options}
        onChange={(kind) => onChange({ kind })}
      />
      {KIND_PARAMS[slot.kind].map((key) => {
        if (key === 'three')
          return (
            <Toggle
              name="three"
              key={key}
              label="three_phase (Smith's up, down, annihilate)"
              checked={slot.three}
              onChange={(three) => onChange({ three })}
            />
          );
        if (key === 'anneal')
          return (
            <Select
              name="anneal"
              key={key}
              label="anneal_strategy"
              value={slot.anneal}
              options={[
                { value: 'cos', label: "'cos' (PyTorch default)" },
                { value: 'linear', label: "'linear' (Smith)" },
              ]}
              onChange={(anneal) => onChange({ anneal })}
            />
          );
        if (key === 'cmode')
          return (
            <Select
              name="cmode"
              key={key}
              label="mode"
              value={slot.cmode}
              options={[
                { value: 'triangular', label: 'triangular' },
                { value: 'triangular2', label: 'triangular2 (halve each cycle)' },
                { value: 'exp_range', label: 'exp_range (× gamma^t)' },
              ]}
              onChange={(cmode) => onChange({ cmode })}
            />
          );
        if (!isNumKey(key)) return null;
        const k = key;
        const m = META[k];
        const label =
          slot.kind === 'constantlr' && k === 'start'
            ? 'factor'
            : slot.kind === 'constantlr' && k === 'warm'
              ? 'total_iters'
              : slot.kind === 'cyclic' && k === 'expGamma'
                ? 'gamma (exp_range only)'
                : slot.kind === 'cyclic' && k === 'div'
                  ? 'max_lr / base_lr'
                  : m.label;
        const value = Math.min(m.max, Math.max(m.min, slot[k]));
        const set = (v: number) => {
          const patch: Partial<ScheduleSlot> = {};
          patch[k] = v;
          onChange(patch);
        };
        return m.log ? (
          <LogSlider
            key={k}
            name={fieldName(k)}
            label={label}
            value={Math.max(value, m.min)}
            min={m.min}
            max={m.max}
            integer={m.int}
            onChange={set}
          />
        ) : (
          <Slider
            key={k}
            name={fieldName(k)}
            label={label}
            value={value}
            min={m.min}
            max={m.max}
            step={m.step ?? 1}
            onChange={set}
            format={(v) => formatNumber(v, 4)}
          />
        );
      })}
    </>
  );
}
