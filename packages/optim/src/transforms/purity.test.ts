import { describe, expect, it } from 'vitest';
import type { Transform } from '../types.ts';
import { sgd } from '../optimizers/sgd.ts';
import { heavyBall } from '../optimizers/heavyBall.ts';
import { adagrad } from '../optimizers/adagrad.ts';
import { rmsprop } from '../optimizers/rmsprop.ts';
import { adam } from '../optimizers/adam.ts';
import { adamw } from '../optimizers/adamw.ts';
import { scaleByAdam } from './scaleByAdam.ts';
import { scaleByRms } from './scaleByRms.ts';
import { scaleByRss } from './scaleByRss.ts';
import { trace } from './trace.ts';
import { addDecayedWeights } from './addDecayedWeights.ts';
import { scaleByLearningRate } from './scaleByLearningRate.ts';
import { clipByGlobalNorm } from './clipByGlobalNorm.ts';
import { scale } from './scale.ts';
import { chain } from './chain.ts';
import { applyUpdates } from './applyUpdates.ts';

const all: [string, Transform<unknown>][] = [
  ['sgd (plain)', sgd({ lr: 0.1 })],
  ['adam (defaults)', adam()],
  ['sgd', sgd({ lr: 0.1, momentum: 0.9, nesterov: true, weightDecay: 0.1 })],
  ['heavyBall', heavyBall({ lr: 0.1 })],
  ['adagrad', adagrad({ lrDecay: 0.1, weightDecay: 0.1 })],
  ['rmsprop', rmsprop({ centered: true, momentum: 0.9, weightDecay: 0.1 })],
  ['adam', adam({ amsgrad: true, weightDecay: 0.1 })],
  ['adamw', adamw({ amsgrad: true })],
  ['scaleByAdam', scaleByAdam({ epsRoot: 1e-8 })],
  ['scaleByRms', scaleByRms({ centered: true })],
  ['scaleByRss', scaleByRss()],
  ['trace', trace({ decay: 0.9, dampening: 0.1 })],
  ['addDecayedWeights', addDecayedWeights({ weightDecay: 0.1 })],
  ['scaleByLearningRate', scaleByLearningRate((t) => 1 / (t + 1))],
  ['clipByGlobalNorm', clipByGlobalNorm({ maxNorm: 0.5 })],
  ['scale', scale(-2)],
  ['chain', chain(clipByGlobalNorm({ maxNorm: 1 }), scaleByAdam(), scaleByLearningRate(0.1))],
];

describe('purity: transform.update(grads, state, params)', () => {
  for (const [name, tx] of all) {
    it(`${name} leaves grads, params and the previous state unchanged and returns fresh updates`, () => {
      const params = Float64Array.from([1, -2, 3]);
      let state = tx.init(params);
      for (let k = 0; k < 3; k++) {
        const grads = Float64Array.from([0.5 * (k + 1), -1, 2]);
        const before = structuredClone({ grads, params, state });
        const r = tx.update(grads, state, params);
        expect({ grads, params, state }).toEqual(before);
        // Stateless parts may hand back their (empty) state object; everything else is new.
        if (Object.keys(state as object).length > 0) expect(r.state).not.toBe(state);
        expect(r.updates).not.toBe(params);
        const next = applyUpdates(params, r.updates);
        expect(next).not.toBe(params);
        state = r.state;
      }
    });
  }
  it('clipByGlobalNorm({ maxNorm }) rescales to maxNorm/(‖g‖ + 1e-6) only when ‖g‖ > maxNorm', () => {
    const tx = clipByGlobalNorm({ maxNorm: 1 });
    const g = Float64Array.from([3, 4]);
    const r = tx.update(g, tx.init(g), g);
    expect(r.updates[0]).toBeCloseTo((3 * 1) / (5 + 1e-6), 15);
    expect(r.state.lastNorm).toBe(5);
    const small = Float64Array.from([0.3, 0.4]);
    expect(Array.from(tx.update(small, tx.init(small), small).updates)).toEqual([0.3, 0.4]);
    const optaxStyle = clipByGlobalNorm({ maxNorm: 1, eps: 0 });
    expect(optaxStyle.update(g, optaxStyle.init(g), g).updates[1]).toBeCloseTo(0.8, 15);
  });
});
