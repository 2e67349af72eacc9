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
import { OptimizerSpec, type BaseOptimizerKind, type OptimizerSpecOf } from './optimizerKinds.ts';

export {
  OPTIMIZER_KINDS,
  OptimizerSpec,
  optimizerLabel,
  optimizerOptionNames,
  type BaseOptimizerKind,
  type OptimizerSpecKind,
  type OptimizerSpecOf,
} from './optimizerKinds.ts';

// An optimizer as data: `{ kind: 'adam', lr: 0.01, beta2: 0.99 }`, with the package's factory
// name as `kind` and its option names; `optimizerFromSpec` turns it into the package's transform.
// Options left out take the package's defaults (written once, in the package). The learning rate
// in a spec is a number; a schedule is passed beside it, because a schedule is a function and a
// spec is data that travels in links and to workers.
//
// The schemas, labels and decay conventions are in optimizerKinds.ts (re-exported here), which
// carries no optimizer code: a page that only names optimizers imports that module, and the
// package's optimizers load where a transform is built (a worker, a problem's checker). This
// module adds, per kind, how to build it and its PyTorch call (null when torch.optim has none).

const P = ['params'];
const opt = (v: number | undefined) => (v === undefined ? undefined : py(v));
const flag = (v: boolean | undefined) => (v === undefined ? undefined : pyValue(v));
/** PyTorch's `betas` tuple; a missing half is PyTorch's default (0.9, 0.999). */
const betas = (b1: number | undefined, b2: number | undefined) =>
  b1 === undefined && b2 === undefined ? undefined : `(${py(b1 ?? 0.9)}, ${py(b2 ?? 0.999)})`;
/** The paper forms take η as a number and the schedule as a multiplier χ_t = schedule(t)/η on step and decay. */
const multiplier = (lr: LearningRate | undefined, eta: number) =>
  typeof lr === 'function' ? (t: number) => lr(t) / eta : undefined;

type AdamSpec = Omit<OptimizerSpecOf<'adam'>, 'kind'>;
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

/** How a kind builds its transform (`lr` is the schedule when one is given, else the spec's number) and its torch.optim call. */
interface KindOps<S> {
  build(spec: S, lr: LearningRate | undefined, layout: ParamLayout | undefined): Transform<unknown>;
  /** The torch.optim call for `params`, or null where PyTorch has no such optimizer. */
  torch(spec: S): string | null;
}

const OPS: { [K in BaseOptimizerKind]: KindOps<OptimizerSpecOf<K>> } = {
  sgd: {
    build: ({ kind: _, ...o }, lr) => sgd({ ...o, lr: lr ?? o.lr }),
    torch: (s) =>
      pyCall('torch.optim.SGD', P, [
        ['lr', py(s.lr)],
        ['momentum', opt(s.momentum)],
        ['dampening', opt(s.dampening)],
        ['weight_decay', opt(s.weightDecay)],
        ['nesterov', flag(s.nesterov)],
      ]),
  },
  heavyBall: {
    build: ({ kind: _, ...o }, lr) => heavyBall({ ...o, lr: lr ?? o.lr }),
    // The classical v ← βv + ηg keeps the rate inside the buffer; torch.optim.SGD keeps it outside.
    torch: () => null,
  },
  adagrad: {
    build: ({ kind: _, ...o }, lr) => adagrad({ ...o, lr: lr ?? o.lr }),
    torch: (s) =>
      pyCall('torch.optim.Adagrad', P, [
        ['lr', opt(s.lr)],
        ['lr_decay', opt(s.lrDecay)],
        ['weight_decay', opt(s.weightDecay)],
        ['initial_accumulator_value', opt(s.initialAccumulatorValue)],
        ['eps', opt(s.eps)],
      ]),
  },
  rmsprop: {
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
  },
  adadelta: {
    build: ({ kind: _, ...o }, lr) => adadelta({ ...o, lr: lr ?? o.lr }),
    torch: (s) =>
      pyCall('torch.optim.Adadelta', P, [
        ['lr', opt(s.lr)],
        ['rho', opt(s.rho)],
        ['eps', opt(s.eps)],
        ['weight_decay', opt(s.weightDecay)],
      ]),
  },
  adam: {
    build: ({ kind: _, ...o }, lr) => adam({ ...o, lr: lr ?? o.lr }),
    torch: adamTorch('torch.optim.Adam'),
  },
  adamw: {
    build: ({ kind: _, ...o }, lr) => adamw({ ...o, lr: lr ?? o.lr }),
    torch: adamTorch('torch.optim.AdamW'),
  },
  sgdw: {
    build: ({ kind: _, ...o }, lr) => sgdw({ ...o, scheduleMultiplier: multiplier(lr, o.lr) ?? 1 }),
    // torch.optim.SGD's weight_decay is the coupled L2 term: PyTorch has no SGDW.
    torch: () => null,
  },
  adamwPaper: {
    build: ({ kind: _, ...o }, lr) => adamwPaper({ ...o, scheduleMultiplier: multiplier(lr, o.lr) ?? 1 }),
    // torch.optim.AdamW multiplies the decay by the scheduled lr; the paper's form has no class.
    torch: () => null,
  },
  lion: {
    build: ({ kind: _, ...o }, lr) => lion({ ...o, lr: lr ?? o.lr }),
    torch: () => null,
  },
  adafactor: {
    // Without an explicit rate Adafactor uses its relative step; a schedule sets the rate itself.
    build: ({ kind: _, ...o }, lr, layout) =>
      adafactor({ ...o, layout, ...(lr === undefined ? {} : { lr, relativeStep: false }) }),
    torch: () => null,
  },
  lamb: {
    build: ({ kind: _, ...o }, lr, layout) => lamb({ ...o, layout, lr: lr ?? o.lr }),
    torch: () => null,
  },
  lars: {
    build: ({ kind: _, ...o }, lr, layout) => lars({ ...o, layout, lr: lr ?? o.lr }),
    torch: () => null,
  },
  muon: {
    build: ({ kind: _, ...o }, lr, layout) =>
      muon({ ...o, layout: needLayout('muon', layout), lr: lr ?? o.lr }),
    torch: () => null,
  },
  muonWithAdamw: {
    // A schedule (peaking at `lr`) drives Muon; AdamW follows it scaled to its own peak adamwLr.
    build: ({ kind: _, lr: muonLr = 0.02, adamwLr = 3e-4, momentum }, lr, layout) =>
      muonWithAdamw({
        layout: needLayout('muonWithAdamw', layout),
        muon: { lr: lr ?? muonLr, momentum },
        adamw: { lr: typeof lr === 'function' ? (t: number) => (lr(t) * adamwLr) / muonLr : adamwLr },
      }),
    torch: () => null,
  },
  shampoo: {
    build: ({ kind: _, ...o }, lr, layout) => shampoo({ ...o, layout, lr: lr ?? o.lr }),
    torch: () => null,
  },
  soap: {
    build: ({ kind: _, ...o }, lr, layout) => soap({ ...o, layout, lr: lr ?? o.lr }),
    torch: () => null,
  },
  scheduleFreeSgd: {
    build: ({ kind: _, ...o }, lr) => scheduleFreeSgd({ ...o, lr: lr ?? o.lr }),
    torch: () => null,
  },
  scheduleFreeAdamw: {
    build: ({ kind: _, ...o }, lr) => scheduleFreeAdamw({ ...o, lr: lr ?? o.lr }),
    torch: () => null,
  },
};

type Leaf = Exclude<OptimizerSpec, { kind: 'lookahead' }>;
// KindOps' methods take their own kind's spec: an entry is only ever looked up by its own kind,
// which TypeScript cannot correlate on its own (methods are checked bivariantly, so this holds).
const LEAVES = new Map<string, KindOps<Leaf>>(Object.entries(OPS));
const leaf = (kind: string): KindOps<Leaf> => {
  const ops = LEAVES.get(kind);
  if (!ops) throw new TypeError(`optimizerSpec: unknown kind "${kind}"`);
  return ops;
};

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
