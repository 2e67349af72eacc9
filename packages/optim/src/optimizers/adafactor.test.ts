import { describe, expect, it } from 'vitest';
import { adafactor } from './adafactor.ts';
import { loadFixture, maxError, replay } from '../internal/fixtures.ts';
import { paramLayout, type ParamLayout } from '../matrices/paramLayout.ts';
import { optimizerMemory } from '../analysis/optimizerMemory.ts';
import { applyUpdates } from '../transforms/applyUpdates.ts';
import type { Vec } from '../types.ts';

const layout = paramLayout([[3, 4], [5], [2, 3]]);
const n = 23;
const start = Array.from({ length: n }, (_, i) => Math.sin(1 + 2 * i) * (1 + (i % 4)));
const grad = (th: readonly number[]) =>
  th.map((x, i) => (1 + (i % 3)) * (x - Math.cos(i)) + 0.1 * Math.sin(th[(i + 1) % th.length]));

function run(tx: ReturnType<typeof adafactor>, steps: number, scaleGrad = 1) {
  let p: Vec = Float64Array.from(start);
  let s = tx.init(p);
  const out: number[][] = [];
  for (let k = 0; k < steps; k++) {
    const r = tx.update(
      Float64Array.from(grad(Array.from(p)), (g) => g * scaleGrad),
      s,
      p,
    );
    s = r.state;
    p = applyUpdates(p, r.updates);
    out.push(Array.from(p));
  }
  return out;
}

/**
 * Shazeer & Stern (2018), Algorithm 4 (matrices, factored) and 5 (vectors) with update clipping
 * (Section 6), the relative step (Section 8) and β̂₂ₜ = 1 − t^c (Section 7), transcribed with the
 * paper's *sums* R = (G² + ε₁1ₙ1ₘᵀ)1ₘ, C = 1ₙᵀ(G² + ε₁1ₙ1ₘᵀ) and V̂ = RC/(1ₙᵀR):
 *   α_t = max(ε₂, RMS(X_{t−1})) ρ_t,  ρ_t = min(10⁻², 1/√t)
 *   U_t = G_t/√V̂_t;  Û_t = U_t / max(1, RMS(U_t)/d);  X_t = X_{t−1} − α_t Û_t
 */
function paperAdafactor(blocks: ParamLayout, steps: number, eps1 = 1e-30, eps2 = 1e-3, d = 1, c = -0.8) {
  let x = [...start];
  const R = blocks.map((b) => new Array(b.shape[0]).fill(0));
  const C = blocks.map((b) => (b.shape.length === 2 ? new Array(b.shape[1]).fill(0) : []));
  const V = blocks.map((b) => new Array(b.shape[0]).fill(0));
  const out: number[][] = [];
  for (let t = 1; t <= steps; t++) {
    const g = grad(x);
    const next = [...x];
    blocks.forEach((b, k) => {
      const o = b.offset;
      const size = b.shape.length === 2 ? b.shape[0] * b.shape[1] : b.shape[0];
      const X = x.slice(o, o + size);
      const G = g.slice(o, o + size);
      const rms = (v: number[]) => Math.sqrt(v.reduce((s, y) => s + y * y, 0) / v.length);
      const alpha = Math.max(eps2, rms(X)) * Math.min(1e-2, 1 / Math.sqrt(t));
      const beta = 1 - t ** c;
      let U: number[];
      if (b.shape.length === 2) {
        const [rows, cols] = b.shape;
        for (let i = 0; i < rows; i++) {
          let rowSum = 0;
          for (let j = 0; j < cols; j++) rowSum += G[i * cols + j] ** 2 + eps1;
          R[k][i] = beta * R[k][i] + (1 - beta) * rowSum;
        }
        for (let j = 0; j < cols; j++) {
          let colSum = 0;
          for (let i = 0; i < rows; i++) colSum += G[i * cols + j] ** 2 + eps1;
          C[k][j] = beta * C[k][j] + (1 - beta) * colSum;
        }
        const total = R[k].reduce((s: number, r: number) => s + r, 0);
        U = G.map((gij, q) => gij / Math.sqrt((R[k][Math.floor(q / cols)] * C[k][q % cols]) / total));
      } else {
        V[k] = V[k].map((v: number, i: number) => beta * v + (1 - beta) * (G[i] ** 2 + eps1));
        U = G.map((gi, i) => gi / Math.sqrt(V[k][i]));
      }
      const clip = Math.max(1, rms(U) / d);
      U.forEach((u, i) => (next[o + i] = X[i] - (alpha * u) / clip));
    });
    x = next;
    out.push(x);
  }
  return out;
}

const rel = (a: number[][], e: number[][]) => maxError(a, e);

describe('adafactor({ layout, … })', () => {
  for (const [name, make] of [
    ['adafactor', (l: ParamLayout) => adafactor({ layout: l })],
    [
      'adafactor-beta1-decay',
      (l: ParamLayout) => adafactor({ layout: l, beta1: 0.9, weightDecay: 0.1, clipThreshold: 0.5 }),
    ],
    ['adafactor-lr', (l: ParamLayout) => adafactor({ layout: l, lr: 0.01, scaleParameter: false })],
    [
      'adafactor-warmup-init',
      (l: ParamLayout) => adafactor({ layout: l, warmupInit: true, decayRate: -0.5 }),
    ],
  ] as const) {
    it(`matches transformers' PyTorch Adafactor (fixture ${name}) to 1e-12`, () => {
      const fx = loadFixture(name);
      expect(maxError(replay(fx, make(fx.layout)).params, fx.params)).toBeLessThan(1e-12);
    });
  }
  it('matches Algorithms 4 and 5 of the paper (row/column sums, V̂ = RC/1ᵀR) over 40 steps', () => {
    expect(rel(run(adafactor({ layout }), 40), paperAdafactor(layout, 40))).toBeLessThan(1e-12);
    expect(
      rel(
        run(adafactor({ layout, clipThreshold: 0.3, decayRate: -0.5 }), 40),
        paperAdafactor(layout, 40, 1e-30, 1e-3, 0.3, -0.5),
      ),
    ).toBeLessThan(1e-12);
  });
  it('stores n + m numbers per n×m matrix and n per vector (no first moment by default)', () => {
    const mem = optimizerMemory((l) => adafactor({ layout: l }), paramLayout([[30, 50], [50], [7, 3]]));
    expect(mem.blocks.map((b) => b.floats)).toEqual([30 + 50, 50, 7 + 3]);
    const withMomentum = optimizerMemory(
      (l) => adafactor({ layout: l, beta1: 0.9 }),
      paramLayout([[30, 50]]),
    );
    expect(withMomentum.floats).toBe(30 * 50 + 30 + 50);
    // tensor2tensor/optax factor only matrices whose smaller side is ≥ 128
    const t2t = optimizerMemory(
      (l) => adafactor({ layout: l, minDimSizeToFactor: 128 }),
      paramLayout([
        [30, 50],
        [200, 128],
      ]),
    );
    expect(t2t.blocks.map((b) => b.floats)).toEqual([1500, 328]);
  });
  it('is invariant to the scale of the gradients (U = G/√V̂), up to ε₁', () => {
    expect(rel(run(adafactor({ layout }), 30, 1000), run(adafactor({ layout }), 30))).toBeLessThan(1e-12);
  });
  it('clips: every block’s Û has RMS ≤ d; steps are α = ρ_t·max(ε₂, RMS(θ)) times Û', () => {
    const tx = adafactor({ layout, clipThreshold: 0.2 });
    let p: Vec = Float64Array.from(start);
    let s = tx.init(p);
    for (let t = 1; t <= 10; t++) {
      const r = tx.update(Float64Array.from(grad(Array.from(p))), s, p);
      layout.forEach((b, k) => {
        const size = b.shape.length === 2 ? b.shape[0] * b.shape[1] : b.shape[0];
        const th = p.subarray(b.offset, b.offset + size);
        const alpha = Math.max(1e-3, Math.hypot(...th) / Math.sqrt(size)) * Math.min(1e-2, 1 / Math.sqrt(t));
        expect(r.state.step.stepSizes[k]).toBeCloseTo(alpha, 15);
        const u = r.updates.subarray(b.offset, b.offset + size);
        expect(Math.hypot(...u) / Math.sqrt(size) / alpha).toBeLessThanOrEqual(0.2 + 1e-12);
      });
      p = applyUpdates(p, r.updates);
      s = r.state;
    }
  });
  it('rejects an lr together with the relative step, and other bad options', () => {
    expect(() => adafactor({ lr: 0.1, relativeStep: true })).toThrow(
      /adafactor: an explicit lr needs relativeStep: false/,
    );
    expect(() => adafactor({ relativeStep: false })).toThrow(/needs an lr/);
    expect(() => adafactor({ lr: 0.1, warmupInit: true })).toThrow(/warmupInit needs relativeStep/);
    expect(() => adafactor({ beta1: 1 })).toThrow(/adafactor: beta1/);
    expect(() => adafactor({ clipThreshold: 0 })).toThrow(/clipThreshold/);
    const tx = adafactor({ layout });
    expect(() => tx.init(new Float64Array(5))).toThrow(/layout covers 23 parameters/);
  });
});
