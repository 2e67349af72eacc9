import { describe, expect, it } from 'vitest';
import { rosenbrock } from './rosenbrock.ts';
import { beale } from './beale.ts';
import { himmelblau } from './himmelblau.ts';
import { saddle } from './saddle.ts';
import { illConditionedQuadratic } from './illConditionedQuadratic.ts';
import type { TestFunction2D } from './types.ts';

const fns: TestFunction2D[] = [
  rosenbrock(),
  rosenbrock({ a: 2, b: 10 }),
  beale(),
  himmelblau(),
  saddle(),
  illConditionedQuadratic({ L: 50, angle: 0.4 }),
];

function fdGrad(f: (x: Float64Array) => number, x: Float64Array): number[] {
  return [0, 1].map((i) => {
    const h = 1e-6 * Math.max(1, Math.abs(x[i]));
    const p = Float64Array.from(x);
    const m = Float64Array.from(x);
    p[i] += h;
    m[i] -= h;
    return (f(p) - f(m)) / (2 * h);
  });
}

describe('2-D test functions', () => {
  for (const t of fns) {
    it(`${t.name}.grad and .hessian agree with central differences`, () => {
      for (const pt of [
        [0.3, -0.7],
        [1.1, 0.4],
        [-1.5, 1.2],
      ]) {
        const x = Float64Array.from(pt);
        const g = t.grad(x);
        fdGrad(t.value, x).forEach((v, i) => expect(g[i]).toBeCloseTo(v, 4));
        const H = t.hessian(x);
        const row0 = fdGrad((y) => t.grad(y)[0], x);
        const row1 = fdGrad((y) => t.grad(y)[1], x);
        [...row0, ...row1].forEach((v, i) => expect(H[i]).toBeCloseTo(v, 3));
      }
    });
    it(`${t.name}.minimizers are critical points with value ${t.name === 'saddle' ? '−1/4' : '0'} inside the domain`, () => {
      for (const m of t.minimizers) {
        const g = t.grad(m);
        expect(Math.hypot(g[0], g[1])).toBeLessThan(1e-10);
        expect(Math.abs(t.value(m) - t.minimum)).toBeLessThan(1e-20 + 1e-12);
        expect(
          m[0] >= t.domain.x[0] && m[0] <= t.domain.x[1] && m[1] >= t.domain.y[0] && m[1] <= t.domain.y[1],
        ).toBe(true);
        const [a, b, , d] = t.hessian(m);
        expect(a > 0 && a * d - b * b > 0).toBe(true);
      }
    });
  }
  it('himmelblau() has four distinct minimizers including (3, 2)', () => {
    const ms = himmelblau().minimizers;
    expect(ms).toHaveLength(4);
    expect(Array.from(ms[0])).toEqual([3, 2]);
    expect(ms[1][0]).toBeCloseTo(-2.805118, 6);
  });
  it('saddle() has a saddle at the origin with Hessian diag(1, −1)', () => {
    const s = saddle();
    expect(Array.from(s.hessian(s.saddlePoints[0]))).toEqual([1, 0, 0, -1]);
  });
  it('illConditionedQuadratic({ mu, L, angle }) has eigenvalues mu and L along the rotated axes', () => {
    const q = illConditionedQuadratic({ mu: 2, L: 40, angle: Math.PI / 6 });
    expect(q.eigenvalues[0]).toBeCloseTo(2, 12);
    expect(q.eigenvalues[1]).toBeCloseTo(40, 12);
    expect(q.kappa).toBeCloseTo(20, 10);
    expect(Math.abs(q.eigenvectors[0][0])).toBeCloseTo(Math.cos(Math.PI / 6), 12);
    expect(() => illConditionedQuadratic({ L: -1 })).toThrow(/illConditionedQuadratic: L/);
  });
});
