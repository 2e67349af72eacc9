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
  OPTIMIZER_KINDS,
  OptimizerSpec,
  optimizerFromSpec,
  optimizerOptionNames,
} from '../../../../src/lib/specs/optimizerSpec.ts';
import { scheduleFromSpec, type ScheduleSpec } from '../../../../src/lib/specs/scheduleSpec.ts';
import { RUN_SCHEDULE_LABELS, TrainingConfig } from './TrainingConfig.ts';

/** Optimizer options whose value a configuration keeps under another name: the heavy ball's β is its momentum field. */
const FIELD_OF: Readonly<Record<string, keyof TrainingConfig>> = { beta: 'momentum' };

const isField = (name: string): name is keyof TrainingConfig => Object.hasOwn(TrainingConfig.shape, name);

/** The configuration's field that holds an optimizer option, if it has one. */
export function configField(option: string): keyof TrainingConfig | undefined {
  const field = FIELD_OF[option] ?? option;
  return isField(field) ? field : undefined;
}

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
 * The optimizers that belong on hidden weight matrices only: Muon (Jordan et al. 2024, muon.py:
 * "hidden" 2-D weights; biases, gains and the output head go to AdamW) and Shampoo (its Kronecker
 * factors are per matrix). In a network they take the hidden matrices and AdamW the rest.
 */
export const MATRIX_METHODS: ReadonlySet<string> = new Set(['muon', 'shampoo']);

/** Whether a configuration's optimizer pairs with an AdamW on the biases and the output layer. */
export const usesAuxAdamw = (c: TrainingConfig) => MATRIX_METHODS.has(c.optimizer);

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

// In a network, Muon is muon.py's hybrid (see transformOf): the legend says so.
const LABELS = new Map(
  OPTIMIZER_KINDS.map((k) => [k.kind, k.kind === 'muon' ? 'Muon (hidden matrices)' : k.label]),
);
const short = (x: number) =>
  Math.abs(x) >= 0.01 || x === 0 ? String(Number(x.toPrecision(3))) : x.toExponential(1);

/** "Adam η = 0.01, cosine to 0 at T" — the legend label of a configuration. */
export function configLabel(c: TrainingConfig): string {
  const extra: string[] = [];
  if ((c.optimizer === 'sgd' || c.optimizer === 'rmsprop') && c.momentum > 0)
    extra.push(`β = ${short(c.momentum)}${c.nesterov && c.optimizer === 'sgd' ? ' Nesterov' : ''}`);
  if (c.optimizer === 'heavyBall' || c.optimizer === 'muon' || c.optimizer === 'lars')
    extra.push(`β = ${short(c.momentum)}`);
  if (c.optimizer === 'scheduleFreeSgd') extra.push(`β = ${c.momentum > 0 ? short(c.momentum) : '0.9'}`);
  const decays = optimizerOptionNames(c.optimizer).includes('weightDecay');
  if (decays && c.weightDecay > 0) extra.push(`λ = ${short(c.weightDecay)}`);
  if (usesAuxAdamw(c)) extra.push(`AdamW η = ${short(c.auxLr)} on biases and output`);
  const la = c.lookahead ? ` + Lookahead(k = ${c.lookaheadK}, α = ${short(c.lookaheadAlpha)})` : '';
  const sch = c.schedule === 'constant' ? '' : `, ${RUN_SCHEDULE_LABELS[c.schedule]}`;
  return `${LABELS.get(c.optimizer)} η = ${short(c.lr)}${extra.length ? ` (${extra.join(', ')})` : ''}${la}${sch}`;
}
