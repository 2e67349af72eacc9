import { z } from 'zod';
import { widgetCodec } from '../../../src/lib/urlState/index.ts';

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
export const SLOTS = ['a', 'b', 'c'] as const;
export type SlotId = (typeof SLOTS)[number];

/** The parameters of one schedule slot; only those of its kind are used. */
export interface Slot {
  kind: Kind;
  lr: number;
  gamma: number;
  stepSize: number;
  m1: number;
  m2: number;
  m3: number;
  expGamma: number;
  k: number;
  power: number;
  warm: number;
  start: number;
  tMax: number;
  etaMin: number;
  t0: number;
  tMult: number;
  total: number;
  pct: number;
  three: boolean;
  anneal: 'cos' | 'linear';
  div: number;
  finalDiv: number;
  up: number;
  cmode: 'triangular' | 'triangular2' | 'exp_range';
}

const MAX_T = 20_000;
const int = (lo: number, hi: number, d: number) => z.number().int().min(lo).max(hi).default(d);
const num = (lo: number, hi: number, d: number) => z.number().min(lo).max(hi).default(d);

function slotShape(p: SlotId, kind: Kind) {
  return {
    [`${p}Kind`]: z.enum(KINDS).default(kind),
    [`${p}Lr`]: num(1e-5, 10, 0.1),
    [`${p}Gamma`]: num(0.01, 1, 0.1),
    [`${p}StepSize`]: int(1, MAX_T, 60),
    [`${p}M1`]: int(0, MAX_T, 100),
    [`${p}M2`]: int(0, MAX_T, 150),
    [`${p}M3`]: int(0, MAX_T, 180),
    [`${p}ExpGamma`]: num(0.9, 1, 0.98),
    [`${p}K`]: num(0, 10, 0.05),
    [`${p}Power`]: num(0, 5, 1),
    [`${p}Warm`]: int(1, MAX_T, 20),
    [`${p}Start`]: num(0.001, 1, 0.1),
    [`${p}TMax`]: int(1, MAX_T, 200),
    [`${p}EtaMin`]: num(0, 10, 0),
    [`${p}T0`]: int(1, MAX_T, 50),
    [`${p}TMult`]: int(1, 4, 1),
    [`${p}Total`]: int(2, MAX_T, 200),
    [`${p}Pct`]: num(0.05, 0.95, 0.3),
    [`${p}Three`]: z.boolean().default(false),
    [`${p}Anneal`]: z.enum(['cos', 'linear']).default('cos'),
    [`${p}Div`]: num(1, 1e4, 25),
    [`${p}FinalDiv`]: num(1, 1e6, 1e4),
    [`${p}Up`]: int(1, MAX_T, 25),
    [`${p}Cmode`]: z.enum(['triangular', 'triangular2', 'exp_range']).default('triangular'),
  } as const;
}

export const ComposerState = z.object({
  ...slotShape('a', 'cosine'),
  ...slotShape('b', 'multistep'),
  ...slotShape('c', 'none'),
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
  edit: z.enum(SLOTS).default('a'),
});
export type ComposerState = z.infer<typeof ComposerState>;

export const composerCodec = widgetCodec('schedule-composer', 1, ComposerState);

/** The slot `p` of a state, as a plain object. */
export function slotOf(state: ComposerState, p: SlotId): Slot {
  const s = state as unknown as Record<string, unknown>;
  const get = (name: string) => s[`${p}${name}`];
  return {
    kind: get('Kind') as Kind,
    lr: get('Lr') as number,
    gamma: get('Gamma') as number,
    stepSize: get('StepSize') as number,
    m1: get('M1') as number,
    m2: get('M2') as number,
    m3: get('M3') as number,
    expGamma: get('ExpGamma') as number,
    k: get('K') as number,
    power: get('Power') as number,
    warm: get('Warm') as number,
    start: get('Start') as number,
    tMax: get('TMax') as number,
    etaMin: get('EtaMin') as number,
    t0: get('T0') as number,
    tMult: get('TMult') as number,
    total: get('Total') as number,
    pct: get('Pct') as number,
    three: get('Three') as boolean,
    anneal: get('Anneal') as Slot['anneal'],
    div: get('Div') as number,
    finalDiv: get('FinalDiv') as number,
    up: get('Up') as number,
    cmode: get('Cmode') as Slot['cmode'],
  };
}

/** The state patch that sets fields of slot `p`. */
export function slotPatch(p: SlotId, patch: Partial<Slot>): Partial<ComposerState> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) out[`${p}${k[0].toUpperCase()}${k.slice(1)}`] = v;
  return out as Partial<ComposerState>;
}
