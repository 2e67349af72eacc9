import { slotPatch, type ComposerState } from './state.ts';

export interface Preset {
  id: string;
  label: string;
  patch: Partial<ComposerState>;
}

const none = (p: 'a' | 'b' | 'c') => slotPatch(p, { kind: 'none' });

/** Setups the lesson links to; each is applied on top of the defaults. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'decays',
    label: 'Step, exponential and 1/(1 + kt)',
    patch: {
      ...slotPatch('a', { kind: 'step', stepSize: 60, gamma: 0.1 }),
      ...slotPatch('b', { kind: 'exponential', expGamma: 0.98 }),
      ...slotPatch('c', { kind: 'inverse', k: 0.05 }),
      horizon: 200,
    },
  },
  {
    id: 'past-tmax',
    label: 'Cosine stepped past T_max (the bug) vs SGDR',
    patch: {
      ...slotPatch('a', { kind: 'cosine', tMax: 100 }),
      ...slotPatch('b', { kind: 'sgdr', t0: 100, tMult: 1 }),
      ...none('c'),
      horizon: 300,
    },
  },
  {
    id: 'warmup-cosine',
    label: 'Warmup then cosine, joined with SequentialLR',
    patch: {
      mode: 'sequence',
      ...slotPatch('a', { kind: 'linear', lr: 0.1, start: 0.01, warm: 20 }),
      ...slotPatch('b', { kind: 'cosine', tMax: 180 }),
      ...none('c'),
      s1: 20,
      horizon: 200,
    },
  },
  {
    id: 'one-cycle',
    label: "One-cycle: Smith's three linear phases vs PyTorch's default",
    patch: {
      ...slotPatch('a', {
        kind: 'onecycle',
        lr: 0.1,
        total: 200,
        three: true,
        anneal: 'linear',
        pct: 0.45,
        div: 10,
        finalDiv: 100,
      }),
      ...slotPatch('b', {
        kind: 'onecycle',
        lr: 0.1,
        total: 200,
        three: false,
        anneal: 'cos',
        pct: 0.3,
        div: 25,
        finalDiv: 1e4,
      }),
      ...none('c'),
      horizon: 200,
    },
  },
  {
    id: 'sgdr',
    label: 'SGDR with T_mult = 2 vs cyclical (triangular2)',
    patch: {
      ...slotPatch('a', { kind: 'sgdr', t0: 25, tMult: 2 }),
      ...slotPatch('b', { kind: 'cyclic', up: 25, div: 10, cmode: 'triangular2' }),
      ...none('c'),
      horizon: 375,
    },
  },
];
