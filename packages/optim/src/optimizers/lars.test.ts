import { describe, expect, it } from 'vitest';
import { lars } from './lars.ts';
import { maxError } from '../internal/fixtures.ts';
import { paramLayout, type ParamLayout } from '../matrices/paramLayout.ts';
import { applyUpdates } from '../transforms/applyUpdates.ts';
import type { Vec } from '../types.ts';

const layout = paramLayout([[3, 3], [3], [2, 3], [2]]);
const start = Array.from({ length: 20 }, (_, i) => Math.sin(2 + 3 * i) * (1 + (i % 3)));
const grad = (th: readonly number[]) =>
  th.map((x, i) => (0.5 + (i % 5)) * (x + 0.2 * i) + 0.1 * Math.cos(th[(i + 1) % 20]));

function run(tx: ReturnType<typeof lars>, steps: number) {
  let p: Vec = Float64Array.from(start);
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
 * You, Gitman & Ginsburg (2017), Algorithm 1 with eq. 6, per layer l:
 *   g ← ∇L(w);  γ_t (global rate);  λ = η‖w‖/(‖g‖ + β‖w‖)
 *   v ← m v + γ_t λ (g + βw);  w ← w − v
 */
function paperLars(
  blocks: ParamLayout,
  lr: (t: number) => number,
  m: number,
  beta: number,
  eta: number,
  steps: number,
) {
  let w = [...start];
  let v = w.map(() => 0);
  const out: number[][] = [];
  for (let t = 0; t < steps; t++) {
    const g = grad(w);
    const nextV = [...v];
    for (const b of blocks) {
      const size = b.shape.length === 2 ? b.shape[0] * b.shape[1] : b.shape[0];
      const idx = Array.from({ length: size }, (_, q) => b.offset + q);
      const wn = Math.hypot(...idx.map((i) => w[i]));
      const gn = Math.hypot(...idx.map((i) => g[i]));
      const local = (eta * wn) / (gn + beta * wn);
      for (const i of idx) nextV[i] = m * v[i] + lr(t) * local * (g[i] + beta * w[i]);
    }
    v = nextV;
    w = w.map((x, i) => x - v[i]);
    out.push(w);
  }
  return out;
}

describe('lars({ lr, momentum, weightDecay, trustCoefficient, layout })', () => {
  it('matches Algorithm 1 of the paper (rate inside the momentum) over 50 steps with the polynomial decay', () => {
    const T = 50;
    const poly = (t: number) => 2 * (1 - t / T) ** 2; // γ_t = γ₀(1 − t/T)², the paper's schedule
    const tx = lars({ lr: poly, layout, weightDecay: 5e-4, trustCoefficient: 0.01 });
    expect(maxError(run(tx, T), paperLars(layout, poly, 0.9, 5e-4, 0.01, T))).toBeLessThan(1e-12);
    expect(
      maxError(
        run(lars({ lr: 1, momentum: 0.5 }), 30),
        paperLars([{ offset: 0, shape: [20] }], () => 1, 0.5, 0, 0.001, 30),
      ),
    ).toBeLessThan(1e-12);
  });
  it('first step moves each layer by γη‖w‖·‖g + βw‖/(‖g‖ + β‖w‖), independent of the gradient scale', () => {
    const tx = lars({ lr: 0.5, layout, weightDecay: 0.1, trustCoefficient: 0.02 });
    const p = Float64Array.from(start);
    const g = Float64Array.from(grad(start), (x, i) => (i < 9 ? 1e5 * x : x));
    const r = tx.update(g, tx.init(p), p);
    for (const b of layout) {
      const size = b.shape.length === 2 ? b.shape[0] * b.shape[1] : b.shape[0];
      const sl = (v: Vec) => Array.from(v.subarray(b.offset, b.offset + size));
      const wn = Math.hypot(...sl(p));
      const gn = Math.hypot(...sl(g));
      const dn = Math.hypot(...sl(g).map((x, q) => x + 0.1 * sl(p)[q]));
      expect(Math.hypot(...sl(r.updates))).toBeCloseTo((0.5 * 0.02 * wn * dn) / (gn + 0.1 * wn), 12);
    }
  });
  it('uses local rate 1 when a layer’s weights or gradient are zero (TensorFlow’s convention)', () => {
    const tx = lars({ lr: 0.1, layout: paramLayout([[2], [2]]) });
    const p = Float64Array.from([0, 0, 1, 1]);
    const r = tx.update(Float64Array.from([2, 0, 0, 0]), tx.init(p), p);
    expect(r.state.lars.localRates).toEqual([1, 1]);
    expect(Array.from(r.updates)).toEqual([-0.2, -0, -0, -0]);
  });
  it('throws RangeError for a missing lr or bad options', () => {
    expect(() => lars(undefined as never)).toThrow(/lars: options \{ lr \} required/);
    expect(() => lars({ lr: 0.1, momentum: 1 })).toThrow(/lars: momentum/);
    expect(() => lars({ lr: 0.1, momentum: 0, nesterov: true })).toThrow(/nesterov requires momentum/);
  });
});
