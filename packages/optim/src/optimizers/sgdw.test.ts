import { describe, expect, it } from 'vitest';
import { sgdw } from './sgdw.ts';
import { sgd } from './sgd.ts';
import { scaleBySchedule } from '../transforms/scaleBySchedule.ts';
import { expectClose, runTransform, testGrad, theta0 } from '../internal/testing.ts';

const cosine = (t: number) => 0.5 * (1 + Math.cos((Math.PI * Math.min(t, 60)) / 60));
const stepDown = (t: number) => (t < 20 ? 0.1 : 0.02);

/** The paper's rule as a scalar loop, no package code: θ ← θ − s_t(η_t g + λθ). */
function reference(
  eta: (t: number) => number,
  lambda: number,
  s: (t: number) => number,
  steps: number,
): number[][] {
  const th = [...theta0];
  const out: number[][] = [];
  for (let t = 1; t <= steps; t++) {
    const g = testGrad(th);
    for (let i = 0; i < th.length; i++) th[i] = th[i] - s(t - 1) * (eta(t - 1) * g[i] + lambda * th[i]);
    out.push([...th]);
  }
  return out;
}

/** SGD + L2 with a per-update coefficient λ′_t, as a scalar loop: θ ← θ − η_t(g + λ′_t θ). */
function sgdL2(eta: (t: number) => number, lambdaPrime: (t: number) => number, steps: number): number[][] {
  const th = [...theta0];
  const out: number[][] = [];
  for (let t = 1; t <= steps; t++) {
    const g = testGrad(th);
    for (let i = 0; i < th.length; i++) th[i] = th[i] - eta(t - 1) * (g[i] + lambdaPrime(t - 1) * th[i]);
    out.push([...th]);
  }
  return out;
}

describe('scaleBySchedule(s)', () => {
  it('multiplies by s(t) without flipping the sign and counts updates', () => {
    const tx = scaleBySchedule((t) => 2 + t);
    const p = Float64Array.from([1, 1]);
    const a = tx.update(Float64Array.from([1, -3]), tx.init(p), p);
    expect(Array.from(a.updates)).toEqual([2, -6]);
    const b = tx.update(Float64Array.from([1, -3]), a.state, p);
    expect(Array.from(b.updates)).toEqual([3, -9]);
    expect(b.state.count).toBe(2);
  });
  it('rejects a schedule value below 0 with the step named', () => {
    const tx = scaleBySchedule(() => -1);
    const p = Float64Array.from([1]);
    expect(() => tx.update(p, tx.init(p), p)).toThrow(/scaleBySchedule: lr\(0\)/);
  });
});

describe('sgdw({ lr, weightDecay, scheduleMultiplier })', () => {
  it('follows θ ← θ − s_t(η_t g + λθ) (scalar loop) for constant, scheduled η and a multiplier', () => {
    expectClose(
      runTransform(sgdw({ lr: 0.05, weightDecay: 0.01 }), 60),
      reference(
        () => 0.05,
        0.01,
        () => 1,
        60,
      ),
      1e-12,
    );
    expectClose(
      runTransform(sgdw({ lr: stepDown, weightDecay: 0.01 }), 60),
      reference(stepDown, 0.01, () => 1, 60),
      1e-12,
    );
    expectClose(
      runTransform(sgdw({ lr: 0.05, weightDecay: 0.01, scheduleMultiplier: cosine }), 60),
      reference(() => 0.05, 0.01, cosine, 60),
      1e-12,
    );
  });
  it('equals sgd({ weightDecay: λ/η }) (PyTorch’s coupled L2) for a constant η (Proposition 1)', () => {
    expectClose(
      runTransform(sgdw({ lr: 0.05, weightDecay: 0.01 }), 60),
      runTransform(sgd({ lr: 0.05, weightDecay: 0.01 / 0.05 }), 60),
      1e-12,
    );
  });
  it('with a multiplier s_t and constant η still equals SGD + L2 with λ′ = λ/η and lr η·s_t', () => {
    expectClose(
      runTransform(sgdw({ lr: 0.05, weightDecay: 0.01, scheduleMultiplier: cosine }), 60),
      runTransform(sgd({ lr: (t) => 0.05 * cosine(t), weightDecay: 0.01 / 0.05 }), 60),
      1e-12,
    );
  });
  it('with a scheduled η needs λ′_t = λ/η_t: a constant λ′ = λ/η_0 separates after the lr drops', () => {
    const w = runTransform(sgdw({ lr: stepDown, weightDecay: 0.01 }), 60);
    expectClose(
      w,
      sgdL2(stepDown, (t) => 0.01 / stepDown(t), 60),
      1e-12,
    );
    const fixed = runTransform(sgd({ lr: stepDown, weightDecay: 0.01 / 0.1 }), 60);
    expectClose(w.slice(0, 20), fixed.slice(0, 20), 1e-12); // identical while η = η_0
    expect(Math.abs(w[59][0] - fixed[59][0])).toBeGreaterThan(1e-3);
  });
  it('throws RangeError naming the bad option', () => {
    expect(() => sgdw({ lr: 0.1, weightDecay: -1 })).toThrow(/sgdw: weightDecay/);
    expect(() => sgdw({ lr: NaN, weightDecay: 0 })).toThrow(/sgdw: lr/);
    expect(() => sgdw({ lr: 0.1, weightDecay: 0, scheduleMultiplier: -2 })).toThrow(
      /sgdw: scheduleMultiplier/,
    );
  });
});
