import { describe, expect, it } from 'vitest';
import { adamL2EffectiveDecay, cumulativeDecay, l2EquivalentDecay } from './weightDecay.ts';
import { adam } from '../optimizers/adam.ts';
import { sgd } from '../optimizers/sgd.ts';
import { sgdw } from '../optimizers/sgdw.ts';
import { adamw } from '../optimizers/adamw.ts';

const one = <S>(
  tx: { init(p: Float64Array): S; update(g: Float64Array, s: S, p: Float64Array): { updates: Float64Array } },
  theta: number,
  g: number,
) => {
  const p = Float64Array.from([theta]);
  return theta + tx.update(Float64Array.from([g]), tx.init(p), p).updates[0];
};

describe('l2EquivalentDecay({ convention, lr, weightDecay })', () => {
  it('is λ for the lr-scaled form and λ/η for the per-step form', () => {
    expect(l2EquivalentDecay({ convention: 'lr-scaled', lr: 0.1, weightDecay: 0.01 })).toBe(0.01);
    expect(l2EquivalentDecay({ convention: 'per-step', lr: 0.1, weightDecay: 0.01 })).toBeCloseTo(0.1, 15);
  });
  it('makes one SGD + L2 step equal one decoupled step (checked through sgd and sgdw)', () => {
    const lam = l2EquivalentDecay({ convention: 'per-step', lr: 0.2, weightDecay: 0.03 });
    expect(one(sgd({ lr: 0.2, weightDecay: lam }), 1.7, -0.4)).toBeCloseTo(
      one(sgdw({ lr: 0.2, weightDecay: 0.03 }), 1.7, -0.4),
      14,
    );
    // By hand: (1 − λ)θ − ηg = 0.97·1.7 + 0.2·0.4.
    expect(one(sgdw({ lr: 0.2, weightDecay: 0.03 }), 1.7, -0.4)).toBeCloseTo(0.97 * 1.7 + 0.08, 14);
  });
  it('throws on a per-step conversion with η = 0 and on an unknown convention', () => {
    expect(() => l2EquivalentDecay({ convention: 'per-step', lr: 0, weightDecay: 0.1 })).toThrow(
      /lr must be/,
    );
    expect(() => l2EquivalentDecay({ convention: 'paper' as 'per-step', lr: 0.1, weightDecay: 0.1 })).toThrow(
      /convention/,
    );
  });
});

describe('adamL2EffectiveDecay({ lr, weightDecay, vHat, eps })', () => {
  it('is ηλ/(√v̂ + ε), the λθ part of an Adam + L2 step (β₁ = 0) as a fraction of θ', () => {
    const [eta, lam, theta, g] = [0.01, 0.1, 2, 3];
    // β₁ = 0 and t = 1: v̂ = (g + λθ)², and the step is η(g + λθ)/(|g + λθ| + ε).
    const vHat = (g + lam * theta) ** 2;
    const d = adamL2EffectiveDecay({ lr: eta, weightDecay: lam, vHat });
    expect(d).toBeCloseTo((eta * lam) / (Math.sqrt(vHat) + 1e-8), 15);
    const l2Step = one(adam({ lr: eta, beta1: 0, weightDecay: lam }), theta, g) - theta;
    const gradPart = -(eta * g) / (Math.sqrt(vHat) + 1e-8);
    expect(l2Step - gradPart).toBeCloseTo(-d * theta, 14);
  });
  it('AdamW’s decay part is ηλ whatever v̂ is', () => {
    const eta = 0.01,
      lam = 0.1,
      theta = 2;
    for (const g of [3e-3, 3, 3e3]) {
      const w = one(adamw({ lr: eta, beta1: 0, weightDecay: lam }), theta, g);
      const noDecay = one(adamw({ lr: eta, beta1: 0, weightDecay: 0 }), theta, g);
      expect(noDecay - w).toBeCloseTo(eta * lam * theta, 14);
    }
  });
});

describe('cumulativeDecay({ lr, weightDecay, steps })', () => {
  it('is Π(1 − η_t λ): (1 − ηλ)^T for a constant η, and ≈ exp(−λΣη_t)', () => {
    expect(cumulativeDecay({ lr: 1e-3, weightDecay: 0.01, steps: 1000 })).toBeCloseTo((1 - 1e-5) ** 1000, 14);
    const sched = (t: number) => (t < 500 ? 1e-3 : 5e-4);
    const p = cumulativeDecay({ lr: sched, weightDecay: 0.1, steps: 1000 });
    expect(p).toBeCloseTo((1 - 1e-4) ** 500 * (1 - 5e-5) ** 500, 14);
    expect(Math.abs(Math.log(p) + 0.1 * 0.75)).toBeLessThan(1e-5);
    expect(cumulativeDecay({ lr: 0.1, weightDecay: 0.1, steps: 0 })).toBe(1);
  });
});
