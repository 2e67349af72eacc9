import { describe, expect, it } from 'vitest';
import { soap } from './soap.ts';
import { adam } from './adam.ts';
import { loadFixture, maxError, replay } from '../internal/fixtures.ts';
import { mul, tr } from '../internal/matrixTesting.ts';
import { symmetricEigen } from '../internal/linalg.ts';
import { paramLayout, type ParamLayout } from '../matrices/paramLayout.ts';
import { optimizerMemory } from '../analysis/optimizerMemory.ts';
import { applyUpdates } from '../transforms/applyUpdates.ts';
import type { Vec } from '../types.ts';

/** Eigenvectors (columns, descending eigenvalues) by cyclic Jacobi. */
function basis(A: Vec, n: number): Vec {
  const { vectors } = symmetricEigen(A, n);
  const Q = new Float64Array(n * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) Q[i * n + j] = vectors[n - 1 - j][i];
  return Q;
}
/** Q of A = QR by modified Gram–Schmidt (R's diagonal positive: other signs than LAPACK's). */
function gramSchmidtQ(A: Vec, n: number): Vec {
  const Q = Float64Array.from(A);
  for (let j = 0; j < n; j++) {
    for (let k = 0; k < j; k++) {
      let d = 0;
      for (let i = 0; i < n; i++) d += Q[i * n + k] * Q[i * n + j];
      for (let i = 0; i < n; i++) Q[i * n + j] -= d * Q[i * n + k];
    }
    let s = 0;
    for (let i = 0; i < n; i++) s += Q[i * n + j] ** 2;
    for (let i = 0; i < n; i++) Q[i * n + j] /= Math.sqrt(s);
  }
  return Q;
}

/**
 * nikhilvyas/SOAP soap.py (@a1e55353) `step` for square matrix blocks and unpreconditioned vectors,
 * transcribed: on the first call only GG ← lerp(GG, G Gᵀ | GᵀG, 1 − β_s) and Q ← eigh; then
 *   G' = Q_Lᵀ G Q_R;  m ← β₁m + (1−β₁)G';  v ← β₂v + (1−β₂)G'²
 *   p ← p − lr·√(1−β₂ᵗ)/(1−β₁ᵗ) · Q_L (m/(√v + ε)) Q_Rᵀ;  p ← p − lr·λ·p
 *   m → original space; GG ← lerp(GG, ·, 1 − β_s); every f steps: sort Q by diag(QᵀGGQ) (and v), Q ← qr(GG Q).Q;
 *   m → new eigenbasis
 */
function referenceSoap(
  blocks: ParamLayout,
  o: { lr: number; b1: number; b2: number; bs: number; eps: number; wd: number; f: number },
  start: number[],
  grads: (p: number[], k: number) => number[],
  steps: number,
) {
  let p = [...start];
  const st = blocks.map((b) => {
    const d = b.shape[0];
    const size = b.shape.length === 2 ? d * d : d;
    return {
      d,
      mat: b.shape.length === 2,
      m: new Float64Array(size) as Vec,
      v: new Float64Array(size) as Vec,
      L: new Float64Array(d * d) as Vec,
      R: new Float64Array(d * d) as Vec,
      QL: null as Vec | null,
      QR: null as Vec | null,
    };
  });
  let step = 0;
  const out: number[][] = [];
  for (let k = 0; k < steps; k++) {
    const g = grads(p, k);
    const next = [...p];
    const first = k === 0;
    if (!first) step++;
    blocks.forEach((b, j) => {
      const s = st[j];
      const d = s.d;
      const G = Float64Array.from(g.slice(b.offset, b.offset + s.m.length));
      const proj = (X: Vec) => (s.mat ? mul(mul(tr(s.QL!, d, d), X, d, d, d), s.QR!, d, d, d) : X);
      const back = (X: Vec) => (s.mat ? mul(mul(s.QL!, X, d, d, d), tr(s.QR!, d, d), d, d, d) : X);
      const lerp = (A: Vec, B: Vec) => A.map((x, i) => x + (1 - o.bs) * (B[i] - x));
      if (!first) {
        const gp = proj(G);
        s.m = s.m.map((x, i) => x * o.b1 + gp[i] * (1 - o.b1));
        s.v = s.v.map((x, i) => x * o.b2 + gp[i] ** 2 * (1 - o.b2));
        const stepSize = (o.lr * Math.sqrt(1 - o.b2 ** step)) / (1 - o.b1 ** step);
        const ng = back(s.m.map((x, i) => x / (Math.sqrt(s.v[i]) + o.eps)));
        ng.forEach((x, i) => {
          const q = p[b.offset + i] - stepSize * x;
          next[b.offset + i] = q - o.lr * o.wd * q;
        });
      }
      if (!s.mat) return;
      if (!first) s.m = back(s.m);
      s.L = lerp(s.L, mul(G, tr(G, d, d), d, d, d));
      s.R = lerp(s.R, mul(tr(G, d, d), G, d, d, d));
      if (first) {
        s.QL = basis(s.L, d);
        s.QR = basis(s.R, d);
        return;
      }
      if (step % o.f === 0) {
        for (const side of [0, 1] as const) {
          const P = side === 0 ? s.L : s.R;
          const Q = side === 0 ? s.QL! : s.QR!;
          const est = Array.from(
            { length: d },
            (_, c) => mul(tr(Q, d, d), mul(P, Q, d, d, d), d, d, d)[c * d + c],
          );
          const order = est.map((_, i) => i).sort((a, c) => est[c] - est[a]);
          const sorted = Q.map((_, idx) => Q[Math.floor(idx / d) * d + order[idx % d]]);
          s.v = s.v.map((_, idx) => {
            const r = Math.floor(idx / d);
            const c = idx % d;
            return side === 0 ? s.v[order[r] * d + c] : s.v[r * d + order[c]];
          });
          const Qn = gramSchmidtQ(mul(P, sorted, d, d, d), d);
          if (side === 0) s.QL = Qn;
          else s.QR = Qn;
        }
      }
      s.m = proj(s.m);
    });
    p = next;
    out.push(p);
  }
  return out;
}

const layout = paramLayout([[4, 4], [5], [3, 3]]);
const start = Array.from({ length: 30 }, (_, i) => Math.sin(0.9 * i + 0.3));
const grads = (p: number[], k: number) =>
  p.map((x, i) => (1 + (i % 3)) * (x - 0.05 * i) + 0.3 * Math.cos(k + 2 * p[(i + 7) % 30]));

function run(tx: ReturnType<typeof soap>, steps: number, g = grads, x0 = start) {
  let p: Vec = Float64Array.from(x0);
  let s = tx.init(p);
  const out: number[][] = [];
  for (let k = 0; k < steps; k++) {
    const r = tx.update(Float64Array.from(g(Array.from(p), k)), s, p);
    s = r.state;
    p = applyUpdates(p, r.updates);
    out.push(Array.from(p));
  }
  return out;
}

describe('soap({ lr, beta1, beta2, shampooBeta, eps, weightDecay, preconditionFrequency, … })', () => {
  it("matches the authors' soap.py in float64 (fixtures soap, soap-options) to 1e-12", () => {
    const fx = loadFixture('soap');
    expect(
      maxError(replay(fx, soap({ layout: fx.layout, lr: 0.01, preconditionFrequency: 3 })).params, fx.params),
    ).toBeLessThan(1e-12);
    const fo = loadFixture('soap-options');
    const tx = soap({
      layout: fo.layout,
      lr: 0.02,
      beta1: 0.9,
      beta2: 0.99,
      shampooBeta: 0.8,
      weightDecay: 0.1,
      preconditionFrequency: 4,
      normalizeGrads: true,
    });
    expect(maxError(replay(fo, tx).params, fo.params)).toBeLessThan(1e-12);
  });
  it('matches a transcription of soap.py with Jacobi eigenbases and Gram–Schmidt QR (other column signs) over 40 steps', () => {
    const o = { lr: 0.01, b1: 0.95, b2: 0.95, bs: 0.95, eps: 1e-8, wd: 0.01, f: 5 };
    const ref = referenceSoap(layout, o, start, grads, 40);
    expect(maxError(run(soap({ layout, lr: 0.01, preconditionFrequency: 5 }), 40), ref)).toBeLessThan(1e-12);
  });
  it('leaves θ unchanged on the first update, then is Adam (ε̂ form) on diagonal gradients, one step late', () => {
    const l = paramLayout([[3, 3]]);
    const diag = (p: number[], k: number) =>
      p.map((x, i) => (i % 4 === 0 ? (1 + i) * (x - 1) + 0.1 * Math.sin(k) : 0));
    const x0 = [2, 0, 0, 0, -1, 0, 0, 0, 3];
    const s = run(soap({ layout: l, lr: 0.05, weightDecay: 0, preconditionFrequency: 2 }), 25, diag, x0);
    expect(s[0]).toEqual(x0);
    // Adam on the same gradients from the second one on
    const a = adam({ lr: 0.05, beta1: 0.95, beta2: 0.95, epsHat: true });
    let p: Vec = Float64Array.from(x0);
    let st = a.init(p);
    const adamRun: number[][] = [x0];
    const g0 = diag(x0, 0); // consumed by SOAP's first call
    expect(g0.some((x) => x !== 0)).toBe(true);
    for (let k = 1; k < 25; k++) {
      const r = a.update(Float64Array.from(diag(Array.from(p), k)), st, p);
      st = r.state;
      p = applyUpdates(p, r.updates);
      adamRun.push(Array.from(p));
    }
    expect(maxError(s, adamRun)).toBeLessThan(1e-13);
  });
  it('keeps M, V (2mn) and L, R, Q_L, Q_R (2(m² + n²)) per matrix; 2n per vector', () => {
    const mem = optimizerMemory((x) => soap({ layout: x }), paramLayout([[4, 3], [6]]));
    expect(mem.blocks.map((b) => b.floats)).toEqual([2 * 12 + 2 * (16 + 9), 12]);
    const big = optimizerMemory((x) => soap({ layout: x, maxPrecondDim: 3 }), paramLayout([[4, 3]]));
    expect(big.floats).toBe(2 * 12 + 2 * 9); // the 4-side exceeds maxPrecondDim: no L, Q_L
  });
  it('throws RangeError naming the bad option', () => {
    expect(() => soap({ beta1: 1 })).toThrow(/scaleBySoap: beta1/);
    expect(() => soap({ preconditionFrequency: 0 })).toThrow(/preconditionFrequency/);
    expect(() => soap({ weightDecay: -1 })).toThrow(/soap: weightDecay/);
  });
});
