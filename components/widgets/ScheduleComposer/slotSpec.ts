import type { Schedule } from '@descent/optim';
import { scheduleFromSpec, type ScheduleSpec } from '../../../src/lib/specs/scheduleSpec.ts';
import type { ScheduleSlot } from './state.ts';

/**
 * slotSpec(slot, lr) → the schedule a slot describes, as a spec (null for 'none'). `lr` overrides
 * the slot's rate: every part of a SequentialLR scales the optimizer's one lr.
 */
export function slotSpec(s: ScheduleSlot, lr = s.lr): ScheduleSpec | null {
  switch (s.kind) {
    case 'none':
      return null;
    case 'constant':
      return { kind: 'constantLR', lr };
    case 'constantlr':
      return { kind: 'constantLR', lr, factor: s.start, totalIters: s.warm };
    case 'step':
      return { kind: 'stepLR', lr, stepSize: s.stepSize, gamma: s.gamma };
    case 'multistep':
      return { kind: 'multiStepLR', lr, milestones: [s.m1, s.m2, s.m3], gamma: s.gamma };
    case 'exponential':
      return { kind: 'exponentialLR', lr, gamma: s.expGamma };
    case 'inverse':
      return { kind: 'inverseTimeLR', lr, decay: s.k };
    case 'polynomial':
      return { kind: 'polynomialLR', lr, totalIters: s.total, power: s.power };
    case 'linear':
      return { kind: 'linearLR', lr, startFactor: s.start, endFactor: 1, totalIters: s.warm };
    case 'cosine':
      return { kind: 'cosineAnnealingLR', lr, tMax: s.tMax, etaMin: s.etaMin };
    case 'sgdr':
      return { kind: 'cosineWarmRestarts', lr, t0: s.t0, tMult: s.tMult, etaMin: s.etaMin };
    case 'warmupcosine':
      return {
        kind: 'warmupCosine',
        lr,
        warmupSteps: s.warm,
        totalSteps: s.total,
        startFactor: s.start,
        etaMin: s.etaMin,
      };
    case 'onecycle':
      return {
        kind: 'oneCycleLR',
        maxLr: lr,
        totalSteps: s.total,
        pctStart: s.pct,
        annealStrategy: s.anneal,
        divFactor: s.div,
        finalDivFactor: s.finalDiv,
        threePhase: s.three,
      };
    case 'cyclic':
      return {
        kind: 'cyclicLR',
        baseLr: lr / s.div,
        maxLr: lr,
        stepSizeUp: s.up,
        mode: s.cmode,
        gamma: s.expGamma,
      };
  }
}

/**
 * The package schedule for a spec. A parameter set the package rejects (warmup longer than the
 * total, say) comes back as an error message instead of a throw.
 */
export function buildSchedule(
  spec: ScheduleSpec,
): { schedule: Schedule; error?: undefined } | { schedule: null; error: string } {
  try {
    return { schedule: scheduleFromSpec(spec) };
  } catch (e) {
    return { schedule: null, error: e instanceof Error ? e.message : String(e) };
  }
}
