import { z } from 'zod';
import { slots, widgetCodec } from '../../../src/lib/urlState/index.ts';

/** Every schedule the composer offers (all from @descent/optim), 'none' hides a slot. */
export const KINDS = [
  'none',
  'constant',
  'constantlr',
  'step',
  'multistep',
  'exponential',
  'inverse',
  'polynomial',
  'linear',
  'cosine',
  'sgdr',
  'warmupcosine',
  'onecycle',
  'cyclic',
] as const;
export type Kind = (typeof KINDS)[number];
export const SLOT_NAMES = ['A', 'B', 'C'] as const;

const MAX_T = 20_000;
const int = (lo: number, hi: number, d: number) => z.number().int().min(lo).max(hi).default(d);
const num = (lo: number, hi: number, d: number) => z.number().min(lo).max(hi).default(d);

/** One schedule slot: its kind and the parameters of every kind (only its kind's are read). */
export const ScheduleSlot = z.object({
  kind: z.enum(KINDS).default('none'),
  lr: num(1e-5, 10, 0.1),
  gamma: num(0.01, 1, 0.1),
  stepSize: int(1, MAX_T, 60),
  m1: int(0, MAX_T, 100),
  m2: int(0, MAX_T, 150),
  m3: int(0, MAX_T, 180),
  expGamma: num(0.9, 1, 0.98),
  k: num(0, 10, 0.05),
  power: num(0, 5, 1),
  warm: int(1, MAX_T, 20),
  start: num(0.001, 1, 0.1),
  tMax: int(1, MAX_T, 200),
  etaMin: num(0, 10, 0),
  t0: int(1, MAX_T, 50),
  tMult: int(1, 4, 1),
  total: int(2, MAX_T, 200),
  pct: num(0.05, 0.95, 0.3),
  three: z.boolean().default(false),
  anneal: z.enum(['cos', 'linear']).default('cos'),
  div: num(1, 1e4, 25),
  finalDiv: num(1, 1e6, 1e4),
  up: int(1, MAX_T, 25),
  cmode: z.enum(['triangular', 'triangular2', 'exp_range']).default('triangular'),
});
export type ScheduleSlot = z.infer<typeof ScheduleSlot>;

export const ComposerState = z.object({
  /** Schedules A, B and C. */
  schedules: slots(ScheduleSlot, [{ kind: 'cosine' }, { kind: 'multistep' }, { kind: 'none' }]),
  /** Overlay the slots as separate runs, or join them with SequentialLR at the milestones. */
  mode: z.enum(['overlay', 'sequence']).default('overlay'),
  /** Updates drawn: t = 1 … horizon. */
  horizon: int(2, MAX_T, 200),
  /** Sequence milestones (in updates already applied, as PyTorch's SequentialLR). */
  s1: int(1, MAX_T, 20),
  s2: int(1, MAX_T, 150),
  /** The update whose rate is read out. */
  at: int(1, MAX_T, 1),
  logY: z.boolean().default(false),
  /** Which slot the controls edit. */
  edit: z.enum(['a', 'b', 'c']).default('a'),
});
export type ComposerState = z.infer<typeof ComposerState>;

/** Version 1 links wrote slot A's T_max as `aTMax`; they now live at `schedules.0.tMax`. */
const legacyKeys = Object.fromEntries(
  ['a', 'b', 'c'].flatMap((p, i) =>
    Object.keys(ScheduleSlot.shape).map((f) => [
      `${p}${f[0].toUpperCase()}${f.slice(1)}`,
      `schedules.${i}.${f}`,
    ]),
  ),
);

export const composerCodec = widgetCodec('schedule-composer', 1, ComposerState, { legacyKeys });
