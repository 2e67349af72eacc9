import * as optim from '@descent/optim';
import type { Schedule } from '@descent/optim';
import { docCommentOf, paragraphsOf } from './docComment.ts';

const sources = import.meta.glob<string>(['../../../packages/optim/src/schedules/*.ts', '!**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

type Options = Record<string, unknown>;
interface Example {
  /** The options the plot uses (each schedule's typical shape). */
  options: Options;
  /** Steps plotted. */
  steps: number;
  /** The same schedule in PyTorch, written from the same options (so the two cannot disagree). */
  torch: (o: Options) => string;
  /** Builds the schedule when the options need other schedules (sequentialLR). */
  build?: () => Schedule;
}

const py = (v: unknown): string =>
  typeof v === 'boolean'
    ? v
      ? 'True'
      : 'False'
    : Array.isArray(v)
      ? `[${v.map(py).join(', ')}]`
      : typeof v === 'string'
        ? `'${v}'`
        : String(v);

/**
 * One example per schedule of the package. A schedule added to the package without an example
 * fails the reference test, so the page always covers every schedule.
 */
export const SCHEDULE_EXAMPLES: Record<string, Example> = {
  constantLR: {
    options: { lr: 0.1, factor: 0.5, totalIters: 30 },
    steps: 100,
    torch: (o) => `ConstantLR(optimizer, factor=${py(o.factor)}, total_iters=${py(o.totalIters)})`,
  },
  stepLR: {
    options: { lr: 0.1, stepSize: 30, gamma: 0.1 },
    steps: 100,
    torch: (o) => `StepLR(optimizer, step_size=${py(o.stepSize)}, gamma=${py(o.gamma)})`,
  },
  multiStepLR: {
    options: { lr: 0.1, milestones: [30, 80], gamma: 0.1 },
    steps: 100,
    torch: (o) => `MultiStepLR(optimizer, milestones=${py(o.milestones)}, gamma=${py(o.gamma)})`,
  },
  exponentialLR: {
    options: { lr: 0.1, gamma: 0.96 },
    steps: 100,
    torch: (o) => `ExponentialLR(optimizer, gamma=${py(o.gamma)})`,
  },
  inverseTimeLR: {
    options: { lr: 0.1, decay: 0.05 },
    steps: 100,
    torch: (o) => `LambdaLR(optimizer, lambda t: 1 / (1 + ${py(o.decay)} * t))`,
  },
  linearLR: {
    options: { lr: 0.1, startFactor: 0.1, endFactor: 1, totalIters: 20 },
    steps: 100,
    torch: (o) =>
      `LinearLR(optimizer, start_factor=${py(o.startFactor)}, end_factor=${py(o.endFactor)}, total_iters=${py(o.totalIters)})`,
  },
  cosineAnnealingLR: {
    options: { lr: 0.1, tMax: 100, etaMin: 0 },
    steps: 100,
    torch: (o) => `CosineAnnealingLR(optimizer, T_max=${py(o.tMax)}, eta_min=${py(o.etaMin)})`,
  },
  cosineWarmRestarts: {
    options: { lr: 0.1, t0: 20, tMult: 2, etaMin: 0 },
    steps: 140,
    torch: (o) =>
      `CosineAnnealingWarmRestarts(optimizer, T_0=${py(o.t0)}, T_mult=${py(o.tMult)}, eta_min=${py(o.etaMin)})`,
  },
  oneCycleLR: {
    options: { maxLr: 0.1, totalSteps: 100 },
    steps: 100,
    torch: (o) => `OneCycleLR(optimizer, max_lr=${py(o.maxLr)}, total_steps=${py(o.totalSteps)})`,
  },
  warmupCosine: {
    options: { lr: 0.1, warmupSteps: 10, totalSteps: 100, startFactor: 0.01 },
    steps: 100,
    torch: (o) =>
      `SequentialLR(optimizer, [LinearLR(optimizer, start_factor=${py(o.startFactor)}, total_iters=${py(o.warmupSteps)}), CosineAnnealingLR(optimizer, T_max=${Number(o.totalSteps) - Number(o.warmupSteps)})], milestones=[${py(o.warmupSteps)}])`,
  },
  polynomialLR: {
    options: { lr: 0.1, totalIters: 80, power: 2 },
    steps: 100,
    torch: (o) => `PolynomialLR(optimizer, total_iters=${py(o.totalIters)}, power=${py(o.power)})`,
  },
  cyclicLR: {
    options: { baseLr: 0.01, maxLr: 0.1, stepSizeUp: 20, mode: 'triangular2' },
    steps: 120,
    torch: (o) =>
      `CyclicLR(optimizer, base_lr=${py(o.baseLr)}, max_lr=${py(o.maxLr)}, step_size_up=${py(o.stepSizeUp)}, mode=${py(o.mode)})`,
  },
  wsd: {
    options: { lr: 0.1, totalSteps: 100, warmupSteps: 10, decayFraction: 0.2, decayShape: '1-sqrt' },
    steps: 110,
    // PyTorch has no WSD scheduler; transformers' get_wsd_schedule (a LambdaLR) is the same schedule
    torch: (o) =>
      `get_wsd_schedule(optimizer, num_warmup_steps=${py(o.warmupSteps)}, num_decay_steps=${Math.round(Number(o.decayFraction) * Number(o.totalSteps))}, num_training_steps=${py(o.totalSteps)}, decay_type=${py(o.decayShape)})  # transformers`,
  },
  sequentialLR: {
    options: { milestones: [10] },
    steps: 100,
    build: () =>
      optim.sequentialLR({
        schedules: [
          optim.linearLR({ lr: 0.1, startFactor: 0.1, totalIters: 10 }),
          optim.cosineAnnealingLR({ lr: 0.1, tMax: 90 }),
        ],
        milestones: [10],
      }),
    torch: () =>
      'SequentialLR(optimizer, [LinearLR(optimizer, start_factor=0.1, total_iters=10), CosineAnnealingLR(optimizer, T_max=90)], milestones=[10])',
  },
};

export interface ScheduleEntry {
  name: string;
  doc: string[];
  torch: string;
  /** lr after t calls of scheduler.step(), t = 0 … steps − 1. */
  values: number[];
}

/** Every schedule of the package (functions of t) with its doc comment, example values and PyTorch call. */
export function scheduleEntries(): ScheduleEntry[] {
  return Object.entries(sources)
    .flatMap(([path, source]) => {
      const name = path.replace(/^.*\//, '').replace(/\.ts$/, '');
      const doc = docCommentOf(source, name);
      const ex = SCHEDULE_EXAMPLES[name];
      const factory = (optim as unknown as Record<string, ((o: Options) => Schedule) | undefined>)[name];
      if (!doc || !ex || typeof factory !== 'function') return [];
      const schedule = ex.build ? ex.build() : factory(ex.options);
      const values = Array.from({ length: ex.steps }, (_, t) => schedule(t));
      return [{ name, doc: paragraphsOf(doc), torch: ex.torch(ex.options), values }];
    })
    .sort(
      (a, b) =>
        Object.keys(SCHEDULE_EXAMPLES).indexOf(a.name) - Object.keys(SCHEDULE_EXAMPLES).indexOf(b.name),
    );
}

/** The schedule modules that are functions of t (everything but the plateau controller). */
export function scheduleModuleNames(): string[] {
  return Object.entries(sources)
    .map(([path, source]) => [path.replace(/^.*\//, '').replace(/\.ts$/, ''), source] as const)
    .filter(([name, source]) => new RegExp(`export function ${name}\\([^)]*\\): Schedule \\{`).test(source))
    .map(([name]) => name);
}

/** An SVG polyline path for values against t in a w×h box (y from 0 to the largest value). */
export function sparkPath(values: readonly number[], w: number, h: number): string {
  const max = Math.max(...values.filter(Number.isFinite), 1e-300);
  const n = Math.max(1, values.length - 1);
  return values
    .map((v, t) => `${t === 0 ? 'M' : 'L'}${((t / n) * w).toFixed(1)} ${(h - (v / max) * h).toFixed(1)}`)
    .join(' ');
}
