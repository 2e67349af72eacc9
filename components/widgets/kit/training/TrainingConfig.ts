import { z } from 'zod';
import { OPTIMIZER_KINDS } from '../../../../src/lib/specs/optimizerKinds.ts';

/**
 * The optimizers a configuration can use: every one of the spec registry's but Muon + AdamW,
 * because in a network every matrix method already comes paired with AdamW on the rest
 * (`transformOf` with a layout), so "Muon" there is muon.py's hybrid.
 */
const OPTIMIZERS = OPTIMIZER_KINDS.filter((k) => k.kind !== 'muonWithAdamw').map((k) => k.kind);

/**
 * Learning-rate schedules over a run of T updates, as a training widget offers them: each is
 * a shape relative to the run (cosine reaches 0 at T, multi-step decays at ½T and ¾T, …) with
 * the slot's peak rate, plus the plateau controller.
 */
export const RUN_SCHEDULES = [
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
  'wsd',
  'plateau',
] as const;
export type RunSchedule = (typeof RUN_SCHEDULES)[number];

export const RUN_SCHEDULE_LABELS: Record<RunSchedule, string> = {
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
  wsd: 'warmup–stable–decay (WSD, 1 − √ decay)',
  plateau: 'reduce on plateau',
};

/** Which schedule fields each schedule reads (the editor shows exactly these). */
export const RUN_SCHEDULE_PARAMS: Record<
  RunSchedule,
  readonly ('gamma' | 'every' | 'warm' | 'decay' | 'pct' | 'mult')[]
> = {
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
  wsd: ['warm', 'pct'],
  plateau: ['gamma', 'every'],
};

/**
 * One configuration a training widget compares (`slots(TrainingConfig, [...])` in its state): an
 * optimizer with its hyperparameters, optionally inside Lookahead, and a schedule over the run.
 * The hyperparameters carry the package's option names, so `optimizerSpecOf` hands each optimizer
 * the ones it takes; only an optimizer's own options are shown and used.
 */
export const TrainingConfig = z.object({
  optimizer: z.enum(OPTIMIZERS).default('sgd'),
  /** Peak learning rate η (a schedule's base or maximum). */
  lr: z.number().min(1e-5).max(100).default(0.1),
  /** SGD / RMSprop momentum, and the heavy ball's β. */
  momentum: z.number().min(0).max(0.999).default(0),
  nesterov: z.boolean().default(false),
  beta1: z.number().min(0).max(0.999).default(0.9),
  beta2: z.number().min(0.5).max(0.99999).default(0.999),
  /** AdaDelta ρ. */
  rho: z.number().min(0.5).max(0.9999).default(0.9),
  /** RMSprop α. */
  alpha: z.number().min(0.5).max(0.9999).default(0.99),
  eps: z.number().min(1e-12).max(1).default(1e-8),
  /** Peak rate of the AdamW that trains the biases and the output layer beside Muon or Shampoo. */
  auxLr: z.number().min(1e-5).max(1).default(0.01),
  weightDecay: z.number().min(0).max(0.5).default(0),
  amsgrad: z.boolean().default(false),
  centered: z.boolean().default(false),
  /** Lookahead around the optimizer, with k and α. */
  lookahead: z.boolean().default(false),
  lookaheadK: z.number().int().min(1).max(50).default(5),
  lookaheadAlpha: z.number().min(0.05).max(1).default(0.5),
  schedule: z.enum(RUN_SCHEDULES).default('constant'),
  /** step/multiStep/exponential γ, plateau factor. */
  gamma: z.number().min(0.01).max(0.9999).default(0.5),
  /** Period in updates: stepLR's step size, SGDR's T₀, plateau patience (in evaluations). */
  every: z.number().int().min(1).max(20000).default(500),
  /** Warmup length in updates (linear, warmupCosine). */
  warm: z.number().int().min(1).max(5000).default(100),
  /** inverseTime decay k. */
  decay: z.number().min(1e-5).max(1).default(0.01),
  /** oneCycle pctStart; WSD's decay fraction (the last part of T). */
  pct: z.number().min(0.05).max(0.95).default(0.3),
  /** SGDR T_mult. */
  mult: z.number().int().min(1).max(4).default(2),
});
export type TrainingConfig = z.infer<typeof TrainingConfig>;

/** What the fields were called in links written before configurations became slots (`lr1`, `opt2`, …). */
export const LEGACY_CONFIG_KEYS: Readonly<Record<string, keyof TrainingConfig>> = {
  opt: 'optimizer',
  lr: 'lr',
  mom: 'momentum',
  nest: 'nesterov',
  b1: 'beta1',
  b2: 'beta2',
  rho: 'rho',
  alpha: 'alpha',
  eps: 'eps',
  wd: 'weightDecay',
  ams: 'amsgrad',
  cent: 'centered',
  la: 'lookahead',
  lak: 'lookaheadK',
  laa: 'lookaheadAlpha',
  sch: 'schedule',
  gamma: 'gamma',
  every: 'every',
  warm: 'warm',
  decay: 'decay',
  pct: 'pct',
  mult: 'mult',
};

/** legacyConfigKeys('configs', n) → `{ lr1: 'configs.0.lr', …, opt4: 'configs.3.optimizer' }` for n slots. */
export function legacyConfigKeys(field: string, n: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < n; i++)
    for (const [old, now] of Object.entries(LEGACY_CONFIG_KEYS))
      out[`${old}${i + 1}`] = `${field}.${i}.${now}`;
  return out;
}
