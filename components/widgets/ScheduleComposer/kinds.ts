import type { Kind, ScheduleSlot } from './state.ts';

/** What each kind is called, in the picker and the legend. */
export const KIND_LABELS: Record<Kind, string> = {
  none: 'None (hide)',
  constant: 'Constant',
  constantlr: 'ConstantLR (factor for the first steps)',
  step: 'Step decay (StepLR)',
  multistep: 'Multi-step (MultiStepLR)',
  exponential: 'Exponential (ExponentialLR)',
  inverse: 'Inverse time 1/(1 + ck)',
  polynomial: 'Polynomial (PolynomialLR)',
  linear: 'Linear warmup (LinearLR)',
  cosine: 'Cosine annealing (CosineAnnealingLR)',
  sgdr: 'Warm restarts, SGDR',
  warmupcosine: 'Warmup + cosine',
  onecycle: 'One-cycle (OneCycleLR)',
  cyclic: 'Cyclical (CyclicLR)',
};

/** The legend label of a slot: the kind, and for one-cycle which variant it is. */
export function slotLabel(s: Pick<ScheduleSlot, 'kind' | 'three' | 'anneal'>): string {
  if (s.kind !== 'onecycle') return KIND_LABELS[s.kind];
  if (s.three && s.anneal === 'linear') return "One-cycle, Smith's policy (three linear phases)";
  if (!s.three && s.anneal === 'cos') return "One-cycle, PyTorch's default (two cosine phases)";
  return `One-cycle (${s.three ? 'three' : 'two'} ${s.anneal === 'cos' ? 'cosine' : 'linear'} phases)`;
}

/** The parameters each kind reads (the view shows only these). */
export const KIND_PARAMS: Record<Kind, readonly (keyof ScheduleSlot)[]> = {
  none: [],
  constant: ['lr'],
  constantlr: ['lr', 'start', 'warm'],
  step: ['lr', 'stepSize', 'gamma'],
  multistep: ['lr', 'm1', 'm2', 'm3', 'gamma'],
  exponential: ['lr', 'expGamma'],
  inverse: ['lr', 'k'],
  polynomial: ['lr', 'total', 'power'],
  linear: ['lr', 'start', 'warm'],
  cosine: ['lr', 'tMax', 'etaMin'],
  sgdr: ['lr', 't0', 'tMult', 'etaMin'],
  warmupcosine: ['lr', 'start', 'warm', 'total', 'etaMin'],
  onecycle: ['lr', 'total', 'pct', 'div', 'finalDiv', 'anneal', 'three'],
  cyclic: ['lr', 'div', 'up', 'cmode', 'expGamma'],
};

/** Kinds that set the rate themselves (max_lr) instead of scaling the optimizer's lr. */
export const SETS_OWN_LR: ReadonlySet<Kind> = new Set(['onecycle', 'cyclic']);
