import { describe, expect, it } from 'vitest';
import { decayPerParameter, START, TARGET } from './model.ts';
import { decayPerParameterCodec } from './state.ts';

const base = decayPerParameterCodec.defaults;

describe('decayPerParameter(state)', () => {
  it('AdamW treats the three gradient scales alike: the curves coincide (up to ε) and the decay is ηλ', () => {
    const r = decayPerParameter(base);
    const w = r.runs.find((x) => x.id === 'adamw')!;
    for (const p of w.params) expect(p.effectiveDecay).toBeCloseTo(base.lr * base.wd, 15);
    const [a, b, c] = w.params.map((p) => p.theta);
    for (let t = 0; t < a.length; t++) {
      expect(Math.abs(a[t] - b[t])).toBeLessThan(1e-5);
      expect(Math.abs(c[t] - b[t])).toBeLessThan(1e-5);
    }
  });
  it('Adam + L2 divides the decay by √v̂ + ε: ηλ/(√v̂ + ε), smaller for larger gradient scales', () => {
    const r = decayPerParameter(base);
    const l2 = r.runs.find((x) => x.id === 'l2')!;
    for (const p of l2.params)
      expect(p.effectiveDecay).toBeCloseTo((base.lr * base.wd) / (Math.sqrt(p.vHat) + 1e-8), 15);
    const d = l2.params.map((p) => p.effectiveDecay);
    expect(d[0]).toBeGreaterThan(10 * d[1]);
    expect(d[1]).toBeGreaterThan(10 * d[2]);
  });
  it('without noise Adam + L2 settles near s/(s + λ), the minimiser of s·½(θ − 1)² + ½λθ²', () => {
    const r = decayPerParameter({ ...base, noise: 0, steps: 3000, spread: 10, lr: 0.003 });
    const l2 = r.runs.find((x) => x.id === 'l2')!;
    l2.params.forEach((p, i) => {
      const s = r.scales[i];
      expect(Math.abs(p.theta[p.theta.length - 1] - s / (s + base.wd))).toBeLessThan(0.02);
    });
    expect(r.l2Limit[1]).toBeCloseTo(1 / 1.1, 12);
  });
  it('starts every parameter at the same point and records steps + 1 values', () => {
    const r = decayPerParameter({ ...base, steps: 25 });
    for (const run of r.runs)
      for (const p of run.params) {
        expect(p.theta).toHaveLength(26);
        expect(p.theta[0]).toBe(START);
      }
    expect(TARGET).toBe(1);
  });
  it('survives extreme settings without NaN', () => {
    const r = decayPerParameter({ ...base, lr: 1, wd: 10, spread: 1e4, noise: 3, steps: 300 });
    for (const run of r.runs) for (const p of run.params) expect(p.theta.every(Number.isFinite)).toBe(true);
  });
});
