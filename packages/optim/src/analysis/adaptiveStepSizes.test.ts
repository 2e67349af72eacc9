import { describe, expect, it } from 'vitest';
import { adaptiveStepSizes } from './adaptiveStepSizes.ts';
import { adagrad } from '../optimizers/adagrad.ts';
import { adam } from '../optimizers/adam.ts';
import { applyUpdates } from '../transforms/applyUpdates.ts';
import type { Vec } from '../types.ts';

describe('adaptiveStepSizes(lr, accumulator, { eps, correction, epsInsideSqrt })', () => {
  it('times the gradient it is AdaGrad’s actual update (the rule’s other route)', () => {
    const tx = adagrad({ lr: 0.3, eps: 1e-10 });
    let p: Vec = Float64Array.of(1, -1);
    let s = tx.init(p);
    for (const g of [
      [2, 0.1],
      [1, -0.3],
      [4, 0.2],
    ]) {
      const grad = Float64Array.from(g);
      const r = tx.update(grad, s, p);
      const eta = adaptiveStepSizes(0.3, r.state.rss.sum, { eps: 1e-10 });
      for (let i = 0; i < 2; i++) expect(r.updates[i]).toBeCloseTo(-eta[i] * g[i], 14);
      s = r.state;
      p = applyUpdates(p, r.updates);
    }
  });
  it('with Adam’s correction times m̂ it is Adam’s update', () => {
    const tx = adam({ lr: 0.1 });
    const p = Float64Array.of(0);
    let s = tx.init(p);
    for (const g of [1, -3, 0.5]) {
      const r = tx.update(Float64Array.of(g), s, p);
      const eta = adaptiveStepSizes(0.1, r.state.adam.v, {
        eps: 1e-8,
        correction: r.state.adam.biasCorrection2,
      });
      expect(r.updates[0]).toBeCloseTo(-eta[0] * r.state.adam.m[0] * r.state.adam.biasCorrection1, 14);
      s = r.state;
    }
  });
  it('puts ε inside the root on request: √(v + ε)', () => {
    expect(adaptiveStepSizes(1, Float64Array.of(3), { eps: 1, epsInsideSqrt: true })[0]).toBeCloseTo(0.5, 15);
    expect(adaptiveStepSizes(1, Float64Array.of(4), { eps: 1 })[0]).toBeCloseTo(1 / 3, 15);
  });
});
