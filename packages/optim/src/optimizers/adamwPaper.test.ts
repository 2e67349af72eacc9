import { describe, expect, it } from 'vitest';
import { adamwPaper } from './adamwPaper.ts';
import { adamw } from './adamw.ts';
import type { Transform } from '../types.ts';
import { expectClose, runTransform, testGrad, theta0 } from '../internal/testing.ts';

const cosine = (t: number) => 0.5 * (1 + Math.cos((Math.PI * Math.min(t, 60)) / 60));

/** Loshchilov & Hutter's Algorithm 2 (AdamW, no AMSGrad) as a scalar loop, no package code. */
function algorithm2(
  alpha: number,
  lambda: number,
  s: (t: number) => number,
  steps: number,
  b1 = 0.9,
  b2 = 0.999,
  eps = 1e-8,
): number[][] {
  const th = [...theta0];
  const m = th.map(() => 0);
  const v = th.map(() => 0);
  const out: number[][] = [];
  for (let t = 1; t <= steps; t++) {
    const g = testGrad(th);
    for (let i = 0; i < th.length; i++) {
      m[i] = b1 * m[i] + (1 - b1) * g[i];
      v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
      const mHat = m[i] / (1 - b1 ** t);
      const vHat = v[i] / (1 - b2 ** t);
      th[i] = th[i] - s(t - 1) * ((alpha * mHat) / (Math.sqrt(vHat) + eps) + lambda * th[i]);
    }
    out.push([...th]);
  }
  return out;
}

describe('adamwPaper({ lr, weightDecay, scheduleMultiplier, beta1, beta2, eps })', () => {
  it('follows Algorithm 2: θ ← θ − s_t(η m̂/(√v̂ + ε) + λθ)', () => {
    expectClose(
      runTransform(adamwPaper({ lr: 0.05, weightDecay: 0.002 }), 60),
      algorithm2(0.05, 0.002, () => 1, 60),
      1e-10,
    );
    expectClose(
      runTransform(adamwPaper({ lr: 0.05, weightDecay: 0.002, scheduleMultiplier: cosine }), 60),
      algorithm2(0.05, 0.002, cosine, 60),
      1e-10,
    );
    expectClose(
      runTransform(adamwPaper({ lr: 0.02, weightDecay: 0.01, beta1: 0.5, beta2: 0.9, eps: 1e-3 }), 60),
      algorithm2(0.02, 0.01, () => 1, 60, 0.5, 0.9, 1e-3),
      1e-10,
    );
  });
  it('equals adamw (torch.optim.AdamW’s form) with lr γ_t = η·s_t and weightDecay = λ/η', () => {
    expectClose(
      runTransform(adamwPaper({ lr: 0.05, weightDecay: 0.002, scheduleMultiplier: cosine }), 60),
      runTransform(adamw({ lr: (t) => 0.05 * cosine(t), weightDecay: 0.002 / 0.05 }), 60),
      1e-10,
    );
  });
  it('keeps the decay when η changes; PyTorch’s AdamW with the same λ does not', () => {
    // Zero gradient isolates the decay: θ_T = θ_0 (1 − λ)^T in the paper's form for any η.
    const p0 = Float64Array.from([2]);
    const run = <S>(tx: Transform<S>, steps: number) => {
      let p = Float64Array.from(p0);
      let s = tx.init(p);
      for (let k = 0; k < steps; k++) {
        const r = tx.update(Float64Array.from([0]), s, p);
        s = r.state;
        p = Float64Array.from([p[0] + r.updates[0]]);
      }
      return p[0];
    };
    expect(run(adamwPaper({ lr: 0.1, weightDecay: 0.01 }), 10)).toBeCloseTo(2 * 0.99 ** 10, 12);
    expect(run(adamwPaper({ lr: 0.05, weightDecay: 0.01 }), 10)).toBeCloseTo(2 * 0.99 ** 10, 12);
    expect(run(adamw({ lr: 0.1, weightDecay: 0.01 }), 10)).toBeCloseTo(2 * 0.999 ** 10, 12);
    expect(run(adamw({ lr: 0.05, weightDecay: 0.01 }), 10)).toBeCloseTo(2 * 0.9995 ** 10, 12);
  });
  it('throws RangeError naming the bad option', () => {
    expect(() => adamwPaper({ weightDecay: -1 })).toThrow(/adamwPaper: weightDecay/);
    expect(() => adamwPaper({ weightDecay: 0.1, beta2: 1 })).toThrow(/adamwPaper: beta2/);
  });
});
