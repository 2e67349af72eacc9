import { z } from 'zod';
import {
  adadelta,
  adafactor,
  adagrad,
  adam,
  adamw,
  adamwPaper,
  heavyBall,
  lamb,
  lars,
  lion,
  lookahead,
  muon,
  muonWithAdamw,
  rmsprop,
  scheduleFreeAdamw,
  scheduleFreeSgd,
  sgd,
  sgdw,
  shampoo,
  soap,
  type LearningRate,
  type ParamLayout,
  type Transform,
} from '@descent/optim';
import { py, pyCall, pyValue } from './python.ts';
import { kindSchemas, type KindDef } from './kindRegistry.ts';

// An optimizer as data: `{ kind: 'adam', lr: 0.01, beta2: 0.99 }`, with the package's factory
// name as `kind` and its option names; `optimizerFromSpec` turns it into the package's transform.
// Options left out take the package's defaults (written once, in the package). The learning rate
// in a spec is a number; a schedule is passed beside it, because a schedule is a function and a
// spec is data that travels in links and to workers.
//
// Adding an optimizer (Lion, Muon, Adafactor, …): write it in the package, then add one
// `kind({ … })` entry below — its options, its label, how to build it, its PyTorch call (null
// when torch.optim has none). Every widget that offers "any optimizer" then offers it, and the
// registry test fails until the package's new module has its entry.

const num = z.number();
const nonNeg = z.number().nonnegative();

/** How an entry builds its transform: `lr` is the schedule when one is given, else the spec's number. */
type OptimizerKind<K extends string, S extends z.ZodObject<{ kind: z.ZodLiteral<K> }>> = KindDef<S> & {
  /** What readers call it (pickers, legends). */
  label: string;
  /**
   * How its `weightDecay` acts, for labels: 'l2' adds λθ to the gradient (coupled), 'decoupled'
   * shrinks θ by ηλ apart from the step (PyTorch's AdamW), 'perUpdate' shrinks θ by λ per update,
   * not times η (the papers' SGDW and AdamW); null when it has no weight decay.
   */
  decay: 'l2' | 'decoupled' | 'perUpdate' | null;
  build: (
    spec: z.output<S>,
    lr: LearningRate | undefined,
    layout: ParamLayout | undefined,
  ) => Transform<unknown>;
  /** The torch.optim call for `params`, or null where PyTorch has no such optimizer. */
  torch: (spec: z.output<S>) => string | null;
  /**
   * The optimizers after AdamW (lesson "Beyond AdamW"): matrix-aware ones read the parameters'
   * layout (their matrix shapes); torch.optim 1.13 has none of them, so each is checked against
   * its authors' reference code in the package's tests.
   */
  beyondAdamw?: true;
};
const kind = <K extends string, S extends z.ZodObject<{ kind: z.ZodLiteral<K> }>>(d: OptimizerKind<K, S>) =>
  d;

const P = ['params'];
const opt = (v: number | undefined) => (v === undefined ? undefined : py(v));
const flag = (v: boolean | undefined) => (v === undefined ? undefined : pyValue(v));
/** PyTorch's `betas` tuple; a missing half is PyTorch's default (0.9, 0.999). */
const betas = (b1: number | undefined, b2: number | undefined) =>
  b1 === undefined && b2 === undefined ? undefined : `(${py(b1 ?? 0.9)}, ${py(b2 ?? 0.999)})`;
/** The paper forms take η as a number and the schedule as a multiplier χ_t = schedule(t)/η on step and decay. */
const multiplier = (lr: LearningRate | undefined, eta: number) =>
  typeof lr === 'function' ? (t: number) => lr(t) / eta : undefined;

const adamShape = {
  lr: nonNeg.optional(),
  beta1: num.optional(),
  beta2: num.optional(),
  eps: nonNeg.optional(),
  weightDecay: nonNeg.optional(),
  amsgrad: z.boolean().optional(),
};
type AdamSpec = z.output<z.ZodObject<typeof adamShape>>;
const adamTorch = (cls: string) => (s: AdamSpec) =>
  pyCall(cls, P, [
    ['lr', opt(s.lr)],
    ['betas', betas(s.beta1, s.beta2)],
    ['eps', opt(s.eps)],
    ['weight_decay', opt(s.weightDecay)],
    ['amsgrad', flag(s.amsgrad)],
  ]);

/** The layout a matrix optimizer cannot run without, or a message saying so. */
function needLayout(name: string, layout: ParamLayout | undefined): ParamLayout {
  if (!layout)
    throw new TypeError(`optimizerFromSpec: ${name} needs the parameters' layout (its matrix shapes)`);
  return layout;
}

const KINDS = [
  kind({
    schema: z.object({
      kind: z.literal('sgd'),
      lr: nonNeg,
      momentum: nonNeg.optional(),
      dampening: num.optional(),
      nesterov: z.boolean().optional(),
      weightDecay: nonNeg.optional(),
    }),
    label: 'SGD',
    decay: 'l2',
    build: ({ kind: _, ...o }, lr) => sgd({ ...o, lr: lr ?? o.lr }),
    torch: (s) =>
      pyCall('torch.optim.SGD', P, [
        ['lr', py(s.lr)],
        ['momentum', opt(s.momentum)],
        ['dampening', opt(s.dampening)],
        ['weight_decay', opt(s.weightDecay)],
        ['nesterov', flag(s.nesterov)],
      ]),
  }),
  kind({
    schema: z.object({ kind: z.literal('heavyBall'), lr: nonNeg, beta: num.optional() }),
    label: 'Heavy ball',
    decay: null,
    build: ({ kind: _, ...o }, lr) => heavyBall({ ...o, lr: lr ?? o.lr }),
    // The classical v ← βv + ηg keeps the rate inside the buffer; torch.optim.SGD keeps it outside.
    torch: () => null,
  }),
  kind({
    schema: z.object({
      kind: z.literal('adagrad'),
      lr: nonNeg.optional(),
      lrDecay: nonNeg.optional(),
      weightDecay: nonNeg.optional(),
      initialAccumulatorValue: nonNeg.optional(),
      eps: nonNeg.optional(),
    }),
    label: 'AdaGrad',
    decay: 'l2',
    build: ({ kind: _, ...o }, lr) => adagrad({ ...o, lr: lr ?? o.lr }),
    torch: (s) =>
      pyCall('torch.optim.Adagrad', P, [
        ['lr', opt(s.lr)],
        ['lr_decay', opt(s.lrDecay)],
        ['weight_decay', opt(s.weightDecay)],
        ['initial_accumulator_value', opt(s.initialAccumulatorValue)],
        ['eps', opt(s.eps)],
      ]),
  }),
  kind({
    schema: z.object({
      kind: z.literal('rmsprop'),
      lr: nonNeg.optional(),
      alpha: num.optional(),
      eps: nonNeg.optional(),
      weightDecay: nonNeg.optional(),
      momentum: nonNeg.optional(),
      centered: z.boolean().optional(),
    }),
    label: 'RMSprop',
    decay: 'l2',
    build: ({ kind: _, ...o }, lr) => rmsprop({ ...o, lr: lr ?? o.lr }),
    torch: (s) =>
      pyCall('torch.optim.RMSprop', P, [
        ['lr', opt(s.lr)],
        ['alpha', opt(s.alpha)],
        ['eps', opt(s.eps)],
        ['weight_decay', opt(s.weightDecay)],
        ['momentum', opt(s.momentum)],
        ['centered', flag(s.centered)],
      ]),
  }),
  kind({
    schema: z.object({
      kind: z.literal('adadelta'),
      lr: nonNeg.optional(),
      rho: num.optional(),
      eps: nonNeg.optional(),
      weightDecay: nonNeg.optional(),
    }),
    label: 'AdaDelta',
    decay: 'l2',
    build: ({ kind: _, ...o }, lr) => adadelta({ ...o, lr: lr ?? o.lr }),
    torch: (s) =>
      pyCall('torch.optim.Adadelta', P, [
        ['lr', opt(s.lr)],
        ['rho', opt(s.rho)],
        ['eps', opt(s.eps)],
        ['weight_decay', opt(s.weightDecay)],
      ]),
  }),
  kind({
    schema: z.object({ kind: z.literal('adam'), ...adamShape }),
    label: 'Adam',
    decay: 'l2',
    build: ({ kind: _, ...o }, lr) => adam({ ...o, lr: lr ?? o.lr }),
    torch: adamTorch('torch.optim.Adam'),
  }),
  kind({
    schema: z.object({ kind: z.literal('adamw'), ...adamShape }),
    label: 'AdamW',
    decay: 'decoupled',
    build: ({ kind: _, ...o }, lr) => adamw({ ...o, lr: lr ?? o.lr }),
    torch: adamTorch('torch.optim.AdamW'),
  }),
  kind({
    schema: z.object({ kind: z.literal('sgdw'), lr: nonNeg, weightDecay: nonNeg }),
    label: 'SGDW (paper: λ not × η)',
    decay: 'perUpdate',
    build: ({ kind: _, ...o }, lr) => sgdw({ ...o, scheduleMultiplier: multiplier(lr, o.lr) ?? 1 }),
    // torch.optim.SGD's weight_decay is the coupled L2 term: PyTorch has no SGDW.
    torch: () => null,
  }),
  kind({
    schema: z.object({
      kind: z.literal('adamwPaper'),
      lr: nonNeg,
      weightDecay: nonNeg,
      beta1: num.optional(),
      beta2: num.optional(),
      eps: nonNeg.optional(),
    }),
    label: 'AdamW (paper: λ not × η)',
    decay: 'perUpdate',
    build: ({ kind: _, ...o }, lr) => adamwPaper({ ...o, scheduleMultiplier: multiplier(lr, o.lr) ?? 1 }),
    // torch.optim.AdamW multiplies the decay by the scheduled lr; the paper's form has no class.
    torch: () => null,
  }),
  kind({
    schema: z.object({
      kind: z.literal('lion'),
      lr: nonNeg.optional(),
      beta1: num.optional(),
      beta2: num.optional(),
      weightDecay: nonNeg.optional(),
    }),
    label: 'Lion',
    decay: 'decoupled',
    beyondAdamw: true,
    build: ({ kind: _, ...o }, lr) => lion({ ...o, lr: lr ?? o.lr }),
    torch: () => null,
  }),
  kind({
    schema: z.object({
      kind: z.literal('adafactor'),
      lr: nonNeg.optional(),
      beta1: num.optional(),
      decayRate: num.optional(),
      clipThreshold: nonNeg.optional(),
      weightDecay: nonNeg.optional(),
      relativeStep: z.boolean().optional(),
      scaleParameter: z.boolean().optional(),
    }),
    label: 'Adafactor',
    // θ ← θ − λα_tθ: decoupled, times the (relative) step size.
    decay: 'decoupled',
    beyondAdamw: true,
    // Without an explicit rate Adafactor uses its relative step; a schedule sets the rate itself.
    build: ({ kind: _, ...o }, lr, layout) =>
      adafactor({ ...o, layout, ...(lr === undefined ? {} : { lr, relativeStep: false }) }),
    torch: () => null,
  }),
  kind({
    schema: z.object({
      kind: z.literal('lamb'),
      lr: nonNeg.optional(),
      beta1: num.optional(),
      beta2: num.optional(),
      eps: nonNeg.optional(),
      weightDecay: nonNeg.optional(),
    }),
    label: 'LAMB',
    decay: 'decoupled',
    beyondAdamw: true,
    build: ({ kind: _, ...o }, lr, layout) => lamb({ ...o, layout, lr: lr ?? o.lr }),
    torch: () => null,
  }),
  kind({
    schema: z.object({
      kind: z.literal('lars'),
      lr: nonNeg,
      momentum: nonNeg.optional(),
      weightDecay: nonNeg.optional(),
      trustCoefficient: nonNeg.optional(),
      nesterov: z.boolean().optional(),
    }),
    label: 'LARS',
    // λθ joins the gradient before the layer's trust ratio (You et al., Algorithm 1).
    decay: 'l2',
    beyondAdamw: true,
    build: ({ kind: _, ...o }, lr, layout) => lars({ ...o, layout, lr: lr ?? o.lr }),
    torch: () => null,
  }),
  kind({
    schema: z.object({
      kind: z.literal('muon'),
      lr: nonNeg.optional(),
      momentum: nonNeg.optional(),
      nesterov: z.boolean().optional(),
      weightDecay: nonNeg.optional(),
      nsSteps: z.number().int().positive().optional(),
    }),
    label: 'Muon (matrices only)',
    decay: 'decoupled',
    beyondAdamw: true,
    build: ({ kind: _, ...o }, lr, layout) =>
      muon({ ...o, layout: needLayout('muon', layout), lr: lr ?? o.lr }),
    torch: () => null,
  }),
  kind({
    schema: z.object({
      kind: z.literal('muonWithAdamw'),
      lr: nonNeg.optional(),
      momentum: nonNeg.optional(),
      adamwLr: nonNeg.optional(),
    }),
    label: 'Muon + AdamW',
    decay: null,
    beyondAdamw: true,
    // A schedule (peaking at `lr`) drives Muon; AdamW follows it scaled to its own peak adamwLr.
    build: ({ kind: _, lr: muonLr = 0.02, adamwLr = 3e-4, momentum }, lr, layout) =>
      muonWithAdamw({
        layout: needLayout('muonWithAdamw', layout),
        muon: { lr: lr ?? muonLr, momentum },
        adamw: { lr: typeof lr === 'function' ? (t: number) => (lr(t) * adamwLr) / muonLr : adamwLr },
      }),
    torch: () => null,
  }),
  kind({
    schema: z.object({
      kind: z.literal('shampoo'),
      lr: nonNeg,
      eps: nonNeg.optional(),
      updateFreq: z.number().int().positive().optional(),
    }),
    label: 'Shampoo',
    decay: null,
    beyondAdamw: true,
    build: ({ kind: _, ...o }, lr, layout) => shampoo({ ...o, layout, lr: lr ?? o.lr }),
    torch: () => null,
  }),
  kind({
    schema: z.object({
      kind: z.literal('soap'),
      lr: nonNeg.optional(),
      weightDecay: nonNeg.optional(),
    }),
    label: 'SOAP',
    decay: 'decoupled',
    beyondAdamw: true,
    build: ({ kind: _, ...o }, lr, layout) => soap({ ...o, layout, lr: lr ?? o.lr }),
    torch: () => null,
  }),
  kind({
    schema: z.object({
      kind: z.literal('scheduleFreeSgd'),
      lr: nonNeg.optional(),
      momentum: nonNeg.optional(),
      weightDecay: nonNeg.optional(),
      warmupSteps: z.number().int().nonnegative().optional(),
    }),
    label: 'Schedule-Free SGD',
    // λy joins the gradient, evaluated at y (Defazio et al.'s reference code).
    decay: 'l2',
    beyondAdamw: true,
    build: ({ kind: _, ...o }, lr) => scheduleFreeSgd({ ...o, lr: lr ?? o.lr }),
    torch: () => null,
  }),
  kind({
    schema: z.object({
      kind: z.literal('scheduleFreeAdamw'),
      lr: nonNeg.optional(),
      beta1: num.optional(),
      beta2: num.optional(),
      eps: nonNeg.optional(),
      weightDecay: nonNeg.optional(),
      warmupSteps: z.number().int().nonnegative().optional(),
    }),
    label: 'Schedule-Free AdamW',
    decay: 'l2',
    beyondAdamw: true,
    build: ({ kind: _, ...o }, lr) => scheduleFreeAdamw({ ...o, lr: lr ?? o.lr }),
    torch: () => null,
  }),
] as const;

/** Lookahead around another optimizer (Zhang et al. 2019): the one kind made of another spec. */
const LookaheadSpec = z.object({
  kind: z.literal('lookahead'),
  get inner() {
    return OptimizerSpec;
  },
  k: z.number().int().optional(),
  alpha: num.optional(),
});

/** Any optimizer of the package as data (a zod discriminated union on `kind`). */
export const OptimizerSpec = z.discriminatedUnion('kind', [...kindSchemas(KINDS), LookaheadSpec]);
export type OptimizerSpec = z.infer<typeof OptimizerSpec>;
export type OptimizerSpecKind = OptimizerSpec['kind'];
export type OptimizerSpecOf<K extends OptimizerSpecKind> = Extract<OptimizerSpec, { kind: K }>;
/** The kinds that are optimizers on their own (everything but the Lookahead wrapper). */
export type BaseOptimizerKind = Exclude<OptimizerSpecKind, 'lookahead'>;

/** The optimizers of the registry, in its order, with their labels (for pickers). */
export const OPTIMIZER_KINDS: readonly {
  kind: BaseOptimizerKind;
  label: string;
  decay: 'l2' | 'decoupled' | 'perUpdate' | null;
  beyondAdamw: boolean;
}[] = KINDS.map((k) => ({
  kind: k.schema.shape.kind.value,
  label: k.label,
  decay: k.decay,
  beyondAdamw: 'beyondAdamw' in k,
}));

type Leaf = Exclude<OptimizerSpec, { kind: 'lookahead' }>;
// Methods, so each entry (whose functions take its own kind's spec) is accepted here: an entry is
// only ever looked up by its own kind, which TypeScript cannot correlate on its own.
interface LeafOps {
  label: string;
  schema: z.ZodObject;
  build(spec: Leaf, lr: LearningRate | undefined, layout: ParamLayout | undefined): Transform<unknown>;
  torch(spec: Leaf): string | null;
}
const LEAVES = new Map<string, LeafOps>(KINDS.map((k): [string, LeafOps] => [k.schema.shape.kind.value, k]));
const leaf = (kind: string): LeafOps => {
  const ops = LEAVES.get(kind);
  if (!ops) throw new TypeError(`optimizerSpec: unknown kind "${kind}"`);
  return ops;
};

const optionNames = new Map<string, readonly string[]>();

/** The option names a kind takes besides `kind` (what a control panel may show for it). */
export function optimizerOptionNames(kind: BaseOptimizerKind): string[] {
  // Read once per kind: a zod object builds its shape on each read, and the training boards'
  // editors and legends ask on every render.
  let names = optionNames.get(kind);
  if (!names) {
    names = Object.keys(leaf(kind).schema.shape).filter((k) => k !== 'kind');
    optionNames.set(kind, names);
  }
  return [...names];
}

/** What readers call an optimizer, e.g. "AdamW"; Lookahead says what it wraps. */
export function optimizerLabel(spec: OptimizerSpec): string {
  return spec.kind === 'lookahead' ? `${optimizerLabel(spec.inner)} + Lookahead` : leaf(spec.kind).label;
}

/**
 * optimizerFromSpec(spec, schedule?) → the package's transform. With a schedule, the schedule sets
 * the rate (the spec's `lr` is then its peak, which the paper forms SGDW and AdamW use as η with
 * the schedule as their multiplier). `layout` gives the parameters' matrix shapes to the
 * optimizers that treat matrices as matrices (Muon requires it; Adafactor, LAMB, LARS, Shampoo
 * and SOAP treat the vector as one block without it). The spec is checked against
 * `OptimizerSpec` first; the package then checks ranges. Both throw an error naming the problem.
 */
export function optimizerFromSpec(
  spec: OptimizerSpec,
  schedule?: LearningRate,
  layout?: ParamLayout,
): Transform<unknown> {
  return build(OptimizerSpec.parse(spec), schedule, layout);
}

function build(
  s: OptimizerSpec,
  schedule: LearningRate | undefined,
  layout: ParamLayout | undefined,
): Transform<unknown> {
  if (s.kind === 'lookahead') return lookahead(build(s.inner, schedule, layout), { k: s.k, alpha: s.alpha });
  return leaf(s.kind).build(s, schedule, layout);
}

/**
 * torchOptimizer(spec) → `torch.optim.X(params, …)` with the options the spec sets, or null when
 * PyTorch has no such optimizer (the heavy ball's classical form, the papers' SGDW and AdamW,
 * Lookahead).
 */
export function torchOptimizer(spec: OptimizerSpec): string | null {
  if (spec.kind === 'lookahead') return null;
  return leaf(spec.kind).torch(spec);
}
