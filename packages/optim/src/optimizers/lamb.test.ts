import { describe, expect, it } from 'vitest';
import { lamb } from './lamb.ts';
import { loadFixture, maxError, replay } from '../internal/fixtures.ts';
import { paramLayout, type ParamLayout } from '../matrices/paramLayout.ts';
import { applyUpdates } from '../transforms/applyUpdates.ts';
import type { Vec } from '../types.ts';

const layout = paramLayout([[3, 4], [4], [2, 3]]);
const start = Array.from({ length: 22 }, (_, i) => Math.cos(3 + i) * (0.5 + (i % 5)));
const grad = (th: readonly number[]) =>
  th.map((x, i) => (0.2 + (i % 4)) * (x - 0.3 * i) + 0.05 * Math.sin(th[(i + 2) % 22]));

function run(tx: ReturnType<typeof lamb>, steps: number, x0 = start) {
  let p: Vec = Float64Array.from(x0);
  let s = tx.init(p);
  const out: number[][] = [];
  for (let k = 0; k < steps; k++) {
    const r = tx.update(Float64Array.from(grad(Array.from(p))), s, p);
    s = r.state;
    p = applyUpdates(p, r.updates);
    out.push(Array.from(p));
  }
  return out;
}

/**
 * You et al. (2020), Algorithm 2 (LAMB), per layer i:
 *   m_t = β₁m + (1−β₁)g;  v_t = β₂v + (1−β₂)g²;  m̂ = m/(1−β₁ᵗ);  v̂ = v/(1−β₂ᵗ)
 *   r_t = m̂/(√v̂ + ε);  x ← x − η_t φ(‖x⁽ⁱ⁾‖)/‖r⁽ⁱ⁾ + λx⁽ⁱ⁾‖ · (r⁽ⁱ⁾ + λx⁽ⁱ⁾)
 */
function paperLamb(
  blocks: ParamLayout,
  lr: (t: number) => number,
  o: { beta1: number; beta2: number; eps: number; lambda: number; debias: boolean },
  steps: number,
) {
  let x = [...start];
  let m = x.map(() => 0);
  let v = x.map(() => 0);
  const out: number[][] = [];
  for (let t = 1; t <= steps; t++) {
    const g = grad(x);
    m = m.map((mi, i) => o.beta1 * mi + (1 - o.beta1) * g[i]);
    v = v.map((vi, i) => o.beta2 * vi + (1 - o.beta2) * g[i] ** 2);
    const mh = o.debias ? m.map((mi) => mi / (1 - o.beta1 ** t)) : m;
    const vh = o.debias ? v.map((vi) => vi / (1 - o.beta2 ** t)) : v;
    const r = mh.map((mi, i) => mi / (Math.sqrt(vh[i]) + o.eps) + o.lambda * x[i]);
    const next = [...x];
    for (const b of blocks) {
      const size = b.shape.length === 2 ? b.shape[0] * b.shape[1] : b.shape[0];
      const idx = Array.from({ length: size }, (_, q) => b.offset + q);
      const xn = Math.hypot(...idx.map((i) => x[i]));
      const rn = Math.hypot(...idx.map((i) => r[i]));
      const ratio = xn === 0 || rn === 0 ? 1 : xn / rn;
      for (const i of idx) next[i] = x[i] - lr(t - 1) * ratio * r[i];
    }
    x = next;
    out.push(x);
  }
  return out;
}

describe('lamb({ lr, beta1, beta2, eps, weightDecay, biasCorrection, layout, minNorm, maxNorm })', () => {
  it('matches Algorithm 2 of the paper (with bias correction) per layer over 50 steps, with a schedule', () => {
    const sched = (t: number) => 0.02 / (1 + 0.05 * t);
    const o = { beta1: 0.9, beta2: 0.999, eps: 1e-6, lambda: 0.01, debias: true };
    expect(
      maxError(run(lamb({ layout, lr: sched, weightDecay: 0.01 }), 50), paperLamb(layout, sched, o, 50)),
    ).toBeLessThan(1e-12);
    const v3 = { ...o, debias: false, lambda: 0 };
    expect(
      maxError(
        run(lamb({ layout, lr: 0.01, biasCorrection: false }), 50),
        paperLamb(layout, () => 0.01, v3, 50),
      ),
    ).toBeLessThan(1e-12);
  });
  it("matches torch-optimizer's Lamb (debias=False, clamp_value=10; arXiv v3) to 1e-12", () => {
    const fx = loadFixture('lamb-torch-optimizer');
    const tx = lamb({ layout: fx.layout, lr: 0.05, weightDecay: 0.01, maxNorm: 10, biasCorrection: false });
    expect(maxError(replay(fx, tx).params, fx.params)).toBeLessThan(1e-12);
  });
  it('moves each layer by exactly η·‖θ_layer‖ (φ = identity), whatever its gradient scale', () => {
    const tx = lamb({ layout, lr: 0.01 });
    const p = Float64Array.from(start);
    const g = Float64Array.from(grad(start), (x, i) => (i < 12 ? 1e4 * x : 1e-4 * x));
    const r = tx.update(g, tx.init(p), p);
    for (const b of layout) {
      const size = b.shape.length === 2 ? b.shape[0] * b.shape[1] : b.shape[0];
      const u = r.updates.subarray(b.offset, b.offset + size);
      const th = p.subarray(b.offset, b.offset + size);
      expect(Math.hypot(...u)).toBeCloseTo(0.01 * Math.hypot(...th), 14);
    }
    expect(r.state.trust.ratios).toHaveLength(3);
  });
  it('uses ratio 1 for a layer whose weights or update are zero, and clamps ‖θ‖ to [minNorm, maxNorm]', () => {
    const tx = lamb({ lr: 0.1, layout: paramLayout([[2], [2]]) });
    const p = Float64Array.from([0, 0, 3, 4]);
    const r = tx.update(Float64Array.from([1, -1, 0, 0]), tx.init(p), p);
    expect(r.state.trust.ratios).toEqual([1, 1]);
    expect(r.updates[0]).toBeCloseTo(-0.1, 6); // Adam's first step ≈ sign(g), unscaled
    const clamped = lamb({ lr: 0.1, maxNorm: 1 });
    const q = Float64Array.from([30, 40]);
    const u = clamped.update(Float64Array.from([1, 1]), clamped.init(q), q).updates;
    expect(Math.hypot(...u)).toBeCloseTo(0.1 * 1, 12);
  });
  it('without decay and ε, bias correction is a per-step scalar that the trust ratio cancels (so v1–v3 and v5 agree)', () => {
    const a = run(lamb({ layout, lr: 0.01, eps: 0 }), 40);
    const b = run(lamb({ layout, lr: 0.01, eps: 0, biasCorrection: false }), 40);
    expect(maxError(a, b)).toBeLessThan(1e-13);
    const c = run(lamb({ layout, lr: 0.01, eps: 0, weightDecay: 0.1, biasCorrection: false }), 40);
    expect(maxError(run(lamb({ layout, lr: 0.01, eps: 0, weightDecay: 0.1 }), 40), c)).toBeGreaterThan(1e-6);
  });
  it('throws RangeError naming the bad option', () => {
    expect(() => lamb({ beta2: 1 })).toThrow('lamb: beta2 must be in [0, 1), got 1');
    expect(() => lamb({ maxNorm: -1 })).toThrow(/maxNorm/);
  });
});
