// The playground's model: URL state → a plain, structured-cloneable configuration → transforms,
// schedules, data and trainers from @descent/optim. Pure; the worker and the tests use it.
import {
  adadelta,
  adamwPaper,
  sgdw,
  adagrad,
  adam,
  adamw,
  constantLR,
  cosineAnnealingLR,
  cosineWarmRestarts,
  dataset2d,
  exponentialLR,
  heavyBall,
  inverseTimeLR,
  linearLR,
  lookahead,
  mlp,
  multiStepLR,
  oneCycleLR,
  reduceLROnPlateau,
  rmsprop,
  sgd,
  splitDataset,
  stepLR,
  warmupCosine,
  type Dataset,
  type Mlp,
  type Schedule,
  type Transform,
} from '@descent/optim';
import {
  ACTIVATIONS,
  DATASETS,
  OPTIMIZERS,
  SCHEDULES,
  SLOTS,
  type PlaygroundState,
  type Slot,
} from './state.ts';

export type OptimizerName = (typeof OPTIMIZERS)[number];
export type ScheduleName = (typeof SCHEDULES)[number];

export interface SlotConfig {
  optimizer: OptimizerName;
  lr: number;
  momentum: number;
  nesterov: boolean;
  beta1: number;
  beta2: number;
  alpha: number;
  rho: number;
  eps: number;
  weightDecay: number;
  amsgrad: boolean;
  centered: boolean;
  lookahead: boolean;
  lookaheadK: number;
  lookaheadAlpha: number;
  schedule: ScheduleName;
  gamma: number;
  every: number;
  warm: number;
  decay: number;
  pct: number;
  mult: number;
}

export interface PlaygroundConfig {
  dataset: (typeof DATASETS)[number];
  noise: number;
  n: number;
  trainPct: number;
  sizes: number[];
  activation: (typeof ACTIVATIONS)[number];
  batch: number;
  steps: number;
  seed: number;
  slots: SlotConfig[];
}

export const OPTIMIZER_LABELS: Record<OptimizerName, string> = {
  sgd: 'SGD',
  heavyBall: 'Heavy ball',
  adagrad: 'AdaGrad',
  rmsprop: 'RMSprop',
  adadelta: 'AdaDelta',
  adam: 'Adam',
  adamw: 'AdamW',
  sgdw: 'SGDW (paper: λ not × η)',
  adamwPaper: 'AdamW (paper: λ not × η)',
};

export const SCHEDULE_LABELS: Record<ScheduleName, string> = {
  constant: 'constant',
  step: 'step (StepLR)',
  multiStep: 'multi-step at ½T, ¾T',
  exponential: 'exponential (γ per 100 updates)',
  inverseTime: '1/(1 + k t)',
  linear: 'linear warmup (LinearLR)',
  cosine: 'cosine to 0 at T',
  warmRestarts: 'cosine with warm restarts',
  oneCycle: 'one-cycle (PyTorch)',
  warmupCosine: 'warmup + cosine',
  plateau: 'reduce on plateau',
};

/** Which hyperparameters each optimizer has (the view shows exactly these). */
export const OPTIMIZER_PARAMS: Record<OptimizerName, readonly (keyof SlotConfig)[]> = {
  sgd: ['momentum', 'nesterov', 'weightDecay'],
  heavyBall: ['momentum'],
  adagrad: ['eps', 'weightDecay'],
  rmsprop: ['alpha', 'momentum', 'centered', 'eps', 'weightDecay'],
  adadelta: ['rho', 'eps', 'weightDecay'],
  adam: ['beta1', 'beta2', 'eps', 'weightDecay', 'amsgrad'],
  adamw: ['beta1', 'beta2', 'eps', 'weightDecay', 'amsgrad'],
  sgdw: ['weightDecay'],
  adamwPaper: ['beta1', 'beta2', 'eps', 'weightDecay'],
};

/** Which schedule parameters each schedule reads. */
export const SCHEDULE_PARAMS: Record<ScheduleName, readonly (keyof SlotConfig)[]> = {
  constant: [],
  step: ['every', 'gamma'],
  multiStep: ['gamma'],
  exponential: ['gamma'],
  inverseTime: ['decay'],
  linear: ['warm'],
  cosine: [],
  warmRestarts: ['every', 'mult'],
  oneCycle: ['pct'],
  warmupCosine: ['warm'],
  plateau: ['gamma', 'every'],
};

const KEYS: Record<keyof SlotConfig, string> = {
  optimizer: 'opt',
  lr: 'lr',
  momentum: 'mom',
  nesterov: 'nest',
  beta1: 'b1',
  beta2: 'b2',
  alpha: 'alpha',
  rho: 'rho',
  eps: 'eps',
  weightDecay: 'wd',
  amsgrad: 'ams',
  centered: 'cent',
  lookahead: 'la',
  lookaheadK: 'lak',
  lookaheadAlpha: 'laa',
  schedule: 'sch',
  gamma: 'gamma',
  every: 'every',
  warm: 'warm',
  decay: 'decay',
  pct: 'pct',
  mult: 'mult',
};

/** The URL key of a slot's field, e.g. slotKey(2, 'lr') = 'lr2'. */
export function slotKey(slot: Slot, field: keyof SlotConfig): keyof PlaygroundState {
  return `${KEYS[field]}${slot}` as keyof PlaygroundState;
}

export function readSlot(state: PlaygroundState, slot: Slot): SlotConfig {
  const s = state as Record<string, unknown>;
  const out = {} as Record<string, unknown>;
  for (const [field, key] of Object.entries(KEYS)) out[field] = s[`${key}${slot}`];
  return out as unknown as SlotConfig;
}

export function configFromState(state: PlaygroundState): PlaygroundConfig {
  const hidden = Array.from({ length: state.layers }, () => state.units);
  return {
    dataset: state.dataset,
    noise: state.noise,
    n: state.n,
    trainPct: state.trainPct,
    sizes: [2, ...hidden, 1],
    activation: state.activation,
    batch: state.batch,
    steps: state.steps,
    seed: state.seed,
    slots: SLOTS.slice(0, state.runs).map((k) => readSlot(state, k)),
  };
}

/** A controller-driven rate (ReduceLROnPlateau) or a function of t. */
export interface BuiltSchedule {
  schedule: Schedule;
  /** For 'plateau': feed it the training loss at every evaluation. */
  observe?: (metric: number) => void;
}

/** The slot's schedule over a run of T updates, with peak rate η = slot.lr. */
export function buildSchedule(slot: SlotConfig, T: number): BuiltSchedule {
  const lr = slot.lr;
  const warm = Math.min(slot.warm, T - 1);
  switch (slot.schedule) {
    case 'constant':
      return { schedule: constantLR({ lr }) };
    case 'step':
      return { schedule: stepLR({ lr, stepSize: slot.every, gamma: slot.gamma }) };
    case 'multiStep':
      return {
        schedule: multiStepLR({
          lr,
          milestones: [Math.round(T / 2), Math.round((3 * T) / 4)],
          gamma: slot.gamma,
        }),
      };
    case 'exponential':
      return { schedule: exponentialLR({ lr, gamma: slot.gamma ** (1 / 100) }) };
    case 'inverseTime':
      return { schedule: inverseTimeLR({ lr, decay: slot.decay }) };
    case 'linear':
      return { schedule: linearLR({ lr, startFactor: 1 / 3, endFactor: 1, totalIters: warm }) };
    case 'cosine':
      return { schedule: cosineAnnealingLR({ lr, tMax: T }) };
    case 'warmRestarts':
      return { schedule: cosineWarmRestarts({ lr, t0: Math.min(slot.every, T), tMult: slot.mult }) };
    case 'oneCycle':
      return { schedule: oneCycleLR({ maxLr: lr, totalSteps: T, pctStart: slot.pct }) };
    case 'warmupCosine':
      return { schedule: warmupCosine({ lr, warmupSteps: Math.max(1, warm), totalSteps: T }) };
    case 'plateau': {
      const p = reduceLROnPlateau({ lr, factor: slot.gamma, patience: slot.every });
      let s = p.init();
      return {
        schedule: () => s.lr,
        observe: (metric) => {
          s = p.observe(s, metric);
        },
      };
    }
  }
}

/** The slot's optimizer driven by `schedule`, wrapped in Lookahead when asked. */
export function buildTransform(slot: SlotConfig, schedule: Schedule): Transform<unknown> {
  const lr = schedule;
  const { momentum, nesterov, beta1, beta2, alpha, rho, eps, weightDecay, amsgrad, centered } = slot;
  // the papers' SGDW and AdamW put the schedule in a multiplier s_t on step and decay alike
  const multiplier = (t: number) => schedule(t) / slot.lr;
  let tx: Transform<unknown>;
  switch (slot.optimizer) {
    case 'sgd':
      tx = sgd({ lr, momentum, nesterov: nesterov && momentum > 0, weightDecay });
      break;
    case 'heavyBall':
      tx = heavyBall({ lr, beta: momentum });
      break;
    case 'adagrad':
      tx = adagrad({ lr, eps, weightDecay });
      break;
    case 'rmsprop':
      tx = rmsprop({ lr, alpha, eps, weightDecay, momentum, centered });
      break;
    case 'adam':
      tx = adam({ lr, beta1, beta2, eps, weightDecay, amsgrad });
      break;
    case 'adamw':
      tx = adamw({ lr, beta1, beta2, eps, weightDecay, amsgrad });
      break;
    case 'adadelta':
      tx = adadelta({ lr, rho, eps, weightDecay });
      break;
    case 'sgdw':
      tx = sgdw({ lr: slot.lr, weightDecay, scheduleMultiplier: multiplier });
      break;
    case 'adamwPaper':
      tx = adamwPaper({ lr: slot.lr, weightDecay, scheduleMultiplier: multiplier, beta1, beta2, eps });
      break;
  }
  return slot.lookahead ? lookahead(tx, { k: slot.lookaheadK, alpha: slot.lookaheadAlpha }) : tx;
}

const short = (x: number) =>
  Math.abs(x) >= 0.01 || x === 0 ? String(Number(x.toPrecision(3))) : x.toExponential(1).replace('e', 'e');

/** "Adam η = 0.01, cosine" — the legend label of a configuration. */
export function slotLabel(slot: SlotConfig): string {
  const extra: string[] = [];
  if ((slot.optimizer === 'sgd' || slot.optimizer === 'rmsprop') && slot.momentum > 0)
    extra.push(`β = ${short(slot.momentum)}${slot.nesterov && slot.optimizer === 'sgd' ? ' Nesterov' : ''}`);
  if (slot.optimizer === 'heavyBall') extra.push(`β = ${short(slot.momentum)}`);
  if (slot.weightDecay > 0) extra.push(`λ = ${short(slot.weightDecay)}`);
  const la = slot.lookahead ? ` + Lookahead(k = ${slot.lookaheadK}, α = ${short(slot.lookaheadAlpha)})` : '';
  const sch = slot.schedule === 'constant' ? '' : `, ${SCHEDULE_LABELS[slot.schedule]}`;
  return `${OPTIMIZER_LABELS[slot.optimizer]} η = ${short(slot.lr)}${extra.length ? ` (${extra.join(', ')})` : ''}${la}${sch}`;
}

export interface PlaygroundData {
  train: Dataset;
  test: Dataset;
  net: Mlp;
}

/** The data set and its train/test split (all the main thread needs to draw the points). */
export function buildDataset(config: PlaygroundConfig): { train: Dataset; test: Dataset } {
  const data = dataset2d({ kind: config.dataset, n: config.n, noise: config.noise, seed: config.seed });
  return splitDataset(data, config.trainPct / 100);
}

/** The data set, its split and the network every configuration shares. */
export function buildData(config: PlaygroundConfig): PlaygroundData {
  const net = mlp({ sizes: config.sizes, activation: config.activation, seed: config.seed });
  return { ...buildDataset(config), net };
}

/** Updates between two recorded points: about 300 points per run. */
export function evalEvery(T: number): number {
  return Math.max(1, Math.round(T / 300));
}

/** The square the boundary is drawn on (data lie in [−1, 1]² before noise). */
export const DOMAIN = 1.5;

/** Cell centres of a res × res grid over [−DOMAIN, DOMAIN]², row 0 at the top (largest x₂). */
export function gridInputs(res: number): Float64Array {
  const X = new Float64Array(2 * res * res);
  for (let r = 0; r < res; r++) {
    for (let c = 0; c < res; c++) {
      const i = r * res + c;
      X[2 * i] = -DOMAIN + ((c + 0.5) * 2 * DOMAIN) / res;
      X[2 * i + 1] = DOMAIN - ((r + 0.5) * 2 * DOMAIN) / res;
    }
  }
  return X;
}

/** Total number of parameters of a network with these widths. */
export function parameterCount(sizes: readonly number[]): number {
  let total = 0;
  for (let l = 0; l + 1 < sizes.length; l++) total += sizes[l] * sizes[l + 1] + sizes[l + 1];
  return total;
}
