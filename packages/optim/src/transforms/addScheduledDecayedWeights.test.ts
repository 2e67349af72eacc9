import { describe, expect, it } from 'vitest';
import { addScheduledDecayedWeights } from './addScheduledDecayedWeights.ts';
import { namedChain } from './namedChain.ts';
import { scaleByLearningRate } from './scaleByLearningRate.ts';
import { sgdw } from '../optimizers/sgdw.ts';
import { expectClose, runTransform } from '../internal/testing.ts';

describe('addScheduledDecayedWeights(λ)', () => {
  it('adds λ(t)·θ with t the updates already applied', () => {
    const tx = addScheduledDecayedWeights((t) => 0.1 * (t + 1));
    const p = Float64Array.from([2, -1]);
    const a = tx.update(Float64Array.from([1, 1]), tx.init(p), p);
    expect(Array.from(a.updates)).toEqual([1 + 0.1 * 2, 1 - 0.1]);
    const b = tx.update(Float64Array.from([1, 1]), a.state, p);
    expect(b.updates[0]).toBeCloseTo(1 + 0.2 * 2, 15);
  });
  it('before scaleByLearningRate(η_t) with λ(t) = λ/η_t equals sgdw (the per-step decoupled form)', () => {
    const eta = (t: number) => (t < 20 ? 0.1 : 0.02);
    const l2 = namedChain({
      decay: addScheduledDecayedWeights((t) => 0.01 / eta(t)),
      lr: scaleByLearningRate(eta),
    });
    expectClose(runTransform(l2, 60), runTransform(sgdw({ lr: eta, weightDecay: 0.01 }), 60), 1e-12);
  });
  it('rejects a negative λ(t) naming the step', () => {
    const tx = addScheduledDecayedWeights(() => -1);
    const p = Float64Array.from([1]);
    expect(() => tx.update(p, tx.init(p), p)).toThrow(/addScheduledDecayedWeights: lr\(0\)/);
  });
});
