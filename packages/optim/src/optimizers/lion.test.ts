import { describe, expect, it } from 'vitest';
import { lion } from './lion.ts';
import { loadFixture, maxError, replay } from '../internal/fixtures.ts';
import { runTransform, testGrad, theta0, expectClose } from '../internal/testing.ts';

/**
 * Chen et al. (2023), Algorithm 2 ("Lion"), transcribed line by line:
 *   update = interp(g, m, β₁) = β₁m + (1 − β₁)g;  update = sign(update)
 *   m = interp(g, m, β₂) = β₂m + (1 − β₂)g
 *   update = update + λθ;  θ = θ − η_t · update
 */
function paperLion(lr: (t: number) => number, beta1: number, beta2: number, lambda: number, steps: number) {
  let theta = [...theta0];
  let m = theta.map(() => 0);
  const out: number[][] = [];
  for (let t = 0; t < steps; t++) {
    const g = testGrad(theta);
    const c = g.map((gi, i) => beta1 * m[i] + (1 - beta1) * gi);
    m = g.map((gi, i) => beta2 * m[i] + (1 - beta2) * gi);
    theta = theta.map((x, i) => x - lr(t) * (Math.sign(c[i]) + lambda * x));
    out.push(theta);
  }
  return out;
}

describe('lion({ lr, beta1, beta2, weightDecay })', () => {
  it('matches google/automl lion_pytorch.py (run in float64 on the same gradients) to 1e-12', () => {
    const fx = loadFixture('lion');
    expect(maxError(replay(fx, lion({ lr: 0.01, weightDecay: 0.5 })).params, fx.params)).toBeLessThan(1e-12);
    const fb = loadFixture('lion-betas');
    expect(maxError(replay(fb, lion({ lr: 0.003, beta1: 0.8, beta2: 0.95 })).params, fb.params)).toBeLessThan(
      1e-12,
    );
  });
  it('matches Algorithm 2 of the paper over 60 steps, with a schedule and decoupled decay', () => {
    const sched = (t: number) => 0.02 * 0.97 ** t;
    expectClose(
      runTransform(lion({ lr: sched, weightDecay: 0.3 }), 60),
      paperLion(sched, 0.9, 0.99, 0.3, 60),
      1e-12,
    );
    expectClose(
      runTransform(lion({ lr: 0.01, beta1: 0.5, beta2: 0.9 }), 60),
      paperLion(() => 0.01, 0.5, 0.9, 0, 60),
      1e-12,
    );
  });
  it('moves every coordinate by exactly η per step without decay (|Δθᵢ| = η), and by η(sign(c) + λθᵢ) with decay', () => {
    const tx = lion({ lr: 0.05 });
    let p = Float64Array.from(theta0);
    let s = tx.init(p);
    for (let k = 0; k < 20; k++) {
      const r = tx.update(Float64Array.from(testGrad(Array.from(p))), s, p);
      r.updates.forEach((u) => expect(Math.abs(u)).toBe(0.05));
      p = p.map((x, i) => x + r.updates[i]);
      s = r.state;
    }
    const d = lion({ lr: 0.05, weightDecay: 0.2 });
    const q = Float64Array.from([1, -2]);
    const u = d.update(Float64Array.from([3, 0]), d.init(q), q).updates;
    expect(u[0]).toBeCloseTo(-0.05 * (1 + 0.2 * 1), 15);
    expect(u[1]).toBeCloseTo(-0.05 * (0 + 0.2 * -2), 15); // sign(0) = 0: only the decay moves it
  });
  it('keeps one state vector, m = EMA(g) with β₂', () => {
    const tx = lion();
    const p = Float64Array.from([1, 2]);
    const s = tx.update(Float64Array.from([1, -1]), tx.init(p), p).state;
    expect(s.lion.m[0]).toBeCloseTo(1 - 0.99, 16);
    expect(s.lion.m[1]).toBeCloseTo(-(1 - 0.99), 16);
    expect(Object.keys(s.lion)).toEqual(['count', 'm']);
  });
  it('throws RangeError naming the bad option', () => {
    expect(() => lion({ beta1: 1 })).toThrow('lion: beta1 must be in [0, 1), got 1');
    expect(() => lion({ weightDecay: -1 })).toThrow(/lion: weightDecay/);
  });
});
