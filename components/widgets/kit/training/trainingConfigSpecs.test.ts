import { describe, expect, it } from 'vitest';
import * as optim from '@descent/optim';
import { OPTIMIZER_KINDS } from '../../../../src/lib/specs/optimizerSpec.ts';
import { RUN_SCHEDULES, TrainingConfig, legacyConfigKeys } from './TrainingConfig.ts';
import {
  configLabel,
  learningRateOf,
  optimizerSpecOf,
  scheduleSpecOf,
  transformOf,
} from './trainingConfigSpecs.ts';

const base = TrainingConfig.parse({});

/** θ after a few updates of a transform on a fixed quadratic (to compare two transforms). */
function iterate(t: optim.Transform<unknown>): number[] {
  let theta: optim.Vec = Float64Array.from([1, -2, 0.5]);
  let s = t.init(theta);
  for (let k = 0; k < 12; k++) {
    const out = t.update(
      theta.map((x, i) => (i + 1) * x + 0.1),
      s,
      theta,
    );
    s = out.state;
    theta = optim.applyUpdates(theta, out.updates);
  }
  return Array.from(theta);
}

describe('optimizerSpecOf(config)', () => {
  it('hands each optimizer exactly its own options from the fields of the same name', () => {
    const c = { ...base, optimizer: 'adam' as const, lr: 0.02, beta2: 0.99, momentum: 0.9, rho: 0.7 };
    expect(optimizerSpecOf(c)).toEqual({
      kind: 'adam',
      lr: 0.02,
      beta1: 0.9,
      beta2: 0.99,
      eps: 1e-8,
      weightDecay: 0,
      amsgrad: false,
    });
    // The heavy ball's β is the momentum field.
    expect(optimizerSpecOf({ ...c, optimizer: 'heavyBall' })).toEqual({
      kind: 'heavyBall',
      lr: 0.02,
      beta: 0.9,
    });
  });

  it('turns Nesterov off without momentum (PyTorch refuses it) and wraps Lookahead around the optimizer', () => {
    expect(optimizerSpecOf({ ...base, nesterov: true, momentum: 0 })).toMatchObject({
      kind: 'sgd',
      nesterov: false,
    });
    expect(optimizerSpecOf({ ...base, optimizer: 'adam', lookahead: true, lookaheadK: 3 })).toMatchObject({
      kind: 'lookahead',
      k: 3,
      alpha: 0.5,
      inner: { kind: 'adam' },
    });
  });

  it('builds a working transform for every optimizer a configuration offers and every schedule', () => {
    // A 1×2 hidden matrix and a bias: the matrix methods find their matrix, AdamW takes the bias.
    const layout = { blocks: optim.paramLayout([[1, 2], [1]]), hidden: [true, false] };
    for (const kind of TrainingConfig.shape.optimizer.unwrap().options)
      for (const schedule of RUN_SCHEDULES) {
        const c = { ...base, optimizer: kind, schedule, lr: 0.01 };
        const rate = learningRateOf(c, 60);
        expect(Number.isFinite(rate.schedule(0)), `${kind} ${schedule}`).toBe(true);
        expect(
          iterate(transformOf(c, rate.schedule, layout)).every(Number.isFinite),
          `${kind} ${schedule}`,
        ).toBe(true);
      }
  });

  it('offers every optimizer of the registry but Muon + AdamW (a network’s Muon already is that hybrid)', () => {
    expect(TrainingConfig.shape.optimizer.unwrap().options).toEqual(
      OPTIMIZER_KINDS.map((k) => k.kind).filter((k) => k !== 'muonWithAdamw'),
    );
  });

  it('WSD over the run: warmup, the stable peak, and the decay over the last fraction of T', () => {
    const c = { ...base, schedule: 'wsd' as const, lr: 0.1, warm: 10, pct: 0.25 };
    const s = learningRateOf(c, 100).schedule;
    const ref = optim.wsd({ lr: 0.1, totalSteps: 100, warmupSteps: 10, decayFraction: 0.25 });
    for (const t of [0, 5, 10, 50, 74, 75, 80, 99, 100]) expect(s(t)).toBe(ref(t));
    expect(s(50)).toBe(0.1);
    expect(s(100)).toBe(0);
  });

  it('the paper forms take the schedule as their multiplier on step and decay alike', () => {
    const c = {
      ...base,
      optimizer: 'sgdw' as const,
      lr: 0.05,
      weightDecay: 0.01,
      schedule: 'cosine' as const,
    };
    const s = learningRateOf(c, 40).schedule;
    expect(iterate(transformOf(c, s))).toEqual(
      iterate(optim.sgdw({ lr: 0.05, weightDecay: 0.01, scheduleMultiplier: (t) => s(t) / 0.05 })),
    );
  });
});

describe('scheduleSpecOf(config, T) and learningRateOf(config, T)', () => {
  it('shapes each schedule to the run: cosine ends at 0 at T, warmup + cosine peaks after the warmup, one-cycle peaks at pctStart·T', () => {
    const T = 1000;
    const c = { ...base, lr: 0.1, warm: 100, pct: 0.3 };
    const at = (schedule: (typeof RUN_SCHEDULES)[number], t: number, extra = {}) =>
      learningRateOf({ ...c, schedule, ...extra }, T).schedule(t);
    expect(at('cosine', T)).toBeCloseTo(0, 15);
    expect(at('warmupCosine', 100)).toBeCloseTo(0.1, 15);
    expect(at('warmupCosine', 50)).toBeCloseTo(0.05, 15);
    expect(at('oneCycle', 299)).toBeCloseTo(0.1, 12);
    expect(at('multiStep', 800, { gamma: 0.5 })).toBeCloseTo(0.025, 15);
    expect(scheduleSpecOf({ ...c, schedule: 'plateau' }, T)).toBeNull();
  });

  it('the plateau controller lowers η once the observed loss stops improving for longer than the patience', () => {
    const p = learningRateOf({ ...base, lr: 0.1, schedule: 'plateau', gamma: 0.5, every: 2 }, 100);
    for (let i = 0; i < 4; i++) p.observe!(1);
    expect(p.schedule(0)).toBeCloseTo(0.05, 15);
  });
});

describe('configLabel(config) and legacyConfigKeys(field, n)', () => {
  it('says where Muon and Shampoo act and the AdamW rate beside them', () => {
    expect(configLabel({ ...base, optimizer: 'muon', lr: 0.02, momentum: 0.95, auxLr: 0.003 })).toBe(
      'Muon (hidden matrices) η = 0.02 (β = 0.95, AdamW η = 3.0e-3 on biases and output)',
    );
    expect(configLabel({ ...base, optimizer: 'shampoo', lr: 0.1, schedule: 'wsd' })).toBe(
      'Shampoo η = 0.1 (AdamW η = 0.01 on biases and output), warmup–stable–decay (WSD, 1 − √ decay)',
    );
  });

  it('names the optimizer, its main hyperparameters, Lookahead and the schedule', () => {
    expect(configLabel({ ...base, optimizer: 'adam', lr: 0.05, lookahead: true, lookaheadK: 3 })).toBe(
      'Adam η = 0.05 + Lookahead(k = 3, α = 0.5)',
    );
    expect(configLabel({ ...base, momentum: 0.9, nesterov: true, schedule: 'cosine' })).toBe(
      'SGD η = 0.1 (β = 0.9 Nesterov), cosine to 0 at T',
    );
    // The heavy ball has no weight decay: a λ left in the field is not claimed.
    expect(configLabel({ ...base, optimizer: 'heavyBall', momentum: 0.5, weightDecay: 0.1 })).toBe(
      'Heavy ball η = 0.1 (β = 0.5)',
    );
  });
  it('maps the old per-configuration keys onto the slots', () => {
    const keys = legacyConfigKeys('configs', 4);
    expect(keys.lr1).toBe('configs.0.lr');
    expect(keys.opt4).toBe('configs.3.optimizer');
    expect(keys.wd2).toBe('configs.1.weightDecay');
    expect(Object.keys(keys)).toHaveLength(4 * 22);
  });
});
