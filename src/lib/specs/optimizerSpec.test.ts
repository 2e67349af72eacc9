import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as optim from '@descent/optim';
import {
  OPTIMIZER_KINDS,
  OptimizerSpec,
  optimizerFromSpec,
  optimizerLabel,
  optimizerOptionNames,
  torchOptimizer,
} from './optimizerSpec.ts';

/** The package's optimizer modules (one named optimizer per file). */
const packageOptimizers = readdirSync(new URL('../../../packages/optim/src/optimizers/', import.meta.url))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.slice(0, -3));

/** θ after `n` updates of `t` from a fixed start with seeded gradients of a quadratic plus noise. */
function iterate(t: optim.Transform<unknown>, n = 25): number[] {
  const r = optim.rng(3);
  let theta: optim.Vec = Float64Array.from([0.8, -1.3, 2.1]);
  let state = t.init(theta);
  for (let k = 0; k < n; k++) {
    const g = theta.map((x, i) => (i + 1) * x + r.normal(0, 0.1));
    const out = t.update(g, state, theta);
    state = out.state;
    theta = optim.applyUpdates(theta, out.updates);
  }
  return Array.from(theta);
}

describe('OptimizerSpec', () => {
  it('has a kind for every optimizer module of the package, each with a label', () => {
    expect(packageOptimizers.length).toBeGreaterThanOrEqual(9);
    expect(OPTIMIZER_KINDS.map((k) => k.kind).sort()).toEqual([...packageOptimizers].sort());
    for (const k of OPTIMIZER_KINDS) {
      expect(k.label.length, k.kind).toBeGreaterThan(2);
      // A decay convention exactly for the optimizers that take a weight decay.
      expect(k.decay !== null, k.kind).toBe(optimizerOptionNames(k.kind).includes('weightDecay'));
    }
  });

  it('rejects unknown kinds, wrong types and a missing required lr', () => {
    for (const bad of [
      { kind: 'nadam', lr: 1e-3 },
      { kind: 'adam', lr: 'big' },
      { kind: 'sgd' },
      { kind: 'sgd', lr: -1 },
      { kind: 'adam', amsgrad: 1 },
      { kind: 'lookahead', inner: { kind: 'nope' } },
      { kind: 'constructor' },
      undefined,
    ])
      expect(OptimizerSpec.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it('lists the options a kind takes, for control panels', () => {
    expect(optimizerOptionNames('adam')).toEqual(['lr', 'beta1', 'beta2', 'eps', 'weightDecay', 'amsgrad']);
    expect(optimizerOptionNames('heavyBall')).toEqual(['lr', 'beta']);
  });
});

describe('optimizerFromSpec(spec, schedule?)', () => {
  it('builds the package optimizer of the same name and options, bit for bit', () => {
    const cases: [OptimizerSpec, optim.Transform<unknown>][] = [
      [
        { kind: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true },
        optim.sgd({ lr: 0.05, momentum: 0.9, nesterov: true }),
      ],
      [{ kind: 'heavyBall', lr: 0.05, beta: 0.8 }, optim.heavyBall({ lr: 0.05, beta: 0.8 })],
      [{ kind: 'adagrad', lr: 0.1, lrDecay: 0.01 }, optim.adagrad({ lr: 0.1, lrDecay: 0.01 })],
      [{ kind: 'rmsprop', momentum: 0.5, centered: true }, optim.rmsprop({ momentum: 0.5, centered: true })],
      [{ kind: 'adadelta', rho: 0.95 }, optim.adadelta({ rho: 0.95 })],
      [{ kind: 'adam', lr: 0.01, amsgrad: true }, optim.adam({ lr: 0.01, amsgrad: true })],
      [{ kind: 'adamw', lr: 0.01 }, optim.adamw({ lr: 0.01 })],
      [{ kind: 'sgdw', lr: 0.05, weightDecay: 0.01 }, optim.sgdw({ lr: 0.05, weightDecay: 0.01 })],
      [
        { kind: 'adamwPaper', lr: 0.01, weightDecay: 0.01 },
        optim.adamwPaper({ lr: 0.01, weightDecay: 0.01 }),
      ],
      [
        { kind: 'lookahead', inner: { kind: 'adam', lr: 0.05 }, k: 3, alpha: 0.5 },
        optim.lookahead(optim.adam({ lr: 0.05 }), { k: 3, alpha: 0.5 }),
      ],
    ];
    // The optimizers after AdamW, with the parameters' layout: θ = [a, b, c] as a 1×2 matrix and a
    // vector (Muon: one 3×1 matrix; Muon + AdamW: the matrix to Muon, the vector to AdamW).
    const layout = optim.paramLayout([[1, 2], [1]]);
    const column = optim.paramLayout([[3, 1]]);
    const withLayout: [OptimizerSpec, optim.Transform<unknown>, optim.ParamLayout | undefined][] = [
      [{ kind: 'lion', lr: 1e-3, weightDecay: 0.1 }, optim.lion({ lr: 1e-3, weightDecay: 0.1 }), undefined],
      [{ kind: 'adafactor', beta1: 0.9 }, optim.adafactor({ layout, beta1: 0.9 }), layout],
      [
        { kind: 'lamb', lr: 0.01, weightDecay: 0.01 },
        optim.lamb({ layout, lr: 0.01, weightDecay: 0.01 }),
        layout,
      ],
      [{ kind: 'lars', lr: 0.1, momentum: 0.9 }, optim.lars({ layout, lr: 0.1, momentum: 0.9 }), layout],
      [{ kind: 'muon', lr: 0.02, nsSteps: 4 }, optim.muon({ layout: column, lr: 0.02, nsSteps: 4 }), column],
      [
        { kind: 'muonWithAdamw', lr: 0.02, adamwLr: 1e-3 },
        optim.muonWithAdamw({ layout, muon: { lr: 0.02 }, adamw: { lr: 1e-3 } }),
        layout,
      ],
      [{ kind: 'shampoo', lr: 0.1 }, optim.shampoo({ layout, lr: 0.1 }), layout],
      [{ kind: 'soap', lr: 3e-3 }, optim.soap({ layout, lr: 3e-3 }), layout],
      [{ kind: 'scheduleFreeSgd', lr: 0.5 }, optim.scheduleFreeSgd({ lr: 0.5 }), undefined],
      [{ kind: 'scheduleFreeAdamw', lr: 0.01 }, optim.scheduleFreeAdamw({ lr: 0.01 }), undefined],
    ];
    const all = [...cases.map(([s, e]) => [s, e, undefined] as const), ...withLayout];
    expect(new Set(all.map(([s]) => s.kind)).size).toBe(OPTIMIZER_KINDS.length + 1);
    for (const [spec, expected, l] of all)
      expect(iterate(optimizerFromSpec(spec, undefined, l)), spec.kind).toEqual(iterate(expected));
  });

  it('refuses to build a matrix optimizer that needs the parameters’ layout without one', () => {
    expect(() => optimizerFromSpec({ kind: 'muon' })).toThrow(/muon needs the parameters' layout/);
    expect(OPTIMIZER_KINDS.filter((k) => k.beyondAdamw).map((k) => k.kind)).toContain('muon');
    expect(OPTIMIZER_KINDS.find((k) => k.kind === 'adamw')!.beyondAdamw).toBe(false);
  });

  it('lets a schedule set the rate; the paper forms take it as their multiplier s_t = schedule(t)/η', () => {
    const schedule = optim.cosineAnnealingLR({ lr: 0.05, tMax: 25 });
    expect(iterate(optimizerFromSpec({ kind: 'adam', lr: 0.05 }, schedule))).toEqual(
      iterate(optim.adam({ lr: schedule })),
    );
    const s = (t: number) => schedule(t) / 0.05;
    expect(iterate(optimizerFromSpec({ kind: 'sgdw', lr: 0.05, weightDecay: 0.01 }, schedule))).toEqual(
      iterate(optim.sgdw({ lr: 0.05, weightDecay: 0.01, scheduleMultiplier: s })),
    );
    expect(iterate(optimizerFromSpec({ kind: 'adamwPaper', lr: 0.05, weightDecay: 0.01 }, schedule))).toEqual(
      iterate(optim.adamwPaper({ lr: 0.05, weightDecay: 0.01, scheduleMultiplier: s })),
    );
  });

  it('passes the package’s own refusal through', () => {
    expect(() => optimizerFromSpec({ kind: 'adam', beta1: 1.5 })).toThrow(/beta1/);
  });
});

describe('torchOptimizer(spec) and optimizerLabel(spec)', () => {
  it('writes torch.optim calls with PyTorch’s keyword names, only for the options the spec sets', () => {
    expect(torchOptimizer({ kind: 'sgd', lr: 0.1, momentum: 0.9 })).toBe(
      'torch.optim.SGD(params, lr=0.1, momentum=0.9)',
    );
    expect(torchOptimizer({ kind: 'adamw', lr: 1e-3, beta2: 0.95, weightDecay: 0.1 })).toBe(
      'torch.optim.AdamW(params, lr=0.001, betas=(0.9, 0.95), weight_decay=0.1)',
    );
    expect(torchOptimizer({ kind: 'rmsprop', centered: true, eps: 1e-8 })).toBe(
      'torch.optim.RMSprop(params, eps=1e-8, centered=True)',
    );
  });
  it('has no call where PyTorch has no such optimizer', () => {
    expect(torchOptimizer({ kind: 'heavyBall', lr: 0.1 })).toBeNull();
    expect(torchOptimizer({ kind: 'sgdw', lr: 0.1, weightDecay: 0.01 })).toBeNull();
    expect(torchOptimizer({ kind: 'lookahead', inner: { kind: 'adam' } })).toBeNull();
  });
  it('names a Lookahead by what it wraps', () => {
    expect(optimizerLabel({ kind: 'lookahead', inner: { kind: 'adamw' } })).toBe('AdamW + Lookahead');
  });
});
