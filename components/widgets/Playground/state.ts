import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';

export const DATASETS = ['circle', 'xor', 'gauss', 'spiral', 'moons'] as const;
export const ACTIVATIONS = ['tanh', 'relu', 'sigmoid', 'linear'] as const;
export const OPTIMIZERS = [
  'sgd',
  'heavyBall',
  'adagrad',
  'rmsprop',
  'adadelta',
  'adam',
  'adamw',
  'sgdw',
  'adamwPaper',
] as const;
export const SCHEDULES = [
  'constant',
  'step',
  'multiStep',
  'exponential',
  'inverseTime',
  'linear',
  'cosine',
  'warmRestarts',
  'oneCycle',
  'warmupCosine',
  'plateau',
] as const;
export const SLOTS = [1, 2, 3, 4] as const;
export type Slot = (typeof SLOTS)[number];

/** One configuration's optimizer and schedule (the fields repeat per slot as `<name><slot>`). */
function baseFields(
  optimizer: (typeof OPTIMIZERS)[number],
  lr: number,
  schedule: (typeof SCHEDULES)[number],
) {
  return {
    opt: z.enum(OPTIMIZERS).default(optimizer),
    /** Peak learning rate η (a schedule's base or maximum). */
    lr: z.number().min(1e-5).max(100).default(lr),
    /** SGD momentum β / heavy-ball β / RMSprop momentum. */
    mom: z
      .number()
      .min(0)
      .max(0.999)
      .default(optimizer === 'sgd' ? 0.9 : 0),
    nest: z.boolean().default(false),
    b1: z.number().min(0).max(0.999).default(0.9),
    b2: z.number().min(0.5).max(0.99999).default(0.999),
    /** AdaDelta ρ. */
    rho: z.number().min(0.5).max(0.9999).default(0.9),
    /** RMSprop α. */
    alpha: z.number().min(0.5).max(0.9999).default(0.99),
    eps: z.number().min(1e-12).max(1).default(1e-8),
    wd: z
      .number()
      .min(0)
      .max(0.5)
      .default(optimizer === 'adamw' ? 0.01 : 0),
    ams: z.boolean().default(false),
    cent: z.boolean().default(false),
    /** Lookahead around the optimizer, with k and α. */
    la: z.boolean().default(false),
    lak: z.number().int().min(1).max(50).default(5),
    laa: z.number().min(0.05).max(1).default(0.5),
    sch: z.enum(SCHEDULES).default(schedule),
    /** step/multiStep/exponential γ, plateau factor. */
    gamma: z.number().min(0.01).max(0.9999).default(0.5),
    /** Period in updates: stepLR's step size, SGDR's T₀, plateau patience (in evaluations). */
    every: z.number().int().min(1).max(20000).default(500),
    /** Warmup length in updates (linear, warmupCosine). */
    warm: z.number().int().min(1).max(5000).default(100),
    /** inverseTime decay k. */
    decay: z.number().min(1e-5).max(1).default(0.01),
    /** oneCycle pctStart. */
    pct: z.number().min(0.05).max(0.95).default(0.3),
    /** SGDR T_mult. */
    mult: z.number().int().min(1).max(4).default(2),
  };
}

type Base = ReturnType<typeof baseFields>;
type SlotShape<K extends Slot> = { [F in keyof Base as `${F & string}${K}`]: Base[F] };

/** The slot's fields under their URL names, e.g. lr2, opt2 (typed, so state.lr2 is a number). */
function slotFields<K extends Slot>(
  slot: K,
  optimizer: (typeof OPTIMIZERS)[number],
  lr: number,
  schedule: (typeof SCHEDULES)[number],
): SlotShape<K> {
  const base = baseFields(optimizer, lr, schedule);
  return Object.fromEntries(
    Object.entries(base).map(([k, v]) => [`${k}${slot}`, v]),
  ) as unknown as SlotShape<K>;
}

export const playgroundSchema = z.object({
  dataset: z.enum(DATASETS).default('moons'),
  noise: z.number().min(0).max(0.5).default(0.1),
  /** Points in the data set. */
  n: z.number().int().min(40).max(1000).default(300),
  /** Percentage used for training; the rest is the test set. */
  trainPct: z.number().int().min(10).max(90).default(70),
  layers: z.number().int().min(0).max(6).default(2),
  units: z.number().int().min(1).max(16).default(8),
  activation: z.enum(ACTIVATIONS).default('tanh'),
  batch: z.number().int().min(1).max(500).default(10),
  /** Run length T in updates (the horizon of cosine, one-cycle, …). */
  steps: z.number().int().min(50).max(20000).default(3000),
  seed: z.number().int().min(1).max(999999).default(1),
  /** Configurations compared (1–4), on the same initialisation and batches. */
  runs: z.number().int().min(1).max(4).default(2),
  ...slotFields(1, 'sgd', 0.1, 'constant'),
  ...slotFields(2, 'adam', 0.01, 'constant'),
  ...slotFields(3, 'sgd', 0.1, 'cosine'),
  ...slotFields(4, 'adamw', 0.01, 'warmupCosine'),
});

export type PlaygroundState = z.infer<typeof playgroundSchema>;

export const playgroundCodec = widgetCodec('playground', 1, playgroundSchema);
