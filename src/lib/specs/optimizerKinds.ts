import { z } from 'zod';
import { kindSchemas, type KindDef } from './kindRegistry.ts';

// The optimizer registry's data half: every optimizer's options (a zod schema with the package's
// factory name as `kind`), its label and its weight-decay convention — no package code, so a page
// that only names optimizers (a picker, a legend, a link's codec) loads none of them. How each kind
// builds its transform and its PyTorch call are in optimizerSpec.ts, which re-exports this module.
//
// Adding an optimizer (Lion, Muon, Adafactor, …): write it in the package, add one `kind({ … })`
// entry below and its `build`/`torch` entry in optimizerSpec.ts (the type checker asks for it).
// Every widget that offers "any optimizer" then offers it, and the registry test fails until the
// package's new module has its entry.

const num = z.number();
const nonNeg = z.number().nonnegative();

/** One optimizer as data: its options, what readers call it and how its weight decay acts. */
type OptimizerKindDef<K extends string, S extends z.ZodObject<{ kind: z.ZodLiteral<K> }>> = KindDef<S> & {
  /** What readers call it (pickers, legends). */
  label: string;
  /**
   * How its `weightDecay` acts, for labels: 'l2' adds λθ to the gradient (coupled), 'decoupled'
   * shrinks θ by ηλ apart from the step (PyTorch's AdamW), 'perUpdate' shrinks θ by λ per update,
   * not times η (the papers' SGDW and AdamW); null when it has no weight decay.
   */
  decay: 'l2' | 'decoupled' | 'perUpdate' | null;
  /**
   * The optimizers after AdamW (lesson "Beyond AdamW"): matrix-aware ones read the parameters'
   * layout (their matrix shapes); torch.optim 1.13 has none of them, so each is checked against
   * its authors' reference code in the package's tests.
   */
  beyondAdamw?: true;
};
const kind = <K extends string, S extends z.ZodObject<{ kind: z.ZodLiteral<K> }>>(
  d: OptimizerKindDef<K, S>,
) => d;

const adamShape = {
  lr: nonNeg.optional(),
  beta1: num.optional(),
  beta2: num.optional(),
  eps: nonNeg.optional(),
  weightDecay: nonNeg.optional(),
  amsgrad: z.boolean().optional(),
};

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
  }),
  kind({
    schema: z.object({ kind: z.literal('heavyBall'), lr: nonNeg, beta: num.optional() }),
    label: 'Heavy ball',
    decay: null,
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
  }),
  kind({
    schema: z.object({ kind: z.literal('adam'), ...adamShape }),
    label: 'Adam',
    decay: 'l2',
  }),
  kind({
    schema: z.object({ kind: z.literal('adamw'), ...adamShape }),
    label: 'AdamW',
    decay: 'decoupled',
  }),
  kind({
    schema: z.object({ kind: z.literal('sgdw'), lr: nonNeg, weightDecay: nonNeg }),
    label: 'SGDW (paper: λ not × η)',
    decay: 'perUpdate',
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

const DEFS = new Map<string, { label: string; schema: z.ZodObject }>(
  KINDS.map((k) => [k.schema.shape.kind.value, k]),
);
/** A kind's entry; throws on a kind the registry does not have. */
function def(kind: string): { label: string; schema: z.ZodObject } {
  const d = DEFS.get(kind);
  if (!d) throw new TypeError(`optimizerSpec: unknown kind "${kind}"`);
  return d;
}

const optionNames = new Map<string, readonly string[]>();

/** The option names a kind takes besides `kind` (what a control panel may show for it). */
export function optimizerOptionNames(kind: BaseOptimizerKind): string[] {
  // Read once per kind: a zod object builds its shape on each read, and the training boards'
  // editors and legends ask on every render.
  let names = optionNames.get(kind);
  if (!names) {
    names = Object.keys(def(kind).schema.shape).filter((k) => k !== 'kind');
    optionNames.set(kind, names);
  }
  return [...names];
}

/** What readers call an optimizer, e.g. "AdamW"; Lookahead says what it wraps. */
export function optimizerLabel(spec: OptimizerSpec): string {
  return spec.kind === 'lookahead' ? `${optimizerLabel(spec.inner)} + Lookahead` : def(spec.kind).label;
}
