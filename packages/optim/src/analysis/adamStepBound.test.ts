import { describe, expect, it } from 'vitest';
import { adamStepBound } from './adamStepBound.ts';
import { adam } from '../optimizers/adam.ts';
import { rng } from '../rng.ts';

/** Runs the package's Adam (ε = 0) on a scalar stream and returns |last update|/η. */
function lastStepRatio(gs: number[], beta1: number, beta2: number): number {
  const tx = adam({ lr: 1, beta1, beta2, eps: 0 });
  const p = Float64Array.of(0);
  let s = tx.init(p);
  let u = 0;
  for (const g of gs) {
    const r = tx.update(Float64Array.of(g), s, p);
    s = r.state;
    u = r.updates[0];
  }
  return Math.abs(u);
}

describe('adamStepBound(beta1, beta2, t)', () => {
  it('is attained by the stream g_k = a_k/b_k = (β₂/β₁)^k up to a constant (Cauchy–Schwarz equality)', () => {
    for (const [b1, b2] of [
      [0.9, 0.999],
      [0.5, 0.9],
      [0.9, 0.99],
    ]) {
      for (const t of [1, 2, 5, 30, 200]) {
        const gs = Array.from({ length: t }, (_, k) => (b2 / b1) ** (k + 1 - t)); // ∝ (β₁/β₂)^{t−k}
        expect(lastStepRatio(gs, b1, b2)).toBeCloseTo(adamStepBound(b1, b2, t), 9);
      }
    }
  });
  it('is never exceeded by random streams, and is 1 at t = 1', () => {
    const r = rng(7);
    for (let trial = 0; trial < 200; trial++) {
      const t = 1 + r.int(60);
      const gs = Array.from({ length: t }, () => r.normal() * 10 ** r.uniform(-3, 3));
      expect(lastStepRatio(gs, 0.9, 0.999)).toBeLessThanOrEqual(adamStepBound(0.9, 0.999, t) * (1 + 1e-12));
    }
    expect(adamStepBound(0.9, 0.999, 1)).toBeCloseTo(1, 15);
  });
  it('tends to (1 − β₁)/√((1 − β₂)(1 − β₁²/β₂)) ≈ 7.27 at the defaults, above Kingma & Ba’s 3.16', () => {
    const limit = 0.1 / Math.sqrt(0.001 * (1 - 0.81 / 0.999));
    expect(adamStepBound(0.9, 0.999, 100_000)).toBeCloseTo(limit, 9);
    expect(limit).toBeGreaterThan(7.2);
    expect(limit).toBeLessThan(7.3);
  });
  it('grows without bound when β₁² ≥ β₂ (the regime Reddi et al.’s Theorem 2 excludes)', () => {
    expect(adamStepBound(0.99, 0.9, 1000)).toBeGreaterThan(1e3);
  });
});
