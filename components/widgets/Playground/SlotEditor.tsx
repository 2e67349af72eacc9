import { LogSlider, Select, Slider, Toggle, formatNumber } from '../kit/index.ts';
import { OPTIMIZERS, SCHEDULES, type PlaygroundState, type Slot } from './state.ts';
import {
  OPTIMIZER_LABELS,
  OPTIMIZER_PARAMS,
  SCHEDULE_LABELS,
  SCHEDULE_PARAMS,
  readSlot,
  slotKey,
  type SlotConfig,
} from './model.ts';

const OPT_OPTIONS = OPTIMIZERS.map((o) => ({ value: o, label: OPTIMIZER_LABELS[o] }));
const SCH_OPTIONS = SCHEDULES.map((s) => ({ value: s, label: SCHEDULE_LABELS[s] }));
const fmt3 = (v: number) => formatNumber(v, 3);

interface Props {
  state: PlaygroundState;
  slot: Slot;
  set: (patch: Partial<PlaygroundState>) => void;
}

/** The optimizer, its hyperparameters and the schedule of one configuration. */
export function SlotEditor({ state, slot, set }: Props) {
  const c = readSlot(state, slot);
  const put =
    <K extends keyof SlotConfig>(field: K) =>
    (value: SlotConfig[K]) =>
      set({ [slotKey(slot, field)]: value } as Partial<PlaygroundState>);
  const has = (p: keyof SlotConfig) => OPTIMIZER_PARAMS[c.optimizer].includes(p);
  const sched = (p: keyof SlotConfig) => SCHEDULE_PARAMS[c.schedule].includes(p);
  const momLabel = c.optimizer === 'heavyBall' ? 'Momentum β (v ← βv + ηg)' : 'Momentum β';
  return (
    <fieldset className="pg-slot">
      <legend>Configuration {String.fromCharCode(64 + slot)}</legend>
      <Select
        name="optimizer"
        label="Optimizer"
        value={c.optimizer}
        options={OPT_OPTIONS}
        onChange={put('optimizer')}
      />
      <LogSlider
        name="lr"
        label="Learning rate η (peak)"
        value={c.lr}
        min={1e-5}
        max={10}
        onChange={put('lr')}
      />
      {has('momentum') && (
        <Slider
          name="momentum"
          label={momLabel}
          value={c.momentum}
          min={0}
          max={0.99}
          step={0.01}
          onChange={put('momentum')}
          format={fmt3}
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
          format={fmt3}
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
          format={(v) => formatNumber(v, 4)}
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
          format={fmt3}
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
          format={fmt3}
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
      {has('weightDecay') && (
        <Slider
          name="weight-decay"
          label={
            c.optimizer === 'adamw'
              ? 'Weight decay λ (decoupled, × η)'
              : c.optimizer === 'sgdw' || c.optimizer === 'adamwPaper'
                ? 'Weight decay λ (decoupled, per update, not × η)'
                : 'Weight decay λ (L2 in the gradient)'
          }
          value={c.weightDecay}
          min={0}
          max={0.1}
          step={0.001}
          onChange={put('weightDecay')}
          format={fmt3}
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
            label="Lookahead α"
            value={c.lookaheadAlpha}
            min={0.05}
            max={1}
            step={0.05}
            onChange={put('lookaheadAlpha')}
            format={(v) => formatNumber(v, 2)}
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
          format={(v) => formatNumber(v, 2)}
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
          label="Rising fraction (pctStart)"
          value={c.pct}
          min={0.05}
          max={0.95}
          step={0.05}
          onChange={put('pct')}
          format={(v) => formatNumber(v, 2)}
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
