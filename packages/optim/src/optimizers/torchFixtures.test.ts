import { describe, expect, it } from 'vitest';
import type { LearningRate, Transform, Vec } from '../types.ts';
import { sgd } from './sgd.ts';
import { adagrad } from './adagrad.ts';
import { rmsprop } from './rmsprop.ts';
import { adam } from './adam.ts';
import { adamw } from './adamw.ts';
import { adadelta } from './adadelta.ts';
import { adamwPaper } from './adamwPaper.ts';
import { sgdw } from './sgdw.ts';
import { chain } from '../transforms/chain.ts';
import { clipByGlobalNorm } from '../transforms/clipByGlobalNorm.ts';
import { clipByValue } from '../transforms/clipByValue.ts';
import { applyUpdates } from '../transforms/applyUpdates.ts';
import { stepLR } from '../schedules/stepLR.ts';
import {
  optimizerFixture,
  optionReader,
  scheduleFromTorch,
  torchCall,
  worstRelativeError,
  type OptimizerCase,
  type TorchOptions,
} from '../internal/torchFixtures.ts';

// Agreement with real PyTorch (torch.optim, float64, CPU), not with a transcription of its docs:
// test/fixtures/torch-optimizers.json was written by scripts/torch_fixtures.py, which ran each
// optimizer on one seeded gradient sequence. Both sides do the same float64 arithmetic up to the
// order of a few operations, so they agree to rounding: 1e-12 relative over 60 updates.
const TOL = 1e-12;
const fixture = optimizerFixture();

/** torch.optim classes with a counterpart here: PyTorch options → our factory. */
const OPTIMIZERS: Record<string, (lr: LearningRate | undefined, o: TorchOptions) => Transform<unknown>> = {
  SGD: (lr, options) => {
    const o = optionReader('SGD', options);
    const tx = sgd({
      lr: lr!,
      momentum: o.number('momentum'),
      dampening: o.number('dampening'),
      nesterov: o.boolean('nesterov'),
      weightDecay: o.number('weight_decay'),
    });
    o.done();
    return tx;
  },
  Adagrad: (lr, options) => {
    const o = optionReader('Adagrad', options);
    const tx = adagrad({
      lr,
      lrDecay: o.number('lr_decay'),
      weightDecay: o.number('weight_decay'),
      initialAccumulatorValue: o.number('initial_accumulator_value'),
      eps: o.number('eps'),
    });
    o.done();
    return tx;
  },
  RMSprop: (lr, options) => {
    const o = optionReader('RMSprop', options);
    const tx = rmsprop({
      lr,
      alpha: o.number('alpha'),
      eps: o.number('eps'),
      weightDecay: o.number('weight_decay'),
      momentum: o.number('momentum'),
      centered: o.boolean('centered'),
    });
    o.done();
    return tx;
  },
  Adam: (lr, options) => adamLike('Adam', adam, lr, options),
  AdamW: (lr, options) => adamLike('AdamW', adamw, lr, options),
  Adadelta: (lr, options) => {
    const o = optionReader('Adadelta', options);
    const tx = adadelta({
      lr,
      rho: o.number('rho'),
      eps: o.number('eps'),
      weightDecay: o.number('weight_decay'),
    });
    o.done();
    return tx;
  },
};

function adamLike(
  name: string,
  make: typeof adam | typeof adamw,
  lr: LearningRate | undefined,
  options: TorchOptions,
): Transform<unknown> {
  const o = optionReader(name, options);
  const [beta1, beta2] = o.numbers('betas') ?? [];
  const tx = make({
    lr,
    beta1,
    beta2,
    eps: o.number('eps'),
    weightDecay: o.number('weight_decay'),
    amsgrad: o.boolean('amsgrad'),
  });
  o.done();
  return tx;
}

/** Our transform for a fixture case: the optimizer, its lr schedule, a clip in front. */
function transformFor(c: OptimizerCase): Transform<unknown> {
  const { lr, ...rest } = c.options;
  if (lr !== undefined && typeof lr !== 'number') throw new Error('lr is not a number');
  const rate = c.schedule ? scheduleFromTorch(lr!, c.schedule) : lr;
  const tx = OPTIMIZERS[c.optimizer](rate, rest);
  if (!c.clip) return tx;
  const clip =
    c.clip.max_norm !== undefined
      ? clipByGlobalNorm({ maxNorm: c.clip.max_norm })
      : clipByValue({ clipValue: c.clip.clip_value! });
  return chain(clip, tx);
}

/** θ after each update, fed the fixture's gradients (never computed from θ). */
function run(tx: Transform<unknown>): number[][] {
  let params: Vec = Float64Array.from(fixture.params0);
  let state = tx.init(params);
  return fixture.grads.map((g) => {
    const r = tx.update(Float64Array.from(g), state, params);
    state = r.state;
    params = applyUpdates(params, r.updates);
    return Array.from(params);
  });
}

function worst(actual: number[][], expected: number[][]): number {
  expect(actual.length).toBe(expected.length);
  return Math.max(...expected.map((row, k) => worstRelativeError(actual[k], row)));
}

function label(c: OptimizerCase): string {
  let s = torchCall(`torch.optim.${c.optimizer}`, c.options);
  if (c.clip)
    s = `${torchCall(c.clip.max_norm !== undefined ? 'clip_grad_norm_' : 'clip_grad_value_', c.clip)} + ${s}`;
  if (c.schedule) s += ` + ${torchCall(c.schedule.scheduler, c.schedule.options)}`;
  return s;
}

describe(`the optimizers match PyTorch ${fixture.torch} (test/fixtures/torch-optimizers.json)`, () => {
  it('the fixture covers every torch.optim class mapped here, with 50+ updates and nonzero gradients', () => {
    expect(new Set(fixture.cases.map((c) => c.optimizer))).toEqual(new Set(Object.keys(OPTIMIZERS)));
    expect(fixture.grads.length).toBeGreaterThanOrEqual(50);
    for (const c of fixture.cases) expect(c.params.length).toBe(fixture.grads.length);
  });

  for (const c of fixture.cases) {
    it(`gives θ of ${label(c)} over ${c.params.length} updates to ${TOL} relative`, () => {
      expect(worst(run(transformFor(c)), c.params)).toBeLessThanOrEqual(TOL);
    });
  }

  // The paper forms are PyTorch's optimizers with re-expressed options (their doc comments).
  it('adamwPaper({ lr: η, weightDecay: λ, scheduleMultiplier: s }) gives AdamW(lr = η·s_t, weight_decay = λ/η)', () => {
    const c = fixture.cases.find(
      (x) => x.optimizer === 'AdamW' && x.schedule?.options?.lambda === 'step_halving',
    )!;
    const eta = c.options.lr as number;
    const every = c.schedule!.options!.every as number;
    const tx = adamwPaper({
      lr: eta,
      weightDecay: (c.options.weight_decay as number) * eta,
      scheduleMultiplier: stepLR({ lr: 1, stepSize: every, gamma: 0.5 }),
    });
    expect(worst(run(tx), c.params)).toBeLessThanOrEqual(TOL);
  });
  it('sgdw({ lr: η, weightDecay: λ }) gives SGD(lr = η, weight_decay = λ/η) for a constant η', () => {
    const c = fixture.cases.find(
      (x) => x.optimizer === 'SGD' && Object.keys(x.options).join() === 'lr,weight_decay' && !x.clip,
    )!;
    const eta = c.options.lr as number;
    const tx = sgdw({ lr: eta, weightDecay: (c.options.weight_decay as number) * eta });
    expect(worst(run(tx), c.params)).toBeLessThanOrEqual(TOL);
  });
});
