import { describe, expect, it } from 'vitest';
import { quadratic } from './quadratic.ts';
import { matVec } from '../internal/linalg.ts';
import { rng } from '../rng.ts';

describe('quadratic({ A, b })', () => {
  it('value, grad and minimizer of ½xᵀAx − bᵀx', () => {
    const q = quadratic({
      A: [
        [2, 1],
        [1, 3],
      ],
      b: [1, 2],
    });
    const x = Float64Array.from([1, -1]);
    expect(q.value(x)).toBeCloseTo(0.5 * (2 - 2 + 3) - (1 - 2), 14);
    expect(Array.from(q.grad(x))).toEqual([2 - 1 - 1, 1 - 3 - 2]);
    expect(q.minimizer![0]).toBeCloseTo(0.2, 14);
    expect(q.minimizer![1]).toBeCloseTo(0.6, 14);
    expect(q.minimum).toBeCloseTo(-0.5 * (0.2 + 1.2), 14);
  });
  it('eigen-data satisfies A v = λ v with orthonormal v on a random 8×8 SPD matrix', () => {
    const r = rng(7);
    const n = 8;
    const B = Array.from({ length: n }, () => Array.from({ length: n }, () => r.normal()));
    const A = B.map((_, i) =>
      B.map((__, j) => B[i].reduce((s, v, k) => s + v * B[j][k], 0) + (i === j ? 0.5 : 0)),
    );
    const q = quadratic({ A });
    q.eigenvalues.forEach((lam, i) => {
      const v = q.eigenvectors[i];
      const Av = matVec(q.A, v, n);
      for (let k = 0; k < n; k++) expect(Math.abs(Av[k] - lam * v[k])).toBeLessThan(1e-10 * q.L);
      q.eigenvectors.forEach((w, j) =>
        expect(v.reduce((s, a, k) => s + a * w[k], 0)).toBeCloseTo(i === j ? 1 : 0, 12),
      );
    });
    for (let i = 1; i < n; i++) expect(q.eigenvalues[i]).toBeGreaterThanOrEqual(q.eigenvalues[i - 1]);
    expect(q.kappa).toBeCloseTo(q.L / q.mu, 10);
  });
  it('an indefinite A has no minimizer', () => {
    const q = quadratic({
      A: [
        [1, 0],
        [0, -1],
      ],
    });
    expect(q.minimizer).toBeNull();
    expect(q.kappa).toBe(Infinity);
  });
  it('throws RangeError on a non-symmetric or ragged A and a wrong-length b', () => {
    expect(() =>
      quadratic({
        A: [
          [1, 2],
          [0, 1],
        ],
      }),
    ).toThrow(/symmetric/);
    expect(() => quadratic({ A: [[1, 2], [2]] })).toThrow(/A\[1\] has length 1/);
    expect(() => quadratic({ A: [[1]], b: [1, 2] })).toThrow(/quadratic: b has length 2, expected 1/);
    expect(() => quadratic({ A: [[NaN]] })).toThrow(/quadratic: A\[0\]\[0\]/);
  });
});
