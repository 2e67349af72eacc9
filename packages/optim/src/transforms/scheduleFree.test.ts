import { describe, expect, it } from 'vitest';
import { scheduleFreeSgd } from '../optimizers/scheduleFreeSgd.ts';
import { scheduleFreeAdamw } from '../optimizers/scheduleFreeAdamw.ts';
import { scheduleFree, scheduleFreeEvalPoint, type ScheduleFreeState } from './scheduleFree.ts';
import { namedChain } from './namedChain.ts';
import { scaleByLearningRate } from './scaleByLearningRate.ts';
import { loadFixture, maxError, replay, type Fixture } from '../internal/fixtures.ts';
import { applyUpdates } from './applyUpdates.ts';
import type { Transform, Vec } from '../types.ts';

const start = [1.5, -2, 0.7, 3, -0.4];
const grad = (y: readonly number[], k: number) =>
  y.map((x, i) => (1 + i) * (x - 0.5 * i) + 0.3 * Math.sin(k + y[(i + 1) % y.length]));

function run<S>(tx: Transform<ScheduleFreeState<S>>, steps: number) {
  let p: Vec = Float64Array.from(start);
  let s = tx.init(p);
  const ys: number[][] = [];
  const states: ScheduleFreeState<S>[] = [];
  for (let k = 0; k < steps; k++) {
    const r = tx.update(Float64Array.from(grad(Array.from(p), k)), s, p);
    s = r.state;
    p = applyUpdates(p, r.updates);
    ys.push(Array.from(p));
    states.push(s);
  }
  return { ys, states };
}

/**
 * Defazio et al. (2024), Algorithm 1 (Schedule-Free AdamW), transcribed:
 *   y_t = (1−β₁)z_t + β₁x_t;  g_t = ∇f(y_t);  v_t = β₂v_{t−1} + (1−β₂)g_t²
 *   γ_t = γ√(1−β₂ᵗ)·min(1, t/T_warmup)
 *   z_{t+1} = z_t − γ_t g_t/(√v_t + ε) − γ_tλy_t
 *   c_{t+1} = γ_t² / Σ_{i≤t} γ_i²;  x_{t+1} = (1 − c_{t+1})x_t + c_{t+1}z_{t+1}
 */
function algorithm1(
  o: { lr: number; beta1: number; beta2: number; eps: number; lambda: number; warmup: number },
  steps: number,
) {
  let x = [...start];
  let z = [...start];
  let v = start.map(() => 0);
  let sum = 0;
  const ys: number[][] = [];
  const xs: number[][] = [];
  for (let t = 1; t <= steps; t++) {
    const y = z.map((zi, i) => (1 - o.beta1) * zi + o.beta1 * x[i]);
    const g = grad(y, t - 1);
    v = v.map((vi, i) => o.beta2 * vi + (1 - o.beta2) * g[i] ** 2);
    const gamma = o.lr * Math.sqrt(1 - o.beta2 ** t) * Math.min(1, t / o.warmup);
    z = z.map((zi, i) => zi - (gamma * g[i]) / (Math.sqrt(v[i]) + o.eps) - gamma * o.lambda * y[i]);
    sum += gamma ** 2;
    const c = gamma ** 2 / sum;
    x = x.map((xi, i) => (1 - c) * xi + c * z[i]);
    ys.push(z.map((zi, i) => (1 - o.beta1) * zi + o.beta1 * x[i]));
    xs.push(x);
  }
  return { ys, xs };
}

const fixtureCases: [string, () => Transform<ScheduleFreeState<unknown>>][] = [
  ['schedulefree-sgd', () => scheduleFreeSgd({ lr: 0.2, weightDecay: 0.01, warmupSteps: 5 }) as never],
  ['schedulefree-sgd-r', () => scheduleFreeSgd({ lr: 0.1, momentum: 0.8, r: 1, weightLrPower: 1 }) as never],
  ['schedulefree-adamw', () => scheduleFreeAdamw({ lr: 0.05, weightDecay: 0.1, warmupSteps: 6 })],
  [
    'schedulefree-adamw-inner',
    () => scheduleFreeAdamw({ lr: 0.05, beta1: 0.95, beta2: 0.99, innerMomentum: 0.9, warmupSteps: 3 }),
  ],
  [
    'schedulefree-adamw-paper',
    () => scheduleFreeAdamw({ lr: 0.05, weightDecay: 0.1, warmupSteps: 6, biasCorrection: 'paper' }),
  ],
];

describe('scheduleFreeSgd / scheduleFreeAdamw', () => {
  for (const [name, make] of fixtureCases) {
    it(`matches facebookresearch/schedule_free (fixture ${name}): y and the eval() point x to 1e-12`, () => {
      const fx: Fixture = loadFixture(name);
      const r = replay(fx, make());
      expect(maxError(r.params, fx.params)).toBeLessThan(1e-12);
      expect(
        maxError(
          r.states.map((s) => Array.from(s.x!)),
          fx.extra!,
        ),
      ).toBeLessThan(1e-12);
    });
  }
  it("'paper' bias correction matches Algorithm 1 of the paper over 60 steps (y and x)", () => {
    const o = { lr: 0.03, beta1: 0.9, beta2: 0.999, eps: 1e-8, lambda: 0.05, warmup: 10 };
    const ref = algorithm1(o, 60);
    const got = run(
      scheduleFreeAdamw({ lr: 0.03, weightDecay: 0.05, warmupSteps: 10, biasCorrection: 'paper' }),
      60,
    );
    expect(maxError(got.ys, ref.ys)).toBeLessThan(1e-12);
    expect(
      maxError(
        got.states.map((s) => Array.from(s.x!)),
        ref.xs,
      ),
    ).toBeLessThan(1e-12);
  });
  it('with a constant rate (r = 0, no warmup), c_{t+1} = 1/(t+1) and x is the plain average of z₁ … z_t (primal averaging)', () => {
    const { states } = run(scheduleFreeSgd({ lr: 0.05 }), 40);
    const zs = states.map((s) => Array.from(s.z));
    states.forEach((s, k) => {
      expect(s.c).toBeCloseTo(1 / (k + 1), 15);
      const mean = start.map((_, i) => zs.slice(0, k + 1).reduce((acc, z) => acc + z[i], 0) / (k + 1));
      expect(maxError([Array.from(s.x!)], [mean])).toBeLessThan(1e-12);
    });
  });
  it('the parameters are y = (1 − β)z + βx at every step, and β → interpolates between z and the average', () => {
    const { ys, states } = run(scheduleFreeAdamw({ lr: 0.02, beta1: 0.7, warmupSteps: 4 }), 30);
    const interp = states.map((s) => Array.from(s.z, (z, i) => 0.3 * z + 0.7 * s.x![i]));
    expect(maxError(ys, interp)).toBeLessThan(1e-12);
  });
  it('warmup weights: c = γ_max²/Σγ_max² with γ_t = γ(t+1)/W during warmup', () => {
    const { states } = run(scheduleFreeSgd({ lr: 0.1, warmupSteps: 4 }), 8);
    let sum = 0;
    states.forEach((s, k) => {
      const gamma = 0.1 * Math.min(1, (k + 1) / 4);
      sum += gamma ** 2;
      expect(s.lr).toBeCloseTo(gamma, 15);
      expect(s.c).toBeCloseTo(gamma ** 2 / sum, 14);
    });
  });
  it('keepX: false takes bitwise the same steps; scheduleFreeEvalPoint recovers x from y and z', () => {
    const a = run(scheduleFreeAdamw({ lr: 0.02, weightDecay: 0.1 }), 25);
    const b = run(scheduleFreeAdamw({ lr: 0.02, weightDecay: 0.1, keepX: false }), 25);
    expect(b.ys).toEqual(a.ys);
    b.states.forEach((s, k) => {
      expect(s.x).toBeNull();
      const x = scheduleFreeEvalPoint(Float64Array.from(b.ys[k]), s);
      expect(maxError([Array.from(x)], [Array.from(a.states[k].x!)])).toBeLessThan(1e-13);
    });
    expect(Array.from(scheduleFreeEvalPoint(Float64Array.from(a.ys[3]), a.states[3]))).toEqual(
      Array.from(a.states[3].x!),
    );
  });
  it('scheduleFree(base) wraps any base transform; a zero rate leaves everything in place', () => {
    const tx = scheduleFree(namedChain({ lr: scaleByLearningRate(0) }), { lr: 0 });
    const p = Float64Array.from([1, 2]);
    const r = tx.update(Float64Array.from([5, 5]), tx.init(p), p);
    expect(Array.from(r.updates)).toEqual([0, 0]);
    expect(r.state.c).toBe(0);
  });
  it('throws RangeError for β outside (0, 1) and unknown variants', () => {
    expect(() => scheduleFreeSgd({ momentum: 0 })).toThrow(/scheduleFreeSgd: momentum must be in \(0, 1\)/);
    expect(() => scheduleFreeAdamw({ beta1: 1 })).toThrow(/beta1 must be in \(0, 1\)/);
    expect(() => scheduleFreeAdamw({ biasCorrection: 'x' as never })).toThrow(/biasCorrection/);
    expect(() => scheduleFreeAdamw({ biasCorrection: 'paper', innerMomentum: 0.9 })).toThrow(/innerMomentum/);
    expect(() => scheduleFreeSgd({ warmupSteps: -1 })).toThrow(/warmupSteps/);
  });
});
