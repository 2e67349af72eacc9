import {
  adamw,
  lookahead,
  partition,
  reduceLROnPlateau,
  type ParamLayout,
  type Schedule,
  type Transform,
} from '@descent/optim';
import {
  OptimizerSpec,
  optimizerFromSpec,
  optimizerOptionNames,
} from '../../../../src/lib/specs/optimizerSpec.ts';
import { scheduleFromSpec, type ScheduleSpec } from '../../../../src/lib/specs/scheduleSpec.ts';
import { configField, MATRIX_METHODS } from './configLabel.ts';
import type { TrainingConfig } from './TrainingConfig.ts';

// A configuration's legend label and the names it shares with the editor live in configLabel.ts
// (no optimizer code: the page imports them); building its transform is here (the worker's side).
export { configField, configLabel, MATRIX_METHODS, usesAuxAdamw } from './configLabel.ts';

/**
 * optimizerSpecOf(config) → the optimizer as a spec: the optimizer's own options, read from the
 * configuration's fields of the same name (the others stay at the package's defaults), wrapped in
 * Lookahead when asked. Nesterov needs momentum (PyTorch refuses it without), so it is off at β = 0.
 */
export function optimizerSpecOf(c: TrainingConfig): OptimizerSpec {
  const values = new Map<string, unknown>(Object.entries(c));
  const options: Record<string, unknown> = { kind: c.optimizer };
  for (const name of optimizerOptionNames(c.optimizer)) {
    const field = configField(name);
    if (field !== undefined) options[name] = values.get(field);
  }
  if (options.nesterov === true && !(c.momentum > 0)) options.nesterov = false;
  // Schedule-Free SGD needs β in (0, 1) (its average weights are c = 1/(t+1) only for β > 0):
  // at β = 0 the package's default β = 0.9 trains, and the label says so.
  if (c.optimizer === 'scheduleFreeSgd' && !(c.momentum > 0)) delete options.momentum;
  const inner = OptimizerSpec.parse(options);
  return c.lookahead ? { kind: 'lookahead', inner, k: c.lookaheadK, alpha: c.lookaheadAlpha } : inner;
}

/** scheduleSpecOf(config, T) → the schedule over a run of T updates with peak rate η = config.lr (null for the plateau controller). */
export function scheduleSpecOf(c: TrainingConfig, T: number): ScheduleSpec | null {
  const lr = c.lr;
  const warm = Math.min(c.warm, T - 1);
  switch (c.schedule) {
    case 'constant':
      return { kind: 'constantLR', lr };
    case 'step':
      return { kind: 'stepLR', lr, stepSize: c.every, gamma: c.gamma };
    case 'multiStep':
      return {
        kind: 'multiStepLR',
        lr,
        milestones: [Math.round(T / 2), Math.round((3 * T) / 4)],
        gamma: c.gamma,
      };
    case 'exponential':
      return { kind: 'exponentialLR', lr, gamma: c.gamma ** (1 / 100) };
    case 'inverseTime':
      return { kind: 'inverseTimeLR', lr, decay: c.decay };
    case 'linear':
      return { kind: 'linearLR', lr, startFactor: 1 / 3, endFactor: 1, totalIters: warm };
    case 'cosine':
      return { kind: 'cosineAnnealingLR', lr, tMax: T };
    case 'warmRestarts':
      return { kind: 'cosineWarmRestarts', lr, t0: Math.min(c.every, T), tMult: c.mult };
    case 'oneCycle':
      return { kind: 'oneCycleLR', maxLr: lr, totalSteps: T, pctStart: c.pct };
    case 'warmupCosine':
      return { kind: 'warmupCosine', lr, warmupSteps: Math.max(1, warm), totalSteps: T };
    case 'wsd':
      return { kind: 'wsd', lr, totalSteps: T, warmupSteps: warm, decayFraction: c.pct };
    case 'plateau':
      return null;
  }
}

/** A rate that is a function of t, or one a controller sets (ReduceLROnPlateau): feed it the training loss at every evaluation. */
export interface RunLearningRate {
  schedule: Schedule;
  observe?: (metric: number) => void;
}

/** learningRateOf(config, T) → the configuration's rate over a run of T updates. */
export function learningRateOf(c: TrainingConfig, T: number): RunLearningRate {
  const spec = scheduleSpecOf(c, T);
  if (spec) return { schedule: scheduleFromSpec(spec) };
  const p = reduceLROnPlateau({ lr: c.lr, factor: c.gamma, patience: c.every });
  let s = p.init();
  return {
    schedule: () => s.lr,
    observe: (metric) => {
      s = p.observe(s, metric);
    },
  };
}

/**
 * A network's parameter blocks and which of them are hidden weight matrices (the weights into a
 * hidden layer; not the output layer, not the biases).
 */
export interface NetworkLayout {
  blocks: ParamLayout;
  hidden: readonly boolean[];
}

/**
 * transformOf(config, schedule, layout?) → the configuration's optimizer driven by `schedule`.
 * With a network's layout, the matrix-aware optimizers see its matrix shapes; Muon and Shampoo
 * then train the hidden weight matrices and an AdamW (muon.py's `SingleDeviceMuonWithAuxAdam`
 * settings: β = (0.9, 0.95), ε = 1e−10, λ = 0) the biases and the output layer, at peak rate
 * `auxLr` following the same schedule shape. Lookahead wraps the whole.
 */
export function transformOf(
  c: TrainingConfig,
  schedule: Schedule,
  layout?: NetworkLayout,
): Transform<unknown> {
  const spec = optimizerSpecOf(c);
  if (!layout) return optimizerFromSpec(spec, schedule);
  const inner = spec.kind === 'lookahead' ? spec.inner : spec;
  const tx = MATRIX_METHODS.has(inner.kind)
    ? partition({
        layout: layout.blocks,
        labels: layout.blocks.map((_, i) => (layout.hidden[i] ? 'matrix' : 'adamw')),
        parts: {
          matrix: (sub) => optimizerFromSpec(inner, schedule, sub),
          adamw: adamw({
            lr: (t: number) => (schedule(t) * c.auxLr) / c.lr,
            beta1: 0.9,
            beta2: 0.95,
            eps: 1e-10,
            weightDecay: 0,
          }),
        },
      })
    : optimizerFromSpec(inner, schedule, layout.blocks);
  return spec.kind === 'lookahead' ? lookahead(tx, { k: spec.k, alpha: spec.alpha }) : tx;
}
