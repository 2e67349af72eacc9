import { describe, expect, it } from 'vitest';
import { cosineAnnealingLR } from './cosineAnnealingLR.ts';
import { rel } from '../internal/testing.ts';

// PyTorch CosineAnnealingLR.get_lr (the recursive form used by step()).
function chainable(lr: number, T: number, etaMin: number, steps: number): number[] {
  const out = [lr];
  let cur = lr;
  for (let t = 1; t < steps; t++) {
    if ((t - 1 - T) % (2 * T) === 0) cur = cur + ((lr - etaMin) * (1 - Math.cos(Math.PI / T))) / 2;
    else
      cur =
        ((1 + Math.cos((Math.PI * t) / T)) / (1 + Math.cos((Math.PI * (t - 1)) / T))) * (cur - etaMin) +
        etaMin;
    out.push(cur);
  }
  return out;
}

describe('cosineAnnealingLR({ lr, tMax, etaMin })', () => {
  it('matches PyTorch test_cos_anneal_lr: T_max 10, eta_min 1e-10', () => {
    const s = cosineAnnealingLR({ lr: 0.05, tMax: 10, etaMin: 1e-10 });
    for (let x = 0; x < 10; x++)
      expect(rel(s(x), 1e-10 + ((0.05 - 1e-10) * (1 + Math.cos((Math.PI * x) / 10))) / 2)).toBeLessThan(
        1e-15,
      );
  });
  it('is (lr + etaMin)/2 at half period, etaMin at tMax, lr at 2·tMax', () => {
    const s = cosineAnnealingLR({ lr: 0.1, tMax: 50, etaMin: 0.002 });
    expect(s(0)).toBe(0.1);
    expect(rel(s(25), 0.051)).toBeLessThan(1e-14);
    expect(s(50)).toBe(0.002);
    expect(rel(s(100), 0.1)).toBeLessThan(1e-14);
  });
  it('closed form agrees with a transcription of PyTorch’s chainable recursion to ≤ 1e-9 over three periods', () => {
    for (const [T, etaMin] of [
      [10, 1e-10],
      [37, 0.001],
      [100, 0],
    ]) {
      const s = cosineAnnealingLR({ lr: 0.05, tMax: T, etaMin });
      const ref = chainable(0.05, T, etaMin, 3 * T);
      ref.forEach((v, t) => {
        if (v === 0) expect(Math.abs(s(t))).toBeLessThan(1e-17);
        else expect(rel(s(t), v), `T=${T} t=${t}`).toBeLessThanOrEqual(1e-9);
      });
    }
  });
  it('throws RangeError naming tMax', () =>
    expect(() => cosineAnnealingLR({ lr: 1, tMax: 0 })).toThrow(/cosineAnnealingLR: tMax/));
});
