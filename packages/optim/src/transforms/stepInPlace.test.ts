import { describe, expect, it } from 'vitest';
import type { Transform, Vec } from '../types.ts';
import { sgd } from '../optimizers/sgd.ts';
import { heavyBall } from '../optimizers/heavyBall.ts';
import { adagrad } from '../optimizers/adagrad.ts';
import { rmsprop } from '../optimizers/rmsprop.ts';
import { adam } from '../optimizers/adam.ts';
import { adamw } from '../optimizers/adamw.ts';
import { scaleByAdam } from './scaleByAdam.ts';
import { scaleByRms } from './scaleByRms.ts';
import { trace } from './trace.ts';
import { addDecayedWeights } from './addDecayedWeights.ts';
import { scaleByLearningRate } from './scaleByLearningRate.ts';
import { clipByGlobalNorm } from './clipByGlobalNorm.ts';
import { scale } from './scale.ts';
import { chain } from './chain.ts';
import { namedChain } from './namedChain.ts';
import { applyUpdates } from './applyUpdates.ts';
import { stepInPlace } from './stepInPlace.ts';
import { cosineAnnealingLR } from '../schedules/cosineAnnealingLR.ts';
import { testGrad, theta0 } from '../internal/testing.ts';
import { lion } from '../optimizers/lion.ts';
import { adafactor } from '../optimizers/adafactor.ts';
import { lamb } from '../optimizers/lamb.ts';
import { muonWithAdamw } from '../optimizers/muonWithAdamw.ts';
import { soap } from '../optimizers/soap.ts';
import { scheduleFreeAdamw } from '../optimizers/scheduleFreeAdamw.ts';
import { paramLayout } from '../matrices/paramLayout.ts';

const layout5 = paramLayout([[2, 2], [1]]); // the 5 parameters below as a 2×2 matrix and a scalar

/** The exact bit patterns, so 0 and −0 or two NaNs with different payloads would differ. */
const bits = (v: Vec | readonly number[]) => Array.from(new BigUint64Array(Float64Array.from(v).buffer));

/** Deep copy of a state with every Float64Array replaced by its bit patterns. */
function stateBits(s: unknown): unknown {
  if (s instanceof Float64Array) return bits(s);
  if (Array.isArray(s)) return s.map(stateBits);
  if (s !== null && typeof s === 'object')
    return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, stateBits(v)]));
  return s;
}

/** A hand-written transform with no fast-path hooks (stepInPlace must fall back to `update`). */
const plainSign: Transform<{ count: number }> = {
  init: () => ({ count: 0 }),
  update: (grads, state) => ({
    updates: grads.map((g) => -0.01 * Math.sign(g)),
    state: { count: state.count + 1 },
  }),
};

const schedule = cosineAnnealingLR({ lr: 0.05, tMax: 40 });
const cases: [string, () => Transform<unknown>][] = [
  ['adam()', () => adam({ lr: 0.05 })],
  ['adam({ amsgrad, weightDecay, schedule })', () => adam({ lr: schedule, amsgrad: true, weightDecay: 0.1 })],
  [
    'adam({ epsRoot, epsHat, amsgradMax: corrected })',
    () => adam({ lr: 0.05, epsRoot: 1e-8, epsHat: true, amsgrad: true, amsgradMax: 'corrected' }),
  ],
  ['adamw()', () => adamw({ lr: 0.05 })],
  ['adamw({ amsgrad, schedule })', () => adamw({ lr: schedule, amsgrad: true, weightDecay: 0.1 })],
  ['sgd()', () => sgd({ lr: 0.02 })],
  ['sgd({ weightDecay })', () => sgd({ lr: 0.02, weightDecay: 0.1 })],
  ['sgd({ momentum })', () => sgd({ lr: 0.02, momentum: 0.9 })],
  [
    'sgd({ momentum, dampening, weightDecay, schedule })',
    () => sgd({ lr: schedule, momentum: 0.9, dampening: 0.3, weightDecay: 0.1 }),
  ],
  ['sgd({ nesterov })', () => sgd({ lr: 0.02, momentum: 0.9, nesterov: true })],
  ['sgd({ lrInsideMomentum })', () => sgd({ lr: schedule, momentum: 0.9, lrInsideMomentum: true })],
  ['heavyBall()', () => heavyBall({ lr: 0.02 })],
  ['rmsprop()', () => rmsprop({ lr: 0.01 })],
  [
    'rmsprop({ centered, momentum, weightDecay })',
    () => rmsprop({ lr: 0.01, centered: true, momentum: 0.9, weightDecay: 0.1 }),
  ],
  ['rmsprop({ epsInsideSqrt })', () => rmsprop({ lr: 0.01, epsInsideSqrt: true })],
  ['adagrad()', () => adagrad({ lr: 0.1 })],
  [
    'adagrad({ lrDecay, weightDecay, initialAccumulatorValue })',
    () => adagrad({ lr: 0.1, lrDecay: 0.05, weightDecay: 0.1, initialAccumulatorValue: 0.1 }),
  ],
  [
    'chain(clipByGlobalNorm, scaleByAdam, scaleByLearningRate)',
    () => chain(clipByGlobalNorm({ maxNorm: 1 }), scaleByAdam(), scaleByLearningRate(0.05)),
  ],
  [
    'chain(trace, scaleByRms, addDecayedWeights, scale)',
    () => chain(trace({ decay: 0.5 }), scaleByRms(), addDecayedWeights({ weightDecay: 0.1 }), scale(-0.01)),
  ],
  [
    'chain(scale, chain(scaleByAdam, scaleByLearningRate))',
    () => chain(scale(0.5), chain(scaleByAdam(), scaleByLearningRate(0.05))),
  ],
  [
    'namedChain({ adam, decay: λ = 0, clip })',
    () =>
      namedChain({
        adam: scaleByAdam(),
        decay: addDecayedWeights({ weightDecay: 0 }),
        clip: clipByGlobalNorm({ maxNorm: 0.05 }),
        lr: scale(-1),
      }),
  ],
  ['chain()', () => chain()],
  ['lion({ weightDecay, schedule })', () => lion({ lr: schedule, weightDecay: 0.1 })],
  ['adafactor({ layout, beta1 })', () => adafactor({ layout: layout5, beta1: 0.9 })],
  ['lamb({ layout })', () => lamb({ layout: layout5, lr: 0.05, weightDecay: 0.01 })],
  ['muonWithAdamw({ layout })', () => muonWithAdamw({ layout: layout5 })],
  ['soap({ layout })', () => soap({ layout: layout5, preconditionFrequency: 2 })],
  ['scheduleFreeAdamw()', () => scheduleFreeAdamw({ lr: 0.05, warmupSteps: 5 })],
  ['a transform without hooks', () => plainSign],
];

describe('stepInPlace(transform, grads, state, params)', () => {
  for (const [name, make] of cases) {
    it(`${name}: 60 steps bitwise equal to update + applyUpdates`, () => {
      const pureTx = make();
      const ownedTx = make();
      let pureParams: Vec = Float64Array.from([...theta0, -0.3]);
      const params = Float64Array.from(pureParams);
      let pureState = pureTx.init(pureParams);
      let state = ownedTx.init(params);
      for (let k = 0; k < 60; k++) {
        const g = Float64Array.from([...testGrad(Array.from(pureParams.subarray(0, 4))), 0]); // one zero gradient
        const gPure = Float64Array.from(g);
        const r = pureTx.update(gPure, pureState, pureParams);
        pureParams = applyUpdates(pureParams, r.updates);
        pureState = r.state;
        const gOwned = Float64Array.from(g);
        state = stepInPlace(ownedTx, gOwned, state, params);
        expect(bits(gOwned)).toEqual(bits(g)); // grads are never written
        expect(bits(params)).toEqual(bits(pureParams));
        expect(stateBits(state)).toEqual(stateBits(pureState));
      }
    });
  }

  it('adam: writes m and v into the old state arrays and the step into params (no new vectors)', () => {
    const tx = adam({ lr: 0.1 });
    const params = Float64Array.from([1, -2, 3]);
    const s0 = tx.init(params);
    const { m, v } = s0.adam;
    const s1 = stepInPlace(tx, Float64Array.from([0.5, -1, 2]), s0, params);
    expect(s1.adam.m).toBe(m);
    expect(s1.adam.v).toBe(v);
    expect(s1.adam.count).toBe(1);
    expect(s1.lr.count).toBe(1);
    // First Adam step: m̂/√v̂ = sign(g), so θ moves by lr·sign(g) (up to ε).
    expect(params[0]).toBeCloseTo(0.9, 6);
    expect(params[1]).toBeCloseTo(-1.9, 6);
  });

  it('sgd({ momentum }) and adamw reuse their buffers across many steps', () => {
    const tx = sgd({ lr: 0.1, momentum: 0.9 });
    const params = Float64Array.from([1, 2]);
    let s = tx.init(params);
    s = stepInPlace(tx, Float64Array.from([1, 1]), s, params);
    const buffer = s.momentum?.buffer;
    for (let k = 0; k < 5; k++) s = stepInPlace(tx, Float64Array.from([1, 1]), s, params);
    expect(s.momentum?.buffer).toBe(buffer);
    const w = adamw();
    let sw = w.init(params);
    const m = sw.adam.m;
    for (let k = 0; k < 5; k++) sw = stepInPlace(w, Float64Array.from([1, -1]), sw, params);
    expect(sw.adam.m).toBe(m);
  });

  it('throws a RangeError on mismatched lengths', () => {
    const tx = adam();
    const params = Float64Array.from([1, 2]);
    expect(() => stepInPlace(tx, Float64Array.from([1]), tx.init(params), params)).toThrow(RangeError);
    expect(() =>
      stepInPlace(tx, Float64Array.from([1, 2]), tx.init(params), [1, 2] as unknown as Vec),
    ).toThrow(RangeError);
  });
});
