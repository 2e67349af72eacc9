import type { ComposerState, ScheduleSlot } from './state.ts';

export interface Preset {
  id: string;
  label: string;
  /** Settings other than the schedules, over the defaults. */
  state: Partial<Omit<ComposerState, 'schedules'>>;
  /** Schedules A, B, C, each over the default slot. */
  schedules: [Partial<ScheduleSlot>, Partial<ScheduleSlot>, Partial<ScheduleSlot>];
}

/** The whole state a preset describes: the defaults, the preset's settings, its three schedules. */
export function presetState(p: Preset, defaults: ComposerState): ComposerState {
  return {
    ...defaults,
    ...p.state,
    schedules: defaults.schedules.map((slot, i) => ({ ...slot, ...p.schedules[i] })),
  };
}

/** Setups the lesson links to; each is applied on top of the defaults. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'decays',
    label: 'Step, exponential and 1/(1 + kt)',
    state: { horizon: 200 },
    schedules: [
      { kind: 'step', stepSize: 60, gamma: 0.1 },
      { kind: 'exponential', expGamma: 0.98 },
      { kind: 'inverse', k: 0.05 },
    ],
  },
  {
    id: 'past-tmax',
    label: 'Cosine stepped past T_max (the bug) vs SGDR',
    state: { horizon: 300 },
    schedules: [{ kind: 'cosine', tMax: 100 }, { kind: 'sgdr', t0: 100, tMult: 1 }, { kind: 'none' }],
  },
  {
    id: 'warmup-cosine',
    label: 'Warmup then cosine, joined with SequentialLR',
    state: { mode: 'sequence', s1: 20, horizon: 200 },
    schedules: [
      { kind: 'linear', lr: 0.1, start: 0.01, warm: 20 },
      { kind: 'cosine', tMax: 180 },
      { kind: 'none' },
    ],
  },
  {
    id: 'one-cycle',
    label: "One-cycle: Smith's three linear phases vs PyTorch's default",
    state: { horizon: 200 },
    schedules: [
      {
        kind: 'onecycle',
        lr: 0.1,
        total: 200,
        three: true,
        anneal: 'linear',
        pct: 0.45,
        div: 10,
        finalDiv: 100,
      },
      {
        kind: 'onecycle',
        lr: 0.1,
        total: 200,
        three: false,
        anneal: 'cos',
        pct: 0.3,
        div: 25,
        finalDiv: 1e4,
      },
      { kind: 'none' },
    ],
  },
  {
    id: 'sgdr',
    label: 'SGDR with T_mult = 2 vs cyclical (triangular2)',
    state: { horizon: 375 },
    schedules: [
      { kind: 'sgdr', t0: 25, tMult: 2 },
      { kind: 'cyclic', up: 25, div: 10, cmode: 'triangular2' },
      { kind: 'none' },
    ],
  },
];
