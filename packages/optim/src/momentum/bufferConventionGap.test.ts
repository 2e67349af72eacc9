import { describe, expect, it } from 'vitest';
import { bufferConventionGap } from './bufferConventionGap.ts';
import { sgd } from '../optimizers/sgd.ts';
import { applyUpdates } from '../transforms/applyUpdates.ts';
import type { Transform, Vec } from '../types.ts';

function positions<S>(tx: Transform<S>, steps: number, g = 1): number[] {
  let x: Vec = Float64Array.from([0]);
  let s = tx.init(x);
  const out = [0];
  for (let t = 0; t < steps; t++) {
    const r = tx.update(Float64Array.from([g]), s, x);
    s = r.state;
    x = applyUpdates(x, r.updates);
    out.push(x[0]);
  }
  return out;
}

describe('bufferConventionGap({ lrBefore, lrAfter, beta, stepsBefore, grad })', () => {
  it('matches the difference of the package’s two sgd conventions after a step decay', () => {
    for (const [lr1, lr2, beta, s, g] of [
      [0.1, 0.01, 0.9, 30, 1],
      [0.5, 0.05, 0.5, 3, -2],
      [0.01, 0.1, 0.8, 10, 0.5],
    ]) {
      const schedule = (t: number) => (t < s ? lr1 : lr2);
      const pt = positions(sgd({ lr: schedule, momentum: beta }), s + 400, g);
      const inside = positions(sgd({ lr: schedule, momentum: beta, lrInsideMomentum: true }), s + 400, g);
      expect(inside[s]).toBeCloseTo(pt[s], 12); // identical while the rate is constant
      const gap = bufferConventionGap({ lrBefore: lr1, lrAfter: lr2, beta, stepsBefore: s, grad: g });
      const firstStep = inside[s + 1] - inside[s] - (pt[s + 1] - pt[s]);
      expect(firstStep).toBeCloseTo(gap.firstStep, 12);
      // Signed as θ_inside − θ_PyTorch.
      expect(inside[s + 400] - pt[s + 400]).toBeCloseTo(gap.total, 9);
    }
  });
  it('is (η₂ − η₁)gβ/(1 − β)² in total for a long history: 8.1 units of g for 0.1 → 0.01 at β = 0.9', () => {
    const gap = bufferConventionGap({ lrBefore: 0.1, lrAfter: 0.01, beta: 0.9, stepsBefore: 10_000 });
    expect(gap.total).toBeCloseTo(-8.1, 10);
    expect(gap.firstStep).toBeCloseTo(-0.81, 10);
    expect(bufferConventionGap({ lrBefore: 0.1, lrAfter: 0.1, beta: 0.9, stepsBefore: 5 }).total).toBe(0);
  });
});
