import { describe, expect, it } from 'vitest';
import { shampoo } from './shampoo.ts';
import { maxError } from '../internal/fixtures.ts';
import { jacobiPower, mul, tr, randomMatrix } from '../internal/matrixTesting.ts';
import { paramLayout, type ParamLayout } from '../matrices/paramLayout.ts';
import { optimizerMemory } from '../analysis/optimizerMemory.ts';
import { applyUpdates } from '../transforms/applyUpdates.ts';
import type { Vec } from '../types.ts';

const layout = paramLayout([[4, 3], [3], [2, 5]]);
const n = 25;
const start = Array.from({ length: n }, (_, i) => Math.cos(1 + 1.3 * i));
const grad = (th: readonly number[], k: number) =>
  th.map((x, i) => (1 + (i % 4)) * (x - 0.1 * i) + 0.2 * Math.sin(k + th[(i + 3) % n]));

/**
 * Gupta, Koren & Singer (2018), Algorithm 1 (matrices) and Algorithm 2 with k = 1 (vectors):
 *   L₀ = εIₘ, R₀ = εIₙ;  L_t = L_{t−1} + G Gᵀ;  R_t = R_{t−1} + GᵀG;  W ← W − η L_t^{−1/4} G R_t^{−1/4}
 *   H₀ = εI;  H_t = H_{t−1} + g gᵀ;  w ← w − η H_t^{−1/2} g
 * with the inverse roots from cyclic Jacobi (the package uses Householder + QL).
 */
function paperShampoo(blocks: ParamLayout, lr: number, eps: number, steps: number) {
  let w = [...start];
  const stats = blocks.map((b) => {
    const eye = (d: number) => Float64Array.from({ length: d * d }, (_, i) => (i % (d + 1) === 0 ? eps : 0));
    return b.shape.length === 2 ? [eye(b.shape[0]), eye(b.shape[1])] : [eye(b.shape[0])];
  });
  const out: number[][] = [];
  for (let k = 0; k < steps; k++) {
    const g = grad(w, k);
    const next = [...w];
    blocks.forEach((b, j) => {
      if (b.shape.length === 2) {
        const [m, q] = b.shape;
        const G = Float64Array.from(g.slice(b.offset, b.offset + m * q));
        stats[j][0] = stats[j][0].map((x, i) => x + mul(G, tr(G, m, q), m, q, m)[i]);
        stats[j][1] = stats[j][1].map((x, i) => x + mul(tr(G, m, q), G, q, m, q)[i]);
        const U = mul(
          mul(jacobiPower(stats[j][0], m, -0.25), G, m, m, q),
          jacobiPower(stats[j][1], q, -0.25),
          m,
          q,
          q,
        );
        U.forEach((u, i) => (next[b.offset + i] -= lr * u));
      } else {
        const d = b.shape[0];
        const gv = Float64Array.from(g.slice(b.offset, b.offset + d));
        stats[j][0] = stats[j][0].map((x, i) => x + gv[Math.floor(i / d)] * gv[i % d]);
        const u = mul(jacobiPower(stats[j][0], d, -0.5), gv, d, d, 1);
        u.forEach((x, i) => (next[b.offset + i] -= lr * x));
      }
    });
    w = next;
    out.push(w);
  }
  return out;
}

function run(tx: ReturnType<typeof shampoo>, steps: number) {
  let p: Vec = Float64Array.from(start);
  let s = tx.init(p);
  const out: number[][] = [];
  for (let k = 0; k < steps; k++) {
    const r = tx.update(Float64Array.from(grad(Array.from(p), k)), s, p);
    s = r.state;
    p = applyUpdates(p, r.updates);
    out.push(Array.from(p));
  }
  return out;
}

describe('shampoo({ lr, layout, eps, updateFreq })', () => {
  it('matches Algorithm 1 of the paper (inverse roots by Jacobi) over 30 steps to 1e-12', () => {
    expect(
      maxError(run(shampoo({ lr: 0.05, layout }), 30), paperShampoo(layout, 0.05, 1e-4, 30)),
    ).toBeLessThan(1e-12);
    expect(
      maxError(run(shampoo({ lr: 0.02, layout, eps: 0.5 }), 30), paperShampoo(layout, 0.02, 0.5, 30)),
    ).toBeLessThan(1e-12);
  });
  it('on a rank-one gradient σuvᵀ the first step is σ/√(σ² + ε) · uvᵀ (a unit-spectral-norm step)', () => {
    const u = randomMatrix(1, 4, 1).map((x, _i, a) => x / Math.hypot(...a));
    const v = randomMatrix(2, 1, 3).map((x, _i, a) => x / Math.hypot(...a));
    const sigma = 7;
    const G = mul(u, v, 4, 1, 3).map((x) => sigma * x);
    const tx = shampoo({ lr: 1, layout: paramLayout([[4, 3]]), eps: 1e-3 });
    const p = new Float64Array(12);
    const step = tx.update(G, tx.init(p), p).updates;
    const expected = mul(u, v, 4, 1, 3).map((x) => (-sigma / Math.sqrt(sigma * sigma + 1e-3)) * x);
    expect(maxError([Array.from(step)], [Array.from(expected)])).toBeLessThan(1e-13);
  });
  it('updateFreq = k recomputes the roots only every k updates (cached in the state)', () => {
    const tx = shampoo({ lr: 0.1, layout, updateFreq: 3 });
    let p: Vec = Float64Array.from(start);
    let s = tx.init(p);
    const roots: Vec[] = [];
    for (let k = 0; k < 6; k++) {
      const r = tx.update(Float64Array.from(grad(Array.from(p), k)), s, p);
      s = r.state;
      p = applyUpdates(p, r.updates);
      const b = s.shampoo.blocks[0];
      if (b.kind === 'matrix') roots.push(b.Lroot);
    }
    expect(roots[1]).toBe(roots[0]);
    expect(roots[2]).toBe(roots[0]);
    expect(roots[3]).not.toBe(roots[0]);
    expect(roots[4]).toBe(roots[3]);
  });
  it('keeps L, R and their roots: 2(m² + n²) floats per m×n block, 2n² per vector', () => {
    const mem = optimizerMemory((l) => shampoo({ lr: 1, layout: l }), paramLayout([[4, 3], [5]]));
    expect(mem.blocks.map((b) => b.floats)).toEqual([2 * (16 + 9), 2 * 25]);
  });
  it('throws RangeError for a missing lr, ε ≤ 0 or a bad updateFreq', () => {
    expect(() => shampoo(undefined as never)).toThrow(/shampoo: options \{ lr \} required/);
    expect(() => shampoo({ lr: 0.1, eps: 0 })).toThrow(/shampoo: eps must be a finite number > 0/);
    expect(() => shampoo({ lr: 0.1, updateFreq: 0 })).toThrow(/updateFreq/);
  });
});
