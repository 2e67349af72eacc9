import { describe, expect, it } from 'vitest';
import { logisticRegression } from './logisticRegression.ts';
import { leastSquares } from './leastSquares.ts';
import { makeClassification } from './makeClassification.ts';
import { makeRegression } from './makeRegression.ts';
import type { FiniteSum } from './types.ts';

function checkDerivatives(p: FiniteSum, x: Float64Array) {
  const d = p.dim;
  const h = 1e-6;
  for (const i of [0, 3, p.n - 1]) {
    const g = p.gradI(i, x);
    for (let j = 0; j < d; j++) {
      const a = Float64Array.from(x);
      const b = Float64Array.from(x);
      a[j] += h;
      b[j] -= h;
      expect(g[j]).toBeCloseTo((p.valueI(i, a) - p.valueI(i, b)) / (2 * h), 6);
    }
  }
  const full = p.grad(x);
  const mean = new Float64Array(d);
  let v = 0;
  for (let i = 0; i < p.n; i++) {
    const gi = p.gradI(i, x);
    for (let j = 0; j < d; j++) mean[j] += gi[j] / p.n;
    v += p.valueI(i, x) / p.n;
  }
  for (let j = 0; j < d; j++) expect(full[j]).toBeCloseTo(mean[j], 12);
  expect(p.value(x)).toBeCloseTo(v, 12);
  const H = p.hessian!(x);
  for (let a = 0; a < d; a++) {
    const xp = Float64Array.from(x);
    const xm = Float64Array.from(x);
    xp[a] += h;
    xm[a] -= h;
    const gp = p.grad(xp);
    const gm = p.grad(xm);
    for (let b = 0; b < d; b++) expect(H[b * d + a]).toBeCloseTo((gp[b] - gm[b]) / (2 * h), 6);
  }
}

describe('logisticRegression({ X, y, l2 })', () => {
  const data = makeClassification({ n: 30, d: 4, seed: 1 });
  const p = logisticRegression({ ...data, l2: 0.1 });
  it('gradI, grad, value and hessian are consistent with each other and with finite differences', () => {
    checkDerivatives(p, Float64Array.from([0.3, -0.2, 1, 0.5]));
  });
  it('lipschitzMax = max ‖xᵢ‖²/4 + l2 and lipschitz ≤ lipschitzMax', () => {
    const want = Math.max(...data.X.map((r) => r.reduce((s, v) => s + v * v, 0) / 4)) + 0.1;
    expect(p.lipschitzMax).toBeCloseTo(want, 14);
    expect(p.lipschitz).toBeLessThanOrEqual(p.lipschitzMax + 1e-12);
    expect(p.mu).toBe(0.1);
  });
  it('value stays finite for huge margins', () => {
    expect(Number.isFinite(p.value(Float64Array.from([1e6, 1e6, 1e6, 1e6])))).toBe(true);
  });
  it('throws RangeError on bad labels, lengths and l2', () => {
    expect(() => logisticRegression({ X: [[1], [2]], y: [1, 0], l2: 0 })).toThrow(
      /logisticRegression: y\[1\] must be \+1 or −1/,
    );
    expect(() => logisticRegression({ X: [[1], [2]], y: [1], l2: 0 })).toThrow(/y has length 1, expected 2/);
    expect(() => logisticRegression({ X: [[1], [2, 3]], y: [1, 1], l2: 0 })).toThrow(
      /X\[1\] has length 2, expected 1/,
    );
    expect(() => logisticRegression({ X: [[1]], y: [1], l2: -1 })).toThrow(/logisticRegression: l2/);
    expect(() => p.gradI(0, Float64Array.from([1]))).toThrow(/x has length 1, expected 4/);
  });
});

describe('leastSquares({ X, y, l2 })', () => {
  const data = makeRegression({ n: 25, d: 3, seed: 2 });
  const p = leastSquares({ ...data, l2: 0.01 });
  it('gradI, grad, value and hessian are consistent', () =>
    checkDerivatives(p, Float64Array.from([0.1, 2, -1])));
  it('lipschitzMax = max ‖xᵢ‖² + l2', () => {
    expect(p.lipschitzMax).toBeCloseTo(
      Math.max(...data.X.map((r) => r.reduce((s, v) => s + v * v, 0))) + 0.01,
      14,
    );
  });
});

describe('makeClassification / makeRegression({ n, d, seed })', () => {
  it('are deterministic in the seed and have the requested shape', () => {
    const a = makeClassification({ n: 50, d: 3, seed: 9 });
    expect(makeClassification({ n: 50, d: 3, seed: 9 })).toEqual(a);
    expect(makeClassification({ n: 50, d: 3, seed: 10 }).X).not.toEqual(a.X);
    expect(a.X).toHaveLength(50);
    expect(a.X[0]).toHaveLength(3);
    expect(a.y.every((v) => v === 1 || v === -1)).toBe(true);
    const r = makeRegression({ n: 10, d: 2, seed: 'x', noise: 0 });
    r.X.forEach((x, i) => expect(r.y[i]).toBeCloseTo(x[0] * r.wTrue[0] + x[1] * r.wTrue[1], 14));
  });
});
