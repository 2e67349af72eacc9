import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';

export const DATASETS = ['circle', 'xor', 'gauss', 'spiral', 'moons'] as const;
export const ACTIVATIONS = ['tanh', 'relu', 'sigmoid', 'linear'] as const;
export const OPTIMIZERS = ['sgd', 'heavyBall', 'adagrad', 'rmsprop', 'adam', 'adamw'] as const;
export const SCHEDULES = ['constant', 'step', 'multiStep', 'exponential', 'inverseTime', 'linear', 'cosine', 'warmRestarts', 'oneCycle', 'warmupCosine', 'plateau'] as const;
export const SLOTS = [1, 2, 3, 4] as const;
export type Slot = (typeof SLOTS)[number];

/** One configuration's optimizer and schedule (the fields repeat per slot as `<name><slot>`). */
function slotFields(slot: Slot, optimizer: (typeof OPTIMIZERS)[number], lr: number, schedule: (typeof SCHEDULES)[number]) {
  return {
    [`opt${slot}`]: z.enum(OPTIMIZERS).default(optimizer),
    /** Peak learning rate η (a schedule's base or maximum). */
    [`lr${slot}`]: z.number().min(1e-5).max(100).default(lr),
    /** SGD momentum β / heavy-ball β / RMSprop momentum. */
    [`mom${slot}`]: z.number().min(0).max(0.999).default(optimizer === 'sgd' ? 0.9 : 0),
    [`nest${slot}`]: z.boolean().default(false),
    [`b1${slot}`]: z.number().min(0).max(0.999).default(0.9),
    [`b2${slot}`]: z.number().min(0.5).max(0.99999).default(0.999),
    /** RMSprop α. */
    [`alpha${slot}`]: z.number().min(0.5).max(0.9999).default(0.99),
    [`eps${slot}`]: z.number().min(1e-12).max(1).default(1e-8),
    [`wd${slot}`]: z.number().min(0).max(0.5).default(optimizer === 'adamw' ? 0.01 : 0),
    [`ams${slot}`]: z.boolean().default(false),
    [`cent${slot}`]: z.boolean().default(false),
    /** Lookahead around the optimizer, with k and α. */
    [`la${slot}`]: z.boolean().default(false),
    [`lak${slot}`]: z.number().int().min(1).max(50).default(5),
    [`laa${slot}`]: z.number().min(0.05).max(1).default(0.5),
    [`sch${slot}`]: z.enum(SCHEDULES).default(schedule),
    /** step/multiStep/exponential γ, plateau factor. */
    [`gamma${slot}`]: z.number().min(0.01).max(0.9999).default(0.5),
    /** Period in updates: stepLR's step size, SGDR's T₀, plateau patience (in evaluations). */
    [`every${slot}`]: z.number().int().min(1).max(20000).default(500),
    /** Warmup length in updates (linear, warmupCosine). */
    [`warm${slot}`]: z.number().int().min(1).max(5000).default(100),
    /** inverseTime decay k. */
    [`decay${slot}`]: z.number().min(1e-5).max(1).default(0.01),
    /** oneCycle pctStart. */
    [`pct${slot}`]: z.number().min(0.05).max(0.95).default(0.3),
    /** SGDR T_mult. */
    [`mult${slot}`]: z.number().int().min(1).max(4).default(2),
  };
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
