import { describe, expect, it } from 'vitest';
import { projectOntoBox } from './projectOntoBox.ts';
import { clipByValue } from './clipByValue.ts';
import { clipByGlobalNorm } from './clipByGlobalNorm.ts';
import { applyUpdates } from './applyUpdates.ts';
import { chain } from './chain.ts';
import { scaleByLearningRate } from './scaleByLearningRate.ts';

describe('projectOntoBox({ lo, hi })', () => {
  it('turns u into Π(θ + u) − θ, so θ + u lands in the box coordinate-wise', () => {
    const tx = projectOntoBox({ lo: -1, hi: 1 });
    const theta = Float64Array.from([0.5, -0.9, 0.2]);
    const { updates } = tx.update(Float64Array.from([0.8, -0.5, 0.3]), tx.init(theta), theta);
    expect(Array.from(applyUpdates(theta, updates))).toEqual([1, -1, 0.5]);
    expect(updates[0]).toBeCloseTo(0.5, 15);
  });
  it('inside a chain after the lr it projects the SGD step: θ = 0.9, g = −1, lr = 0.5 → θ = 1', () => {
    const tx = chain(scaleByLearningRate(0.5), projectOntoBox({ lo: -1, hi: 1 }));
    const theta = Float64Array.of(0.9);
    const { updates } = tx.update(Float64Array.of(-1), tx.init(theta), theta);
    expect(applyUpdates(theta, updates)[0]).toBe(1);
  });
  it('keeps NaN visible and never mutates its inputs', () => {
    const tx = projectOntoBox({ lo: 0, hi: 2 });
    const theta = Float64Array.of(1, 1);
    const u = Float64Array.of(Number.NaN, 5);
    const { updates } = tx.update(u, tx.init(theta), theta);
    expect(Number.isNaN(updates[0])).toBe(true);
    expect(updates[1]).toBe(1);
    expect(Array.from(u)[1]).toBe(5);
    expect(Array.from(theta)).toEqual([1, 1]);
  });
  it('throws RangeError for an empty box', () => {
    expect(() => projectOntoBox({ lo: 1, hi: 0 })).toThrow(/projectOntoBox: hi must be ≥ lo/);
    expect(() => projectOntoBox({ lo: Number.NaN, hi: 0 })).toThrow(/projectOntoBox: lo/);
  });
});

describe('clipByValue({ clipValue }) and clipByGlobalNorm({ maxNorm, eps })', () => {
  it('clipByValue clamps each coordinate, which turns the direction (3, 0.5) towards the diagonal', () => {
    const tx = clipByValue({ clipValue: 1 });
    const g = Float64Array.of(3, 0.5, -4);
    expect(Array.from(tx.update(g, tx.init(g), g).updates)).toEqual([1, 0.5, -1]);
  });
  it('clipByGlobalNorm follows clip_grad_norm_: g · min(1, maxNorm/(‖g‖ + 1e-6)), direction kept', () => {
    const tx = clipByGlobalNorm({ maxNorm: 1 });
    const g = Float64Array.of(3, 4);
    const { updates, state } = tx.update(g, tx.init(g), g);
    // By hand: ‖g‖ = 5, clip_coef = 1/(5 + 1e-6).
    expect(updates[0]).toBeCloseTo(3 / (5 + 1e-6), 15);
    expect(updates[1]).toBeCloseTo(4 / (5 + 1e-6), 15);
    expect(state.lastNorm).toBe(5);
    // Below the threshold the coefficient clamps to 1 (PyTorch multiplies by 1.0).
    const small = Float64Array.of(0.3, 0.4);
    expect(Array.from(tx.update(small, tx.init(small), small).updates)).toEqual([0.3, 0.4]);
    // optax's form, eps = 0: exactly maxNorm.
    const ox = clipByGlobalNorm({ maxNorm: 2, eps: 0 });
    const r = ox.update(g, ox.init(g), g).updates;
    expect(Math.hypot(r[0], r[1])).toBeCloseTo(2, 15);
  });
  it('clipByValue throws RangeError for clipValue ≤ 0', () => {
    expect(() => clipByValue({ clipValue: 0 })).toThrow(/clipByValue: clipValue/);
  });
});
