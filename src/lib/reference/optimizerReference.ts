import * as optim from '@descent/optim';
import type { Transform } from '@descent/optim';
import { docCommentOf, paragraphsOf } from './docComment.ts';
import { TORCH_OPTIMIZERS, type TorchOption } from './torchDefaults.ts';

// The optimizer modules' source text, read at build time: the page quotes their doc comments.
const sources = import.meta.glob<string>(['../../../packages/optim/src/optimizers/*.ts', '!**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

type Factory = (options?: Record<string, unknown>) => Transform<unknown>;

export interface OptimizerDefault extends TorchOption {
  /** True when the package, given no value, behaves exactly as with PyTorch's default. */
  sameAsPackage: boolean;
}

export interface OptimizerEntry {
  name: string;
  /** The doc comment's paragraphs (Markdown-ish text with $TeX$). */
  doc: string[];
  torchClass?: string;
  defaults: OptimizerDefault[];
}

/**
 * Whether `factory(base)` and `factory({ ...base, [option]: value })` produce bit-identical
 * iterates over 30 updates with seeded random gradients: the package's default for `option` is
 * then `value`, by behaviour rather than by what any comment says.
 */
export function behavesAsDefault(
  factory: Factory,
  option: string,
  value: unknown,
  base: Record<string, unknown>,
): boolean {
  const run = (options: Record<string, unknown>) => {
    const r = optim.rng(7);
    const t = factory(options);
    let theta: optim.Vec = new Float64Array([0.5, -1.2, 2.0]);
    let state = t.init(theta);
    for (let k = 0; k < 30; k++) {
      const g = new Float64Array(theta.map((x) => x + r.normal(0, 1)));
      const out = t.update(g, state, theta);
      state = out.state;
      theta = optim.applyUpdates(theta, out.updates);
    }
    return Array.from(theta);
  };
  const a = run(base);
  const b = run({ ...base, [option]: value });
  return a.every((x, i) => Object.is(x, b[i]));
}

/** Every optimizer module of the package, with its doc comment and its defaults beside PyTorch's. */
export function optimizerEntries(): OptimizerEntry[] {
  return Object.entries(sources)
    .map(([path, source]): OptimizerEntry | undefined => {
      const name = path.replace(/^.*\//, '').replace(/\.ts$/, '');
      const doc = docCommentOf(source, name);
      const factory = (optim as unknown as Record<string, Factory | undefined>)[name];
      if (!doc || typeof factory !== 'function') return undefined;
      const torch = TORCH_OPTIMIZERS[name];
      const lrRequired = torch?.options.some((o) => o.option === 'lr' && o.value === 'required') ?? true;
      const base = lrRequired ? { lr: 0.01 } : {};
      const defaults = (torch?.options ?? []).map((o) => ({
        ...o,
        sameAsPackage:
          o.value === 'required'
            ? lrRequired
            : behavesAsDefault(factory, o.option, o.value, o.option === 'lr' ? {} : base),
      }));
      return { name, doc: paragraphsOf(doc), ...(torch ? { torchClass: torch.torchClass } : {}), defaults };
    })
    .filter((e): e is OptimizerEntry => e !== undefined)
    .sort((a, b) => rank(a.name) - rank(b.name));
}

// Course order: the lessons meet them in this order; anything new goes last.
const ORDER = [
  'sgd',
  'sgdw',
  'heavyBall',
  'adagrad',
  'rmsprop',
  'adadelta',
  'adam',
  'adamw',
  'adamwPaper',
  'lion',
  'adafactor',
  'lamb',
  'lars',
  'muon',
  'muonWithAdamw',
  'shampoo',
  'soap',
  'scheduleFreeSgd',
  'scheduleFreeAdamw',
];
const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);
