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
import { lion } from '../optimizers/lion.ts';
import { adafactor } from '../optimizers/adafactor.ts';
import { lamb } from '../optimizers/lamb.ts';
import { lars } from '../optimizers/lars.ts';
import { muon } from '../optimizers/muon.ts';
import { muonWithAdamw } from '../optimizers/muonWithAdamw.ts';
import { shampoo } from '../optimizers/shampoo.ts';
import { soap } from '../optimizers/soap.ts';
import { scheduleFreeSgd } from '../optimizers/scheduleFreeSgd.ts';
import { scheduleFreeAdamw } from '../optimizers/scheduleFreeAdamw.ts';
import { scaleByLion } from './scaleByLion.ts';
import { scaleByFactoredRms } from './scaleByFactoredRms.ts';
import { clipByBlockRms } from './clipByBlockRms.ts';
import { scaleByRelativeStep } from './scaleByRelativeStep.ts';
import { addRelativeDecayedWeights } from './addRelativeDecayedWeights.ts';
import { ema } from './ema.ts';
import { scaleByTrustRatio } from './scaleByTrustRatio.ts';
import { scaleByLars } from './scaleByLars.ts';
import { muonMomentum } from './muonMomentum.ts';
import { orthogonalize } from './orthogonalize.ts';
import { partition } from './partition.ts';
import { scaleByShampoo } from './scaleByShampoo.ts';
import { scaleBySoap } from './scaleBySoap.ts';
import { decayUpdatedWeights } from './decayUpdatedWeights.ts';
import { scaleByDebiasedRms } from './scaleByDebiasedRms.ts';
import { scheduleFree } from './scheduleFree.ts';
import { paramLayout } from '../matrices/paramLayout.ts';

// the matrix optimizers see params [1, −2, 3] as a 1×2 matrix and a vector of 1
const layout = paramLayout([[1, 2], [1]]);

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
  ['lion', lion({ weightDecay: 0.1 })],
  ['adafactor', adafactor({ layout, beta1: 0.9, weightDecay: 0.1 })],
  ['lamb', lamb({ layout, weightDecay: 0.1 })],
  ['lars', lars({ lr: 0.1, layout, weightDecay: 0.1 })],
  ['muon', muon({ layout: paramLayout([[3, 1]]), weightDecay: 0.1 })],
  ['muonWithAdamw', muonWithAdamw({ layout })],
  ['shampoo', shampoo({ lr: 0.1, layout })],
  ['soap', soap({ layout, preconditionFrequency: 1 })],
  ['scheduleFreeSgd', scheduleFreeSgd({ warmupSteps: 2, weightDecay: 0.1 })],
  ['scheduleFreeAdamw', scheduleFreeAdamw({ innerMomentum: 0.9 })],
  ['scheduleFreeAdamw (keepX: false)', scheduleFreeAdamw({ keepX: false })],
  ['scaleByLion', scaleByLion()],
  ['scaleByFactoredRms', scaleByFactoredRms({ layout })],
  ['clipByBlockRms', clipByBlockRms({ layout, threshold: 0.1 })],
  ['scaleByRelativeStep', scaleByRelativeStep({ layout })],
  ['addRelativeDecayedWeights', addRelativeDecayedWeights({ layout, weightDecay: 0.1 })],
  ['ema', ema({ decay: 0.9 })],
  ['scaleByTrustRatio', scaleByTrustRatio({ layout })],
  ['scaleByLars', scaleByLars({ layout, weightDecay: 0.1 })],
  ['muonMomentum', muonMomentum()],
  ['orthogonalize', orthogonalize({ layout: paramLayout([[3, 1]]) })],
  [
    'partition',
    partition({ layout, labels: ['a', 'b'], parts: { a: adam(), b: sgd({ lr: 0.1, momentum: 0.9 }) } }),
  ],
  ['scaleByShampoo', scaleByShampoo({ layout })],
  ['scaleBySoap', scaleBySoap({ layout, preconditionFrequency: 1 })],
  ['decayUpdatedWeights', decayUpdatedWeights({ weightDecay: 0.1, lr: 0.1 })],
  ['scaleByDebiasedRms', scaleByDebiasedRms()],
  ['scheduleFree(base)', scheduleFree(scaleByLearningRate(0.1), { lr: 0.1, weightDecay: 0.1 })],
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
