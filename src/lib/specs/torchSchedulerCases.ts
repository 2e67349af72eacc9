import type { ScheduleSpec } from './scheduleSpec.ts';

/**
 * Schedules whose PyTorch export is checked in PyTorch itself (scripts/torchSchedulers.py writes
 * torchSchedulers.fixture.json from them; torchSchedulers.test.ts compares). One or more per kind,
 * with the options the widgets use, and the nested forms a SequentialLR holds.
 */
export const TORCH_SCHEDULER_CASES: { spec: ScheduleSpec; steps: number }[] = [
  { spec: { kind: 'constantLR', lr: 0.1 }, steps: 40 },
  { spec: { kind: 'constantLR', lr: 0.1, factor: 0.25, totalIters: 15 }, steps: 40 },
  { spec: { kind: 'stepLR', lr: 0.1, stepSize: 30, gamma: 0.5 }, steps: 100 },
  { spec: { kind: 'multiStepLR', lr: 0.1, milestones: [60, 20, 45], gamma: 0.3 }, steps: 100 },
  { spec: { kind: 'exponentialLR', lr: 0.1, gamma: 0.97 }, steps: 100 },
  { spec: { kind: 'inverseTimeLR', lr: 0.1, decay: 0.05 }, steps: 100 },
  { spec: { kind: 'polynomialLR', lr: 0.1, totalIters: 80, power: 2 }, steps: 100 },
  { spec: { kind: 'linearLR', lr: 0.1, startFactor: 0.01, endFactor: 1, totalIters: 20 }, steps: 60 },
  { spec: { kind: 'cosineAnnealingLR', lr: 0.1, tMax: 50, etaMin: 0.001 }, steps: 150 },
  { spec: { kind: 'cosineWarmRestarts', lr: 0.1, t0: 10, tMult: 2, etaMin: 0 }, steps: 150 },
  {
    spec: {
      kind: 'warmupCosine',
      lr: 0.1,
      warmupSteps: 20,
      totalSteps: 120,
      startFactor: 0.1,
      etaMin: 0.002,
    },
    steps: 120,
  },
  { spec: { kind: 'warmupCosine', lr: 0.1, warmupSteps: 20, totalSteps: 120 }, steps: 120 },
  {
    spec: { kind: 'wsd', lr: 0.1, totalSteps: 100, warmupSteps: 10, decayFraction: 0.2, etaMin: 0.001 },
    steps: 110,
  },
  { spec: { kind: 'wsd', lr: 0.1, totalSteps: 100, decaySteps: 30, decayShape: 'cosine' }, steps: 110 },
  {
    spec: {
      kind: 'wsd',
      lr: 0.1,
      totalSteps: 100,
      warmupSteps: 40,
      decayStart: 20,
      decayShape: 'linear',
      startFactor: 0.1,
    },
    steps: 110,
  },
  {
    spec: {
      kind: 'oneCycleLR',
      maxLr: 0.1,
      totalSteps: 200,
      pctStart: 0.45,
      annealStrategy: 'linear',
      divFactor: 10,
      finalDivFactor: 100,
      threePhase: true,
    },
    steps: 200,
  },
  { spec: { kind: 'oneCycleLR', maxLr: 0.1, totalSteps: 200 }, steps: 200 },
  { spec: { kind: 'cyclicLR', baseLr: 0.01, maxLr: 0.1, stepSizeUp: 25, mode: 'triangular2' }, steps: 200 },
  {
    spec: { kind: 'cyclicLR', baseLr: 0.01, maxLr: 0.1, stepSizeUp: 20, mode: 'exp_range', gamma: 0.99 },
    steps: 200,
  },
  {
    spec: {
      kind: 'sequentialLR',
      schedules: [
        { kind: 'linearLR', lr: 0.1, startFactor: 0.05, endFactor: 1, totalIters: 20 },
        { kind: 'warmupCosine', lr: 0.1, warmupSteps: 10, totalSteps: 100, startFactor: 0.2, etaMin: 0.01 },
        { kind: 'stepLR', lr: 0.1, stepSize: 10, gamma: 0.5 },
      ],
      milestones: [20, 110],
    },
    steps: 160,
  },
];

/** The optimizer's lr a case starts from (PyTorch schedulers scale it; OneCycle and Cyclic set their own). */
export function baseLr(spec: ScheduleSpec): number {
  switch (spec.kind) {
    case 'sequentialLR':
      return baseLr(spec.schedules[0]);
    case 'oneCycleLR':
      return spec.maxLr;
    case 'cyclicLR':
      return spec.maxLr;
    default:
      return spec.lr;
  }
}
