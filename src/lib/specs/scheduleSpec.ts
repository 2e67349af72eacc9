import { z } from 'zod';
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
  sequentialLR,
  stepLR,
  warmupCosine,
  wsd,
  wsdBoundaries,
  WSD_DECAY_SHAPES,
  type Schedule,
} from '@descent/optim';
import { py, pyCall, pyFloat, pyValue } from './python.ts';
import { kindSchemas, type KindDef } from './kindRegistry.ts';

// A schedule as data: `{ kind: 'stepLR', lr: 0.1, stepSize: 30 }`, with the package's factory
// name as `kind` and its option names. Widgets keep such specs in their state and links, the
// reference page plots them, and the PyTorch export prints them; every one of them is turned into
// a schedule by `scheduleFromSpec`, so a schedule is built by name in one place only.
//
// Options a spec leaves out take the package's defaults (the package is the one place they are
// written). The zod schemas check types and integrality; the package checks ranges and throws a
// message naming the option, which callers show as they would any refused setting.
//
// Adding a schedule (say WSD): write it in the package, then add one `kind({ … })` entry below —
// its options, how to build it, its PyTorch call. The reference page's test then asks for an
// example of it, and every widget that offers "any schedule" can offer it.

const rate = z.number().nonnegative();
const steps = z.number().int();

/** What each kind needs: its schema, the package call and the PyTorch call (one expression). */
type ScheduleKind<K extends string, S extends z.ZodObject<{ kind: z.ZodLiteral<K> }>> = KindDef<S> & {
  build: (spec: z.output<S>) => Schedule;
  /** The PyTorch scheduler (for `optimizer`); `nested` asks for one that can sit inside a SequentialLR. */
  torch: (spec: z.output<S>, nested: boolean) => string;
  /** The PyTorch class the call constructs at the top level (LambdaLR where PyTorch has none). */
  torchClass: string;
};
const kind = <K extends string, S extends z.ZodObject<{ kind: z.ZodLiteral<K> }>>(d: ScheduleKind<K, S>) => d;

const O = ['optimizer'];

/**
 * WSD as one exact LambdaLR: PyTorch has no WSD scheduler (transformers' `get_wsd_schedule` is
 * the same schedule when the warmup starts at 0 and ends before the decay; this one needs only
 * PyTorch). The boundaries come from the package, so the export cannot drift from the plot.
 */
const wsdLambda = (s: Parameters<typeof wsd>[0]) => {
  const b = wsdBoundaries(s);
  const start = py(s.startFactor ?? 0);
  const m = py((s.etaMin ?? 0) / s.lr);
  const W = b.warmupEnd;
  const warm = (t: string) =>
    W > 0 ? `(${start} + (1 - ${start}) * ${t} / ${W} if ${t} < ${W} else 1.0)` : '1.0';
  const p = `(t - ${b.decayStart}) / ${Math.max(1, b.decaySteps)}`;
  const f = {
    '1-sqrt': `1 - math.sqrt(${p})`,
    linear: `1 - ${p}`,
    cosine: `0.5 * (1 + math.cos(math.pi * ${p}))`,
  }[s.decayShape ?? '1-sqrt'];
  return `LambdaLR(optimizer, lr_lambda=lambda t: ${warm('t')} if t < ${b.decayStart} else ${m} if t >= ${b.decayEnd} else ${m} + (${warm(String(b.decayStart))} - ${m}) * (${f}))`;
};

const warmupCosineLambda = (s: {
  lr: number;
  warmupSteps: number;
  totalSteps: number;
  startFactor?: number;
  etaMin?: number;
}) => {
  const start = py(s.startFactor ?? 0);
  const W = s.warmupSteps;
  const T = s.totalSteps - W;
  const m = py((s.etaMin ?? 0) / s.lr);
  return `LambdaLR(optimizer, lr_lambda=lambda t: ${start} + (1 - ${start}) * t / ${W} if t < ${W} else ${m} + (1 - ${m}) * 0.5 * (1 + math.cos(math.pi * min(t - ${W}, ${T}) / ${T})))`;
};

const KINDS = [
  kind({
    schema: z.object({
      kind: z.literal('constantLR'),
      lr: rate,
      factor: z.number().optional(),
      totalIters: steps.optional(),
    }),
    build: (s) => constantLR(s),
    torchClass: 'ConstantLR',
    // The package's defaults make a plain constant (factor 1, no steps); PyTorch's are 1/3 and 5,
    // so the call always spells them out.
    torch: (s) =>
      pyCall('ConstantLR', O, [
        ['factor', pyFloat(s.factor ?? 1)],
        ['total_iters', String(s.totalIters ?? 0)],
      ]),
  }),
  kind({
    schema: z.object({ kind: z.literal('stepLR'), lr: rate, stepSize: steps, gamma: z.number().optional() }),
    build: (s) => stepLR(s),
    torchClass: 'StepLR',
    torch: (s) =>
      pyCall('StepLR', O, [
        ['step_size', String(s.stepSize)],
        ['gamma', s.gamma === undefined ? undefined : py(s.gamma)],
      ]),
  }),
  kind({
    schema: z.object({
      kind: z.literal('multiStepLR'),
      lr: rate,
      milestones: z.array(steps),
      gamma: z.number().optional(),
    }),
    build: (s) => multiStepLR(s),
    torchClass: 'MultiStepLR',
    torch: (s) =>
      pyCall('MultiStepLR', O, [
        ['milestones', pyValue([...s.milestones].sort((a, b) => a - b))],
        ['gamma', s.gamma === undefined ? undefined : py(s.gamma)],
      ]),
  }),
  kind({
    schema: z.object({ kind: z.literal('exponentialLR'), lr: rate, gamma: z.number() }),
    build: (s) => exponentialLR(s),
    torchClass: 'ExponentialLR',
    torch: (s) => pyCall('ExponentialLR', O, [['gamma', py(s.gamma)]]),
  }),
  kind({
    schema: z.object({ kind: z.literal('inverseTimeLR'), lr: rate, decay: z.number() }),
    build: (s) => inverseTimeLR(s),
    torchClass: 'LambdaLR',
    torch: (s) => `LambdaLR(optimizer, lr_lambda=lambda t: 1 / (1 + ${py(s.decay)} * t))`,
  }),
  kind({
    schema: z.object({
      kind: z.literal('polynomialLR'),
      lr: rate,
      totalIters: steps.optional(),
      power: z.number().optional(),
    }),
    build: (s) => polynomialLR(s),
    torchClass: 'PolynomialLR',
    torch: (s) =>
      pyCall('PolynomialLR', O, [
        ['total_iters', s.totalIters === undefined ? undefined : String(s.totalIters)],
        ['power', s.power === undefined ? undefined : pyFloat(s.power)],
      ]),
  }),
  kind({
    schema: z.object({
      kind: z.literal('linearLR'),
      lr: rate,
      startFactor: z.number().optional(),
      endFactor: z.number().optional(),
      totalIters: steps.optional(),
    }),
    build: (s) => linearLR(s),
    torchClass: 'LinearLR',
    torch: (s) =>
      pyCall('LinearLR', O, [
        ['start_factor', s.startFactor === undefined ? undefined : pyFloat(s.startFactor)],
        ['end_factor', s.endFactor === undefined ? undefined : pyFloat(s.endFactor)],
        ['total_iters', s.totalIters === undefined ? undefined : String(s.totalIters)],
      ]),
  }),
  kind({
    schema: z.object({
      kind: z.literal('cosineAnnealingLR'),
      lr: rate,
      tMax: steps,
      etaMin: z.number().optional(),
    }),
    build: (s) => cosineAnnealingLR(s),
    torchClass: 'CosineAnnealingLR',
    torch: (s) =>
      pyCall('CosineAnnealingLR', O, [
        ['T_max', String(s.tMax)],
        ['eta_min', s.etaMin === undefined ? undefined : py(s.etaMin)],
      ]),
  }),
  kind({
    schema: z.object({
      kind: z.literal('cosineWarmRestarts'),
      lr: rate,
      t0: steps,
      tMult: steps.optional(),
      etaMin: z.number().optional(),
    }),
    build: (s) => cosineWarmRestarts(s),
    torchClass: 'CosineAnnealingWarmRestarts',
    torch: (s) =>
      pyCall('CosineAnnealingWarmRestarts', O, [
        ['T_0', String(s.t0)],
        ['T_mult', s.tMult === undefined ? undefined : String(s.tMult)],
        ['eta_min', s.etaMin === undefined ? undefined : py(s.etaMin)],
      ]),
  }),
  kind({
    schema: z.object({
      kind: z.literal('warmupCosine'),
      lr: rate,
      warmupSteps: steps,
      totalSteps: steps,
      startFactor: z.number().optional(),
      etaMin: z.number().optional(),
    }),
    build: (s) => warmupCosine(s),
    torchClass: 'SequentialLR',
    // PyTorch's LinearLR needs start_factor > 0, and a SequentialLR does not nest: the exact
    // one-expression LambdaLR serves both cases.
    torch: (s, nested) =>
      nested || !((s.startFactor ?? 0) > 0)
        ? warmupCosineLambda(s)
        : `SequentialLR(optimizer, schedulers=[${pyCall('LinearLR', O, [
            ['start_factor', pyFloat(s.startFactor ?? 0)],
            ['end_factor', '1.0'],
            ['total_iters', String(s.warmupSteps)],
          ])}, ${pyCall('CosineAnnealingLR', O, [
            ['T_max', String(s.totalSteps - s.warmupSteps)],
            ['eta_min', py(s.etaMin ?? 0)],
          ])}], milestones=[${s.warmupSteps}])`,
  }),
  kind({
    schema: z.object({
      kind: z.literal('oneCycleLR'),
      maxLr: rate,
      totalSteps: steps,
      pctStart: z.number().optional(),
      annealStrategy: z.enum(['cos', 'linear']).optional(),
      divFactor: z.number().optional(),
      finalDivFactor: z.number().optional(),
      threePhase: z.boolean().optional(),
    }),
    build: (s) => oneCycleLR(s),
    torchClass: 'OneCycleLR',
    torch: (s) =>
      pyCall('OneCycleLR', O, [
        ['max_lr', py(s.maxLr)],
        ['total_steps', String(s.totalSteps)],
        ['pct_start', s.pctStart === undefined ? undefined : py(s.pctStart)],
        ['anneal_strategy', s.annealStrategy === undefined ? undefined : pyValue(s.annealStrategy)],
        ['div_factor', s.divFactor === undefined ? undefined : py(s.divFactor)],
        ['final_div_factor', s.finalDivFactor === undefined ? undefined : py(s.finalDivFactor)],
        ['three_phase', s.threePhase === undefined ? undefined : pyValue(s.threePhase)],
      ]),
  }),
  kind({
    schema: z.object({
      kind: z.literal('wsd'),
      lr: rate,
      totalSteps: steps,
      warmupSteps: steps.optional(),
      decayFraction: z.number().optional(),
      decaySteps: steps.optional(),
      decayStart: steps.optional(),
      decayShape: z.enum(WSD_DECAY_SHAPES).optional(),
      etaMin: z.number().optional(),
      startFactor: z.number().optional(),
    }),
    build: (s) => wsd(s),
    torchClass: 'LambdaLR',
    torch: (s) => wsdLambda(s),
  }),
  kind({
    schema: z.object({
      kind: z.literal('cyclicLR'),
      baseLr: rate,
      maxLr: rate,
      stepSizeUp: steps.optional(),
      stepSizeDown: steps.optional(),
      mode: z.enum(['triangular', 'triangular2', 'exp_range']).optional(),
      gamma: z.number().optional(),
    }),
    build: (s) => cyclicLR(s),
    torchClass: 'CyclicLR',
    torch: (s) =>
      pyCall('CyclicLR', O, [
        ['base_lr', py(s.baseLr)],
        ['max_lr', py(s.maxLr)],
        ['step_size_up', s.stepSizeUp === undefined ? undefined : String(s.stepSizeUp)],
        ['step_size_down', s.stepSizeDown === undefined ? undefined : String(s.stepSizeDown)],
        ['mode', s.mode === undefined ? undefined : pyValue(s.mode)],
        // PyTorch reads gamma in 'exp_range' mode only.
        ['gamma', s.mode === 'exp_range' && s.gamma !== undefined ? py(s.gamma) : undefined],
      ]),
  }),
] as const;

/** Schedules joined in sequence (PyTorch's SequentialLR): the one kind made of other specs. */
const SequentialSpec = z.object({
  kind: z.literal('sequentialLR'),
  get schedules() {
    return z.array(ScheduleSpec).min(1);
  },
  milestones: z.array(steps),
});

/** Any schedule of the package as data (a zod discriminated union on `kind`). */
export const ScheduleSpec = z.discriminatedUnion('kind', [...kindSchemas(KINDS), SequentialSpec]);
export type ScheduleSpec = z.infer<typeof ScheduleSpec>;
export type ScheduleSpecKind = ScheduleSpec['kind'];
export type ScheduleSpecOf<K extends ScheduleSpecKind> = Extract<ScheduleSpec, { kind: K }>;

/** Every kind, in the order above (sequentialLR last). */
export const SCHEDULE_SPEC_KINDS: readonly ScheduleSpecKind[] = [
  ...KINDS.map((k) => k.schema.shape.kind.value),
  'sequentialLR',
];

type Leaf = Exclude<ScheduleSpec, { kind: 'sequentialLR' }>;
// Methods, so each entry (whose functions take its own kind's spec) is accepted here: an entry is
// only ever looked up by its own kind, which TypeScript cannot correlate on its own.
interface LeafOps {
  build(spec: Leaf): Schedule;
  torch(spec: Leaf, nested: boolean): string;
  torchClass: string;
}
const LEAVES = new Map<string, LeafOps>(KINDS.map((k): [string, LeafOps] => [k.schema.shape.kind.value, k]));
const leaf = (kind: string): LeafOps => {
  const ops = LEAVES.get(kind);
  if (!ops) throw new TypeError(`scheduleSpec: unknown kind "${kind}"`);
  return ops;
};

/**
 * scheduleFromSpec(spec) → the package's schedule `(t) => lr`. The spec is checked against
 * `ScheduleSpec` first (a link or a hand-written object may be anything); the package then checks
 * the ranges. Both throw a TypeError/RangeError naming the problem.
 */
export function scheduleFromSpec(spec: ScheduleSpec): Schedule {
  const s = ScheduleSpec.parse(spec);
  return build(s);
}

function build(s: ScheduleSpec): Schedule {
  if (s.kind === 'sequentialLR')
    return sequentialLR({ schedules: s.schedules.map(build), milestones: s.milestones });
  return leaf(s.kind).build(s);
}

/**
 * torchScheduler(spec, { nested }) → the PyTorch call that builds the same schedule for a variable
 * `optimizer` (one expression; `math` must be imported where a LambdaLR is used). `nested` asks
 * for a scheduler that can be a part of a SequentialLR.
 */
export function torchScheduler(spec: ScheduleSpec, { nested = false }: { nested?: boolean } = {}): string {
  if (spec.kind === 'sequentialLR')
    return `SequentialLR(optimizer, schedulers=[${spec.schedules.map((c) => torchScheduler(c, { nested: true })).join(', ')}], milestones=[${spec.milestones.join(', ')}])`;
  return leaf(spec.kind).torch(spec, nested);
}

/** The PyTorch class a spec's call constructs (LambdaLR where PyTorch has no such scheduler). */
export function torchSchedulerClass(spec: ScheduleSpec): string {
  return spec.kind === 'sequentialLR' ? 'SequentialLR' : leaf(spec.kind).torchClass;
}
