import { describe, expect, it } from 'vitest';
import { adam } from './adam.ts';
import { expectClose, runTransform } from '../internal/testing.ts';
import { adamCases, base, referenceAdam } from '../internal/referenceAdam.ts';

const lrConst = () => 0.05;
const lrSched = (t: number) => (0.08 * (1 + Math.cos((Math.PI * t) / 80))) / 2 + 0.001;

describe('adam({ lr, beta1, beta2, eps, weightDecay, amsgrad })', () => {
  for (const o of adamCases) {
    it(`agrees with a scalar transcription of torch.optim.Adam's documented algorithm over 60 steps for ${JSON.stringify(o)}`, () => {
      expectClose(runTransform(adam({ lr: 0.05, ...o }), 60), referenceAdam(lrConst, o, 60));
      expectClose(runTransform(adam({ lr: lrSched, ...o }), 60), referenceAdam(lrSched, o, 60));
    });
  }
  it('adam({ epsRoot }) matches optax eps_root (ε inside the root)', () => {
    const o = { ...base, eps: 1e-4, epsRoot: 1e-2 };
    expectClose(runTransform(adam({ lr: 0.05, ...o }), 60), referenceAdam(lrConst, o, 60));
  });
  it('adam({ epsHat: true }) matches TensorFlow/Keras ε̂ and differs from PyTorch when ε is large', () => {
    const o = { ...base, eps: 1e-2, epsHat: true };
    const ours = runTransform(adam({ lr: 0.05, ...o }), 60);
    expectClose(ours, referenceAdam(lrConst, o, 60));
    const torch = referenceAdam(lrConst, { ...o, epsHat: false }, 60);
    expect(Math.abs(ours[59][2] - torch[59][2])).toBeGreaterThan(1e-6);
  });
  it("adam({ amsgrad, amsgradMax: 'corrected' }) matches optax's max of v̂ and differs from PyTorch's raw max", () => {
    const o = { ...base, beta2: 0.6, amsgrad: true, amsgradMax: 'corrected' as const };
    const ours = runTransform(adam({ lr: 0.05, ...o }), 60);
    expectClose(ours, referenceAdam(lrConst, o, 60));
    const raw = runTransform(adam({ lr: 0.05, ...o, amsgradMax: 'raw' }), 60);
    expect(Math.abs(ours[59][1] - raw[59][1])).toBeGreaterThan(1e-9);
  });
  it('adam state exposes m, v, the bias-correction factors and the current lr', () => {
    const tx = adam({ lr: 0.1 });
    const p = Float64Array.from([1, 1]);
    let s = tx.init(p);
    s = tx.update(Float64Array.from([2, -4]), s, p).state;
    expect(s.adam.m[0]).toBeCloseTo(0.2, 15);
    expect(s.adam.m[1]).toBeCloseTo(-0.4, 15);
    expect(s.adam.v[0]).toBeCloseTo(0.004, 15);
    expect(s.adam.biasCorrection1).toBeCloseTo(10, 12);
    expect(s.adam.biasCorrection2).toBeCloseTo(1000, 9);
    expect(s.lr.lr).toBe(0.1);
    expect(s.adam.count).toBe(1);
  });
  it('adam first update is −lr·sign(g) (up to ε)', () => {
    const tx = adam({ lr: 0.1 });
    const p = Float64Array.from([1, 1]);
    const { updates } = tx.update(Float64Array.from([2, -4]), tx.init(p), p);
    expect(updates[0]).toBeCloseTo(-0.1, 8);
    expect(updates[1]).toBeCloseTo(0.1, 8);
  });
  it('adam throws RangeError naming the bad option', () => {
    expect(() => adam({ beta2: 1 })).toThrow('adam: beta2 must be in [0, 1), got 1');
    expect(() => adam({ beta1: -0.1 })).toThrow(/adam: beta1/);
    expect(() => adam({ lr: -1e-3 })).toThrow(/adam: lr/);
    expect(() => adam({ eps: NaN })).toThrow(/adam: eps/);
    expect(() => adam({ weightDecay: -1 })).toThrow(/adam: weightDecay/);
    expect(() => adam({ amsgradMax: 'x' as 'raw' })).toThrow(/adam: amsgradMax/);
  });
});
