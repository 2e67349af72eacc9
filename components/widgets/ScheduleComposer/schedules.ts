import {
  constantLR,
  cosineAnnealingLR,
  cosineWarmRestarts,
  cyclicLR,
  exponentialLR,
  inverseTimeLR,
  linearLR,
  multiStepLR,
  oneCycleLR,
  polynomialLR,
  stepLR,
  warmupCosine,
  type Schedule,
} from '@descent/optim';
import type { Kind, Slot } from './state.ts';

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
export function slotLabel(s: { kind: Kind; three: boolean; anneal: 'cos' | 'linear' }): string {
  if (s.kind !== 'onecycle') return KIND_LABELS[s.kind];
  if (s.three && s.anneal === 'linear') return "One-cycle, Smith's policy (three linear phases)";
  if (!s.three && s.anneal === 'cos') return "One-cycle, PyTorch's default (two cosine phases)";
  return `One-cycle (${s.three ? 'three' : 'two'} ${s.anneal === 'cos' ? 'cosine' : 'linear'} phases)`;
}

/** The parameters each kind reads (the view shows only these). */
export const KIND_PARAMS: Record<Kind, readonly (keyof Slot)[]> = {
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

/**
 * The package schedule for a slot, or null for 'none'. `lr` overrides the slot's rate (a part of
 * a SequentialLR scales the optimizer's one lr). A parameter set the package rejects (warmup
 * longer than the total, say) comes back as an error message instead of a throw.
 */
export function buildSchedule(s: Slot, lr = s.lr): { schedule: Schedule | null; error?: string } {
  try {
    return { schedule: make(s, lr) };
  } catch (e) {
    return { schedule: null, error: e instanceof Error ? e.message : String(e) };
  }
}

function make(s: Slot, lr: number): Schedule | null {
  switch (s.kind) {
    case 'none':
      return null;
    case 'constant':
      return constantLR({ lr });
    case 'constantlr':
      return constantLR({ lr, factor: s.start, totalIters: s.warm });
    case 'step':
      return stepLR({ lr, stepSize: s.stepSize, gamma: s.gamma });
    case 'multistep':
      return multiStepLR({ lr, milestones: [s.m1, s.m2, s.m3], gamma: s.gamma });
    case 'exponential':
      return exponentialLR({ lr, gamma: s.expGamma });
    case 'inverse':
      return inverseTimeLR({ lr, decay: s.k });
    case 'polynomial':
      return polynomialLR({ lr, totalIters: s.total, power: s.power });
    case 'linear':
      return linearLR({ lr, startFactor: s.start, endFactor: 1, totalIters: s.warm });
    case 'cosine':
      return cosineAnnealingLR({ lr, tMax: s.tMax, etaMin: s.etaMin });
    case 'sgdr':
      return cosineWarmRestarts({ lr, t0: s.t0, tMult: s.tMult, etaMin: s.etaMin });
    case 'warmupcosine':
      return warmupCosine({
        lr,
        warmupSteps: s.warm,
        totalSteps: s.total,
        startFactor: s.start,
        etaMin: s.etaMin,
      });
    case 'onecycle':
      return oneCycleLR({
        maxLr: lr,
        totalSteps: s.total,
        pctStart: s.pct,
        annealStrategy: s.anneal,
        divFactor: s.div,
        finalDivFactor: s.finalDiv,
        threePhase: s.three,
      });
    case 'cyclic':
      return cyclicLR({ baseLr: lr / s.div, maxLr: lr, stepSizeUp: s.up, mode: s.cmode, gamma: s.expGamma });
  }
}
