import { describe, expect, it } from 'vitest';
import { muon } from './muon.ts';
import { muonWithAdamw } from './muonWithAdamw.ts';
import { loadFixture, maxError, replay } from '../internal/fixtures.ts';
import { paramLayout, type ParamLayout } from '../matrices/paramLayout.ts';
import { applyUpdates } from '../transforms/applyUpdates.ts';
import { svd } from '../matrices/svd.ts';
import { newtonSchulzPolynomial } from '../matrices/newtonSchulzPolynomial.ts';
import { mul, tr } from '../internal/matrixTesting.ts';
import type { Vec } from '../types.ts';

/** muon.py's zeropower_via_newtonschulz5 in float64, written with the test-side triple loops. */
function zeropower(G: number[], rows: number, cols: number, steps = 5): number[] {
  const [a, b, c] = [3.4445, -4.775, 2.0315];
  const tall = rows > cols;
  let X: Vec = tall ? tr(Float64Array.from(G), rows, cols) : Float64Array.from(G);
  const [m, n] = tall ? [cols, rows] : [rows, cols];
  const norm = Math.hypot(...X) + 1e-7;
  X = X.map((x) => x / norm);
  for (let s = 0; s < steps; s++) {
    const A = mul(X, tr(X, m, n), m, n, m);
    const AA = mul(A, A, m, m, m);
    const B = A.map((x, i) => b * x + c * AA[i]);
    const BX = mul(B, X, m, m, n);
    X = X.map((x, i) => a * x + BX[i]);
  }
  return Array.from(tall ? tr(X, m, n) : X);
}

/**
 * muon.py (KellerJordan/Muon @857d1adc), `muon_update` + `SingleDeviceMuon.step`, transcribed:
 *   momentum.lerp_(grad, 1 − β);  update = grad.lerp_(momentum, β)   (Nesterov)
 *   update = zeropower_via_newtonschulz5(update, 5);  update *= max(1, rows/cols)^0.5
 *   p.mul_(1 − lr·wd);  p.add_(update, alpha = −lr)
 * and Moonlight's toy_train.py variant: buf.mul_(μ).add_(g); g = g + μ·buf; u = NS(g);
 *   p.mul_(1 − lr·wd); p.add_(u, alpha = −lr·0.2·√max(A, B)).
 */
function referenceMuon(
  blocks: ParamLayout,
  o: { lr: number; wd: number; beta: number; moonlight?: boolean },
  start: number[],
  grads: (p: number[], k: number) => number[],
  steps: number,
) {
  let p = [...start];
  const buf = p.map(() => 0);
  const out: number[][] = [];
  for (let k = 0; k < steps; k++) {
    const g = grads(p, k);
    const next = [...p];
    for (const bl of blocks) {
      const [rows, cols] = bl.shape as [number, number];
      const idx = Array.from({ length: rows * cols }, (_, q) => bl.offset + q);
      const upd = idx.map((i) => {
        if (o.moonlight) {
          buf[i] = buf[i] * o.beta + g[i];
          return g[i] + o.beta * buf[i];
        }
        buf[i] = buf[i] + (1 - o.beta) * (g[i] - buf[i]);
        return g[i] + o.beta * (buf[i] - g[i]);
      });
      const O = zeropower(upd, rows, cols);
      const scale = o.moonlight ? 0.2 * Math.sqrt(Math.max(rows, cols)) : Math.max(1, rows / cols) ** 0.5;
      idx.forEach((i, q) => (next[i] = p[i] * (1 - o.lr * o.wd) - o.lr * scale * O[q]));
    }
    p = next;
    out.push(p);
  }
  return out;
}

const layout = paramLayout([
  [5, 3],
  [3, 5],
  [4, 4],
]);
const start = Array.from({ length: 46 }, (_, i) => Math.sin(0.7 * i + 1));
const grads = (p: number[], k: number) =>
  p.map((x, i) => x - Math.cos(i + k) + 0.3 * Math.sin(p[(i + 5) % p.length]));

function run(tx: ReturnType<typeof muon>, steps: number) {
  let p: Vec = Float64Array.from(start);
  let s = tx.init(p);
  const out: number[][] = [];
  for (let k = 0; k < steps; k++) {
    const r = tx.update(Float64Array.from(grads(Array.from(p), k)), s, p);
    s = r.state;
    p = applyUpdates(p, r.updates);
    out.push(Array.from(p));
  }
  return out;
}

describe('muon({ layout, lr, momentum, nesterov, weightDecay, nsSteps, shapeScale, momentumForm })', () => {
  for (const [name, opts] of [
    ['muon', { lr: 0.02, weightDecay: 0.1 }],
    ['muon-momentum', { lr: 0.05, momentum: 0.8 }],
  ] as const) {
    it(`matches KellerJordan/Muon muon.py SingleDeviceMuon in float64 (fixture ${name}) to 1e-12`, () => {
      const fx = loadFixture(name);
      expect(maxError(replay(fx, muon({ layout: fx.layout, ...opts })).params, fx.params)).toBeLessThan(
        1e-12,
      );
    });
  }
  it('matches a transcription of muon_update over 30 steps (tall, wide and square blocks)', () => {
    const ref = referenceMuon(layout, { lr: 0.03, wd: 0.05, beta: 0.95 }, start, grads, 30);
    expect(maxError(run(muon({ layout, lr: 0.03, weightDecay: 0.05 }), 30), ref)).toBeLessThan(1e-12);
  });
  it("shapeScale 'moonlight' + momentumForm 'sum' matches Moonlight's toy_train.py Muon", () => {
    const ref = referenceMuon(layout, { lr: 0.01, wd: 0.1, beta: 0.95, moonlight: true }, start, grads, 30);
    const tx = muon({ layout, lr: 0.01, weightDecay: 0.1, shapeScale: 'moonlight', momentumForm: 'sum' });
    expect(maxError(run(tx, 30), ref)).toBeLessThan(1e-12);
    // the 'sum' buffer is the 'ema' buffer ÷ (1 − μ): after Newton–Schulz's normalisation only ε = 1e-7 differs
    const ema = muon({ layout, lr: 0.01, weightDecay: 0.1, shapeScale: 'moonlight' });
    expect(maxError(run(ema, 30), ref)).toBeLessThan(1e-6);
  });
  it('each block’s update has singular values lr·s·p⁵(σᵢ/‖M‖_F) of the momentum output M (first step: M ∝ G)', () => {
    const tx = muon({ layout, lr: 0.1 });
    const p = Float64Array.from(start);
    const g = Float64Array.from(grads(start, 0));
    const r = tx.update(g, tx.init(p), p);
    for (const b of layout) {
      const [rows, cols] = b.shape as [number, number];
      const scale = Math.max(1, rows / cols) ** 0.5;
      const G = g.slice(b.offset, b.offset + rows * cols);
      const before = svd(G, rows, cols).values;
      const c = 1 - 0.95 ** 2; // M = (1 − μ)G + μ·(1 − μ)G on the first step
      const norm = c * Math.hypot(...G) + 1e-7;
      const after = svd(r.updates.slice(b.offset, b.offset + rows * cols), rows, cols).values;
      const predicted = Array.from(before, (x) => 0.1 * scale * newtonSchulzPolynomial((c * x) / norm)).sort(
        (x, y) => y - x,
      );
      after.forEach((x, i) => expect(Math.abs(x - predicted[i])).toBeLessThan(1e-12));
      // the largest normalised σ of a random matrix sit inside the band: the top singular values end in [0.68, 1.21]
      expect(after[0] / (0.1 * scale)).toBeGreaterThan(0.68);
      expect(after[0] / (0.1 * scale)).toBeLessThan(1.21);
    }
  });
  it('refuses vector blocks (Muon is for 2-D weights) and needs a layout', () => {
    expect(() => muon({ layout: paramLayout([[3, 3], [3]]) })).toThrow(/layout\[1\] is not a matrix/);
    expect(() => muon(undefined as never)).toThrow(/options \{ layout \} required/);
    expect(() => muon({ layout, shapeScale: 'x' as never })).toThrow(/shapeScale/);
  });
});

describe('muonWithAdamw({ layout, useMuon, muon, adamw })', () => {
  it("matches muon.py's SingleDeviceMuonWithAuxAdam with two param groups (fixture) to 1e-12", () => {
    const fx = loadFixture('muon-with-aux-adam');
    const tx = muonWithAdamw({
      layout: fx.layout,
      useMuon: (_b, i) => i === 0 || i === 2,
      muon: { lr: 0.03, weightDecay: 0.05 },
      adamw: { lr: 0.01, weightDecay: 0.02 },
    });
    expect(maxError(replay(fx, tx).params, fx.params)).toBeLessThan(1e-12);
  });
  it('sends matrices to Muon and vectors to AdamW by default; the state is { muon, adamw }', () => {
    const l = paramLayout([[3, 2], [3], [1, 3], [1]]);
    const tx = muonWithAdamw({ layout: l });
    const s = tx.init(new Float64Array(13));
    expect((s.muon as { momentum: { buffer: Vec } }).momentum.buffer).toHaveLength(9);
    expect((s.adamw as { adam: { m: Vec } }).adam.m).toHaveLength(4);
    expect(() => muonWithAdamw({ layout: l, useMuon: () => true })).toThrow(/block 1, which is not a matrix/);
  });
});
