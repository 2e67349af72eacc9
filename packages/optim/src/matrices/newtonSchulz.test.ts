import { describe, expect, it } from 'vitest';
import { newtonSchulz, NEWTON_SCHULZ_COEFFICIENTS } from './newtonSchulz.ts';
import { newtonSchulzPolynomial } from './newtonSchulzPolynomial.ts';
import { svd } from './svd.ts';
import { maxAbsDiff, mul, randomMatrix, tr } from '../internal/matrixTesting.ts';

/** U f(Σ) Vᵀ from the SVD: the spectral route. */
function spectral(G: Float64Array, rows: number, cols: number, f: (s: number) => number) {
  const { values, U, V } = svd(G, rows, cols);
  const k = values.length;
  const S = new Float64Array(k * k);
  values.forEach((s, i) => (S[i * k + i] = f(s)));
  return mul(mul(U, S, rows, k, k), tr(V, cols, k), rows, k, cols);
}

const frob = (G: Float64Array) => Math.sqrt(G.reduce((s, x) => s + x * x, 0));

/** Band of p⁵ over [s0, 1], sampled. */
function band(s0: number, samples = 200_000) {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i <= samples; i++) {
    const p = newtonSchulzPolynomial(s0 + ((1 - s0) * i) / samples);
    lo = Math.min(lo, p);
    hi = Math.max(hi, p);
  }
  return [lo, hi];
}

describe('newtonSchulz(G, rows, cols, steps)', () => {
  for (const [rows, cols] of [
    [6, 6],
    [4, 9],
    [9, 4],
    [32, 16],
  ]) {
    it(`${rows}×${cols}: equals U p⁵(Σ/(‖G‖_F + 1e-7)) Vᵀ computed from the SVD, to 1e-12`, () => {
      const G = randomMatrix(rows + 100 * cols, rows, cols);
      const norm = frob(G) + 1e-7;
      const ns = newtonSchulz(G, rows, cols);
      const viaSvd = spectral(G, rows, cols, (s) => newtonSchulzPolynomial(s / norm));
      expect(maxAbsDiff(ns, viaSvd)).toBeLessThan(1e-12);
      // transposing the input transposes the output (muon.py transposes tall matrices)
      expect(maxAbsDiff(newtonSchulz(tr(G, rows, cols), cols, rows), tr(ns, rows, cols))).toBeLessThan(1e-14);
      // scale invariance, up to the 1e-7 in the normaliser (relative 1e-7/‖G‖, amplified by p's slope)
      expect(
        maxAbsDiff(
          newtonSchulz(
            G.map((x) => 1000 * x),
            rows,
            cols,
          ),
          ns,
        ),
      ).toBeLessThan(1e-6);
    });
  }

  it('is close to, but not equal to, the polar factor UVᵀ: the error is max |p⁵(σᵢ/‖G‖_F) − 1|', () => {
    for (const [rows, cols, seed] of [
      [16, 16, 1],
      [8, 24, 2],
      [64, 64, 3],
    ]) {
      const G = randomMatrix(seed, rows, cols);
      const { values } = svd(G, rows, cols);
      const ns = newtonSchulz(G, rows, cols);
      const polar = spectral(G, rows, cols, () => 1);
      const after = svd(ns, rows, cols).values;
      const predicted = Array.from(values, (s) => newtonSchulzPolynomial(s / (frob(G) + 1e-7)));
      // singular values after = p⁵ of those before (sorted), and the spectral-norm error is their distance to 1
      expect(
        maxAbsDiff(
          after,
          [...predicted].sort((a, b) => b - a),
        ),
      ).toBeLessThan(1e-12);
      const spectralError = Math.max(...after.map((s) => Math.abs(s - 1)));
      expect(spectralError).toBeGreaterThan(0.01); // five quintic steps do not converge to 1 …
      expect(maxAbsDiff(ns, polar)).toBeLessThanOrEqual(spectralError + 1e-12); // … and the entries are no further off
    }
  });

  it('README figures: Gaussian matrices end in [0.682, 1.135] (errors 0.318 spectral, 0.20–0.23 Frobenius); a 0.8ⁱ spectrum keeps its tail', () => {
    const relFro = (A: Float64Array, B: Float64Array) => frob(A.map((x, i) => x - B[i])) / frob(B);
    for (const [rows, cols, seed] of [
      [64, 64, 1],
      [128, 32, 2],
      [32, 128, 3],
    ]) {
      const G = randomMatrix(seed, rows, cols);
      const ns = newtonSchulz(G, rows, cols);
      const after = svd(ns, rows, cols).values;
      expect(after[after.length - 1]).toBeGreaterThan(0.6818);
      expect(after[0]).toBeLessThan(1.135);
      expect(Math.max(...after.map((x) => Math.abs(x - 1)))).toBeCloseTo(0.318, 3);
      const e = relFro(
        ns,
        spectral(G, rows, cols, () => 1),
      );
      expect(e).toBeGreaterThan(0.195);
      expect(e).toBeLessThan(0.23);
    }
    // a gradient-like spectrum σᵢ ∝ 0.8ⁱ: the tail below 1.6e-3·‖G‖_F is not lifted
    const base = svd(randomMatrix(4, 64, 64), 64, 64);
    const k = 64;
    const S = new Float64Array(k * k);
    for (let i = 0; i < k; i++) S[i * k + i] = 0.8 ** i;
    const D = mul(mul(base.U, S, 64, k, k), tr(base.V, 64, k), 64, k, 64);
    const after = svd(newtonSchulz(D, 64, 64), 64, 64).values;
    expect(after[k - 1]).toBeLessThan(1e-3);
    expect(Math.max(...after.map((x) => Math.abs(x - 1)))).toBeGreaterThan(0.99);
    expect(relFro(newtonSchulz(D, 64, 64), mul(base.U, tr(base.V, 64, k), 64, k, 64))).toBeCloseTo(0.71, 2);
  });

  it('five steps map normalised σ ≥ 1.6e-3 into [0.6818, 1.2024], the local min/max of p on [0, 1.2]', () => {
    const [a, b, c] = NEWTON_SCHULZ_COEFFICIENTS;
    // critical points of p(σ) = aσ + bσ³ + cσ⁵: 5cσ⁴ + 3bσ² + a = 0
    const disc = Math.sqrt(9 * b * b - 20 * a * c);
    const sMax = Math.sqrt((-3 * b - disc) / (10 * c));
    const sMin = Math.sqrt((-3 * b + disc) / (10 * c));
    const p = (s: number) => newtonSchulzPolynomial(s, 1);
    const [lo, hi] = band(1.6e-3);
    expect(lo).toBeCloseTo(p(sMin), 4);
    expect(hi).toBeCloseTo(p(sMax), 4);
    expect(p(sMin)).toBeCloseTo(0.6818, 4);
    expect(p(sMax)).toBeCloseTo(1.2024, 4);
    // from σ ≥ 7.5e-3 the top of the band is p(p(sMin)): [0.6818, 1.1344]
    const [lo2, hi2] = band(7.5e-3);
    expect(lo2).toBeCloseTo(p(sMin), 4);
    expect(hi2).toBeLessThan(1.135);
    // below 1.5e-3 (p⁵(σ) = 0.68 at σ ≈ 1.5004e-3) the five steps do not reach the band: p⁵(σ) ≈ a⁵σ near 0
    expect(newtonSchulzPolynomial(1e-4)).toBeCloseTo(a ** 5 * 1e-4, 3);
    expect(newtonSchulzPolynomial(1e-3)).toBeLessThan(0.5);
  });

  it('steps = 0 returns the normalised matrix; coefficients (1.5, −0.5, 0) give the cubic iteration that converges to UVᵀ', () => {
    const G = randomMatrix(7, 5, 5);
    const norm = frob(G) + 1e-7;
    expect(
      maxAbsDiff(
        newtonSchulz(G, 5, 5, 0),
        G.map((x) => x / norm),
      ),
    ).toBeLessThan(1e-16);
    // the classical cubic needs many steps for small σ but converges (σ → 1)
    const cubic = newtonSchulz(G, 5, 5, 60, { coefficients: [1.5, -0.5, 0] });
    const after = svd(cubic, 5, 5).values;
    after.forEach((s) => expect(s).toBeCloseTo(1, 10));
  });

  it('rejects bad input with a RangeError naming the option', () => {
    expect(() => newtonSchulz(new Float64Array(4), 2, 3)).toThrow(/newtonSchulz: G has length 4, expected 6/);
    expect(() => newtonSchulz(new Float64Array(4), 2, 2, -1)).toThrow(/steps/);
    expect(() => newtonSchulz(new Float64Array(4), 2, 2, 5, { coefficients: [1, 2] as never })).toThrow(
      /coefficients/,
    );
  });
});

describe('newtonSchulzPolynomial(sigma, steps)', () => {
  it('is p(σ) = 3.4445σ − 4.7750σ³ + 2.0315σ⁵ iterated, odd, and fixes 0', () => {
    const p = (s: number) => 3.4445 * s - 4.775 * s ** 3 + 2.0315 * s ** 5;
    expect(newtonSchulzPolynomial(0.3, 1)).toBeCloseTo(p(0.3), 15);
    expect(newtonSchulzPolynomial(0.3)).toBeCloseTo(p(p(p(p(p(0.3))))), 14);
    expect(newtonSchulzPolynomial(-0.3)).toBe(-newtonSchulzPolynomial(0.3));
    expect(newtonSchulzPolynomial(0)).toBe(0);
    expect(() => newtonSchulzPolynomial(NaN)).toThrow(RangeError);
  });
});
