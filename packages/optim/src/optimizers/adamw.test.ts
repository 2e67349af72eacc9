import { describe, expect, it } from 'vitest';
import { adamw } from './adamw.ts';
import { adam } from './adam.ts';
import { adamCases, referenceAdam } from '../internal/referenceAdam.ts';
import { expectClose, runTransform } from '../internal/testing.ts';

const lrSched = (t: number) => (t < 10 ? 0.005 * (t + 1) : 0.05 * 0.98 ** (t - 10));

describe('adamw({ lr, beta1, beta2, eps, weightDecay, amsgrad })', () => {
  for (const o of adamCases.map((c) => ({ ...c, weightDecay: c.weightDecay || 0.3 }))) {
    it(`agrees with a scalar transcription of torch.optim.AdamW's documented algorithm (θ ← θ(1 − γλ) before the Adam step) for ${JSON.stringify(o)}`, () => {
      expectClose(
        runTransform(adamw({ lr: 0.05, ...o }), 60),
        referenceAdam(() => 0.05, o, 60, true),
      );
      expectClose(runTransform(adamw({ lr: lrSched, ...o }), 60), referenceAdam(lrSched, o, 60, true));
    });
  }
  it('adamw defaults weightDecay to 1e-2', () => {
    const o = { beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 1e-2, amsgrad: false };
    expectClose(
      runTransform(adamw({ lr: 0.05 }), 60),
      referenceAdam(() => 0.05, o, 60, true),
    );
  });
  it('adamw differs from adam with the same weightDecay (decoupled vs coupled)', () => {
    const a = runTransform(adamw({ lr: 0.05, weightDecay: 0.3 }), 60);
    const b = runTransform(adam({ lr: 0.05, weightDecay: 0.3 }), 60);
    expect(Math.abs(a[59][3] - b[59][3])).toBeGreaterThan(1e-3);
  });
  it('adamw with weightDecay = 0 equals adam', () => {
    expectClose(
      runTransform(adamw({ lr: 0.05, weightDecay: 0 }), 60),
      runTransform(adam({ lr: 0.05 }), 60),
      0,
    );
  });
  it('adamw throws RangeError naming the bad option', () => {
    expect(() => adamw({ beta1: 1 })).toThrow('adamw: beta1 must be in [0, 1), got 1');
    expect(() => adamw({ weightDecay: NaN })).toThrow(/adamw: weightDecay/);
  });
});
