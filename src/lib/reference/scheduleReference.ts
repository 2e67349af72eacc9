import { scaleLinear } from 'd3-scale';
import { formatNumber, formatSci } from '../../../components/widgets/kit/formatNumber.ts';
import { scheduleFromSpec, torchScheduler, type ScheduleSpec } from '../specs/scheduleSpec.ts';
import { docCommentOf, paragraphsOf } from './docComment.ts';

const sources = import.meta.glob<string>(['../../../packages/optim/src/schedules/*.ts', '!**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** What the page shows of a schedule: a typical setting and how many steps to plot. */
interface Example {
  spec: ScheduleSpec;
  steps: number;
}

/**
 * One example per schedule of the package, as a spec: the plot is `scheduleFromSpec(spec)` and the
 * PyTorch call `torchScheduler(spec)` — the export the widgets use, checked in PyTorch by
 * src/lib/specs/torchSchedulers.test.ts. A schedule added to the package without an example fails
 * the reference test, so the page always covers every schedule.
 */
export const SCHEDULE_EXAMPLES: Record<string, Example> = {
  constantLR: { spec: { kind: 'constantLR', lr: 0.1, factor: 0.5, totalIters: 30 }, steps: 100 },
  stepLR: { spec: { kind: 'stepLR', lr: 0.1, stepSize: 30, gamma: 0.1 }, steps: 100 },
  multiStepLR: { spec: { kind: 'multiStepLR', lr: 0.1, milestones: [30, 80], gamma: 0.1 }, steps: 100 },
  exponentialLR: { spec: { kind: 'exponentialLR', lr: 0.1, gamma: 0.96 }, steps: 100 },
  inverseTimeLR: { spec: { kind: 'inverseTimeLR', lr: 0.1, decay: 0.05 }, steps: 100 },
  linearLR: {
    spec: { kind: 'linearLR', lr: 0.1, startFactor: 0.1, endFactor: 1, totalIters: 20 },
    steps: 100,
  },
  cosineAnnealingLR: { spec: { kind: 'cosineAnnealingLR', lr: 0.1, tMax: 100, etaMin: 0 }, steps: 100 },
  cosineWarmRestarts: {
    spec: { kind: 'cosineWarmRestarts', lr: 0.1, t0: 20, tMult: 2, etaMin: 0 },
    steps: 140,
  },
  oneCycleLR: { spec: { kind: 'oneCycleLR', maxLr: 0.1, totalSteps: 100 }, steps: 100 },
  warmupCosine: {
    spec: { kind: 'warmupCosine', lr: 0.1, warmupSteps: 10, totalSteps: 100, startFactor: 0.01 },
    steps: 100,
  },
  polynomialLR: { spec: { kind: 'polynomialLR', lr: 0.1, totalIters: 80, power: 2 }, steps: 100 },
  cyclicLR: {
    spec: { kind: 'cyclicLR', baseLr: 0.01, maxLr: 0.1, stepSizeUp: 20, mode: 'triangular2' },
    steps: 120,
  },
  wsd: {
    spec: {
      kind: 'wsd',
      lr: 0.1,
      totalSteps: 100,
      warmupSteps: 10,
      decayFraction: 0.2,
      decayShape: '1-sqrt',
    },
    steps: 110,
  },
  sequentialLR: {
    spec: {
      kind: 'sequentialLR',
      schedules: [
        { kind: 'linearLR', lr: 0.1, startFactor: 0.1, totalIters: 10 },
        { kind: 'cosineAnnealingLR', lr: 0.1, tMax: 90 },
      ],
      milestones: [10],
    },
    steps: 100,
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
      if (!doc || !ex || ex.spec.kind !== name) return [];
      const schedule = scheduleFromSpec(ex.spec);
      const values = Array.from({ length: ex.steps }, (_, t) => schedule(t));
      return [{ name, doc: paragraphsOf(doc), torch: torchScheduler(ex.spec), values }];
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

/** The top of a schedule chart's y range: a round value at or above the largest rate. */
export function sparkTop(values: readonly number[]): number {
  const max = Math.max(...values.filter(Number.isFinite), 1e-300);
  return scaleLinear().domain([0, max]).nice(2).domain()[1];
}

export interface SparkTick {
  /** Position along the axis, in the chart's pixels. */
  at: number;
  label: string;
}

/**
 * The axes of a w×h schedule chart: y ticks at 0, half and the top (sparkTop) labelled with the
 * rate, x ticks at round steps from the first step (`firstX`, default 0) to the last. Labels use the
 * kit's number format (a real minus; powers of ten written 4 × 10⁻⁵, not 4e-5).
 */
export function sparkAxes(
  values: readonly number[],
  w: number,
  h: number,
  firstX = 0,
): { x: SparkTick[]; y: SparkTick[] } {
  const top = sparkTop(values);
  const last = firstX + Math.max(1, values.length - 1);
  const x = scaleLinear().domain([firstX, last]).range([0, w]);
  const xTicks = [...new Set([firstX, ...x.ticks(3).filter((t) => Number.isInteger(t)), last])];
  // A round tick too close to either end would print over it.
  const span = last - firstX;
  const spaced = xTicks.filter(
    (t) => t === last || t === firstX || (last - t >= span * 0.15 && t - firstX >= span * 0.1),
  );
  return {
    x: spaced.map((t) => ({ at: x(t), label: formatNumber(t) })),
    y: [0, top / 2, top].map((v) => ({ at: h - (v / top) * h, label: formatSci(v) })),
  };
}

/** An SVG polyline path for values against t in a w×h box (y from 0 to sparkTop). */
export function sparkPath(values: readonly number[], w: number, h: number): string {
  const max = sparkTop(values);
  const n = Math.max(1, values.length - 1);
  return values
    .map((v, t) => `${t === 0 ? 'M' : 'L'}${((t / n) * w).toFixed(1)} ${(h - (v / max) * h).toFixed(1)}`)
    .join(' ');
}
