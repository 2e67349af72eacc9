import './training.css';
import { LogSlider } from '../controls/LogSlider.tsx';
import { Select } from '../controls/Select.tsx';
import { Slider } from '../controls/Slider.tsx';
import { Toggle } from '../controls/Toggle.tsx';
import { formatNumber } from '../formatNumber.ts';
import { OPTIMIZER_KINDS, optimizerOptionNames } from '../../../../src/lib/specs/optimizerKinds.ts';
import {
  RUN_SCHEDULES,
  RUN_SCHEDULE_LABELS,
  RUN_SCHEDULE_PARAMS,
  type TrainingConfig,
} from './TrainingConfig.ts';
import { configField, usesAuxAdamw } from './configLabel.ts';
import { configLetter } from './TrainingCharts.tsx';

// Muon + AdamW is not offered on its own: a network's Muon already has AdamW on the rest.
const OPT_OPTIONS = OPTIMIZER_KINDS.filter((o) => o.kind !== 'muonWithAdamw').map((o) => ({
  value: o.kind,
  label:
    o.kind === 'muon'
      ? 'Muon (hidden matrices) + AdamW'
      : o.kind === 'shampoo'
        ? 'Shampoo (hidden matrices) + AdamW'
        : o.label,
}));
const START_MOMENTUM = new Map<string, number>([
  ['muon', 0.95],
  ['scheduleFreeSgd', 0.9],
]);
const SCH_OPTIONS = RUN_SCHEDULES.map((s) => ({ value: s, label: RUN_SCHEDULE_LABELS[s] }));
const DECAY = new Map(OPTIMIZER_KINDS.map((o) => [o.kind, o.decay]));
const DECAY_LABEL = {
  l2: 'Weight decay λ (L2 in the gradient)',
  decoupled: 'Weight decay λ (decoupled, × η)',
  perUpdate: 'Weight decay λ (decoupled, per update, not × η)',
} as const;
const fmt = (digits: number) => (v: number) => formatNumber(v, digits);

export interface ConfigEditorProps {
  /** Which configuration (0 = A). */
  index: number;
  config: TrainingConfig;
  onChange: (patch: Partial<TrainingConfig>) => void;
}

/**
 * The optimizer of one configuration with exactly the hyperparameters it takes (the spec
 * registry's options, so a new optimizer brings its controls along), Lookahead, and the schedule
 * with its parameters.
 */
export function ConfigEditor({ index, config: c, onChange }: ConfigEditorProps) {
  const put =
    <K extends keyof TrainingConfig>(field: K) =>
    (value: TrainingConfig[K]) => {
      const patch: Partial<TrainingConfig> = {};
      patch[field] = value;
      onChange(patch);
    };
  const fields = new Set(optimizerOptionNames(c.optimizer).map(configField));
  const has = (field: keyof TrainingConfig) => fields.has(field);
  const sched = (p: (typeof RUN_SCHEDULE_PARAMS)[keyof typeof RUN_SCHEDULE_PARAMS][number]) =>
    RUN_SCHEDULE_PARAMS[c.schedule].includes(p);
  const decay = DECAY.get(c.optimizer);
  return (
    <fieldset className="wk-config">
      <legend>Configuration {configLetter(index)}</legend>
      <Select
        name="optimizer"
        label="Optimizer"
        value={c.optimizer}
        options={OPT_OPTIONS}
        onChange={(optimizer) =>
          // Muon without momentum is only orthogonalised SGD: start it at muon.py's β = 0.95;
          // Schedule-Free SGD needs β > 0 (its reference's 0.9).
          onChange(
            c.momentum === 0 && START_MOMENTUM.has(optimizer)
              ? { optimizer, momentum: START_MOMENTUM.get(optimizer) }
              : { optimizer },
          )
        }
      />
      <LogSlider
        name="lr"
        label="Learning rate η (peak)"
        value={c.lr}
        min={1e-5}
        max={10}
        onChange={put('lr')}
      />
      {usesAuxAdamw(c) && (
        <LogSlider
          name="aux-lr"
          label={`AdamW η on biases and output (beside ${c.optimizer === 'muon' ? 'Muon' : 'Shampoo'})`}
          value={c.auxLr}
          min={1e-5}
          max={1}
          onChange={put('auxLr')}
        />
      )}
      {has('momentum') && (
        <Slider
          name="momentum"
          label={c.optimizer === 'heavyBall' ? 'Momentum β (v ← βv + ηg)' : 'Momentum β'}
          value={c.momentum}
          min={0}
          max={0.99}
          step={0.01}
          onChange={put('momentum')}
          format={fmt(3)}
        />
      )}
      {has('nesterov') && (
        <Toggle
          name="nesterov"
          label="Nesterov"
          checked={c.nesterov}
          onChange={put('nesterov')}
          disabled={c.momentum === 0}
        />
      )}
      {has('beta1') && (
        <Slider
          name="beta1"
          label="β₁"
          value={c.beta1}
          min={0}
          max={0.999}
          step={0.001}
          onChange={put('beta1')}
          format={fmt(3)}
        />
      )}
      {has('beta2') && (
        <Slider
          name="beta2"
          label="β₂"
          value={c.beta2}
          min={0.9}
          max={0.9999}
          step={0.0001}
          onChange={put('beta2')}
          format={fmt(4)}
        />
      )}
      {has('alpha') && (
        <Slider
          name="alpha"
          label="RMSprop α"
          value={c.alpha}
          min={0.8}
          max={0.999}
          step={0.001}
          onChange={put('alpha')}
          format={fmt(3)}
        />
      )}
      {has('rho') && (
        <Slider
          name="rho"
          label="AdaDelta ρ"
          value={c.rho}
          min={0.5}
          max={0.999}
          step={0.001}
          onChange={put('rho')}
          format={fmt(3)}
        />
      )}
      {has('centered') && (
        <Toggle name="centered" label="Centered" checked={c.centered} onChange={put('centered')} />
      )}
      {has('eps') && (
        <LogSlider
          name="eps"
          label="ε"
          value={c.eps}
          min={1e-12}
          max={1}
          stepsPerDecade={4}
          onChange={put('eps')}
        />
      )}
      {has('weightDecay') && decay && (
        <Slider
          name="weight-decay"
          label={DECAY_LABEL[decay]}
          value={c.weightDecay}
          min={0}
          max={0.1}
          step={0.001}
          onChange={put('weightDecay')}
          format={fmt(3)}
        />
      )}
      {has('amsgrad') && (
        <Toggle name="amsgrad" label="AMSGrad" checked={c.amsgrad} onChange={put('amsgrad')} />
      )}
      <Toggle
        name="lookahead"
        label="Lookahead (slow weights)"
        checked={c.lookahead}
        onChange={put('lookahead')}
      />
      {c.lookahead && (
        <>
          <Slider
            name="lookahead-k"
            label="Lookahead k (fast steps)"
            value={c.lookaheadK}
            min={1}
            max={20}
            onChange={put('lookaheadK')}
          />
          <Slider
            name="lookahead-alpha"
            label="Lookahead ω (slow step)"
            value={c.lookaheadAlpha}
            min={0.05}
            max={1}
            step={0.05}
            onChange={put('lookaheadAlpha')}
            format={fmt(2)}
          />
        </>
      )}
      <Select
        name="schedule"
        label="Schedule"
        value={c.schedule}
        options={SCH_OPTIONS}
        onChange={put('schedule')}
      />
      {sched('every') && (
        <LogSlider
          name="every"
          label={
            c.schedule === 'plateau'
              ? 'Patience (evaluations)'
              : c.schedule === 'warmRestarts'
                ? 'First period T₀ (updates)'
                : 'Step size (updates)'
          }
          value={c.every}
          min={1}
          max={20000}
          integer
          onChange={put('every')}
        />
      )}
      {sched('gamma') && (
        <Slider
          name="gamma"
          label={c.schedule === 'plateau' ? 'Reduction factor' : 'γ'}
          value={c.gamma}
          min={0.05}
          max={0.99}
          step={0.01}
          onChange={put('gamma')}
          format={fmt(2)}
        />
      )}
      {sched('warm') && (
        <LogSlider
          name="warm"
          label="Warmup (updates)"
          value={c.warm}
          min={1}
          max={5000}
          integer
          onChange={put('warm')}
        />
      )}
      {sched('decay') && (
        <LogSlider name="decay" label="Decay k" value={c.decay} min={1e-5} max={1} onChange={put('decay')} />
      )}
      {sched('pct') && (
        <Slider
          name="pct"
          label={c.schedule === 'wsd' ? 'Decay fraction (last part of T)' : 'Rising fraction (pctStart)'}
          value={c.pct}
          min={0.05}
          max={0.95}
          step={0.05}
          onChange={put('pct')}
          format={fmt(2)}
        />
      )}
      {sched('mult') && (
        <Slider
          name="mult"
          label="Period multiplier T_mult"
          value={c.mult}
          min={1}
          max={4}
          onChange={put('mult')}
        />
      )}
    </fieldset>
  );
}

export interface ConfigTabsProps {
  /** How many configurations are compared. */
  count: number;
  editing: number;
  onEdit: (index: number) => void;
  /** The legend label of configuration i (the button's tooltip). */
  labelOf: (index: number) => string;
}

/** "Edit A", "Edit B", …: which configuration the editor shows. */
export function ConfigTabs({ count, editing, onEdit, labelOf }: ConfigTabsProps) {
  return (
    <div className="wk-config-tabs" role="group" aria-label="Configuration to edit">
      {Array.from({ length: count }, (_, i) => (
        <button
          key={i}
          type="button"
          className="wk-button"
          aria-pressed={editing === i}
          onClick={() => onEdit(i)}
          title={labelOf(i)}
        >
          Edit {configLetter(i)}
        </button>
      ))}
    </div>
  );
}
