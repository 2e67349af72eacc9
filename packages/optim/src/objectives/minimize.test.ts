import { describe, expect, it } from 'vitest';
import { minimize } from './minimize.ts';
import { illConditionedQuadratic } from './illConditionedQuadratic.ts';
import { rosenbrock } from './rosenbrock.ts';
import { sgd } from '../optimizers/sgd.ts';
import { adam } from '../optimizers/adam.ts';

describe('minimize(objective, transform, { x0, steps })', () => {
  it('returns the trajectory and losses of gradient descent on a quadratic', () => {
    const q = illConditionedQuadratic({ mu: 1, L: 10 });
    const r = minimize(q, sgd({ lr: 0.1 }), { x0: Float64Array.from([1, 1]), steps: 100 });
    expect(r.diverged).toBe(false);
    expect(r.divergedAt).toBeNull();
    expect(r.trajectory).toHaveLength(101);
    expect(r.losses).toHaveLength(101);
    // Along μ = 1 the error shrinks by (1 − 0.1·1) per step; along L = 10 it is killed in one step.
    expect(r.trajectory[5][0]).toBeCloseTo(0.9 ** 5, 14);
    expect(r.trajectory[1][1]).toBe(0);
    expect(r.x).toBe(r.trajectory[100]);
  });
  it('reports divergence at the first exploding step instead of returning NaN', () => {
    const q = illConditionedQuadratic({ mu: 1, L: 10 });
    const r = minimize(q, sgd({ lr: 0.3 }), { x0: Float64Array.from([1, 1]), steps: 1000 });
    expect(r.diverged).toBe(true);
    // The L-component doubles in size each step (|1 − 0.3·10| = 2), so f ≈ 5·4^k passes
    // 1e10·f(x0) = 5.5e10 at the first k with 4^k > 1.1e10: k = 17.
    expect(r.divergedAt).toBe(17);
    expect(r.trajectory).toHaveLength(17);
    expect(r.losses.every(Number.isFinite)).toBe(true);
  });
  it('reports divergence for lr = 1e6 on Rosenbrock without throwing', () => {
    const f = rosenbrock();
    const r = minimize(f, sgd({ lr: 1e6 }), { x0: f.start, steps: 50 });
    expect(r.diverged).toBe(true);
    expect(r.divergedAt).toBe(1);
    expect(r.trajectory).toHaveLength(1);
  });
  it('keeps the optimizer states when asked and does not modify x0', () => {
    const q = illConditionedQuadratic();
    const x0 = Float64Array.from([1, -2]);
    const r = minimize(q, adam({ lr: 0.1 }), { x0, steps: 3, keepStates: true });
    expect(Array.from(x0)).toEqual([1, -2]);
    expect(r.states).toHaveLength(3);
    expect(r.states![2].adam.count).toBe(3);
  });
  it('throws RangeError on an x0 of the wrong length or non-finite entries', () => {
    const q = illConditionedQuadratic();
    expect(() => minimize(q, sgd({ lr: 0.1 }), { x0: Float64Array.from([1]), steps: 3 })).toThrow(
      /minimize: x0 has length 1, expected 2/,
    );
    expect(() => minimize(q, sgd({ lr: 0.1 }), { x0: Float64Array.from([1, NaN]), steps: 3 })).toThrow(
      /minimize: x0\[1\]/,
    );
    expect(() => minimize(q, sgd({ lr: 0.1 }), { x0: Float64Array.from([1, 1]), steps: -1 })).toThrow(
      /minimize: steps/,
    );
  });
  it('steps in place without keepStates and gives bitwise the same trajectory as the pure path', () => {
    const f = rosenbrock();
    const x0 = Float64Array.from(f.start);
    for (const make of [() => adam({ lr: 0.02 }), () => sgd({ lr: 1e-3, momentum: 0.9 })]) {
      const fast = minimize(f, make(), { x0, steps: 200 });
      const pure = minimize(f, make(), { x0, steps: 200, keepStates: true });
      expect(Array.from(x0)).toEqual(Array.from(f.start));
      const bits = (xs: Float64Array[]) =>
        xs.map((x) => Array.from(new BigUint64Array(Float64Array.from(x).buffer)));
      expect(bits(fast.trajectory)).toEqual(bits(pure.trajectory));
      expect(fast.losses).toEqual(pure.losses);
      // Iterates are distinct arrays (the in-place step writes into a copy).
      expect(new Set(fast.trajectory).size).toBe(201);
    }
  });
});
