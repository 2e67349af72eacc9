import { describe, expect, it } from 'vitest';
import { beyondAdamwWorkedExample } from './beyondAdamwWorkedExample.ts';

// Each number the lesson prints, recomputed here by a second route: closed forms, hand-written
// algorithm boxes, or identities the prose states.
const ex = beyondAdamwWorkedExample();
const A = 3.4445;
const B = -4.775;
const C = 2.0315;
const p = (s: number) => A * s + B * s ** 3 + C * s ** 5;
const p5 = (s: number) => p(p(p(p(p(s)))));

describe('beyondAdamwWorkedExample(): the 3×2 gradient', () => {
  const { G, sigma, fro, sigmaNormalised, polar } = ex.matrix;
  it('σ₁² + σ₂² = ‖G‖²_F and σ₁²σ₂² = det(GᵀG) (singular values by the Gram matrix, not the SVD)', () => {
    const gtg = [0, 0, 0]; // [a, b, d] of the symmetric 2×2 GᵀG
    for (let i = 0; i < 3; i++) {
      gtg[0] += G[2 * i] ** 2;
      gtg[1] += G[2 * i] * G[2 * i + 1];
      gtg[2] += G[2 * i + 1] ** 2;
    }
    expect(sigma[0] ** 2 + sigma[1] ** 2).toBeCloseTo(gtg[0] + gtg[2], 12);
    expect(sigma[0] ** 2 * sigma[1] ** 2).toBeCloseTo(gtg[0] * gtg[2] - gtg[1] ** 2, 11);
    expect(fro).toBeCloseTo(Math.hypot(...G), 14);
    sigmaNormalised.forEach((s, i) => expect(s).toBeCloseTo(sigma[i] / fro, 14));
  });
  it('UVᵀ has orthonormal columns and ⟨G, UVᵀ⟩ = σ₁ + σ₂ (the nuclear norm: steepest descent’s value)', () => {
    const col = (j: number) => [0, 1, 2].map((i) => polar[2 * i + j]);
    const dot = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i], 0);
    expect(dot(col(0), col(0))).toBeCloseTo(1, 12);
    expect(dot(col(1), col(1))).toBeCloseTo(1, 12);
    expect(dot(col(0), col(1))).toBeCloseTo(0, 12);
    expect(dot(G, polar)).toBeCloseTo(sigma[0] + sigma[1], 12);
    // The Frobenius direction G/‖G‖ gains ‖G‖_F, the sign direction ‖G‖₁ (each the dual norm).
    expect(dot(G, ex.matrix.frobeniusDirection)).toBeCloseTo(fro, 12);
    expect(dot(G, ex.matrix.sign)).toBeCloseTo(
      G.reduce((s, g) => s + Math.abs(g), 0),
      14,
    );
  });
  it('Newton–Schulz maps each normalised σ by the quintic p five times (SVD of NS₅(G) = p⁵(σ/‖G‖))', () => {
    sigmaNormalised.forEach((s, i) => {
      expect(ex.matrix.nsSigma[i]).toBeCloseTo(p5(s), 6); // ε = 10⁻⁷ in the normalisation (and below in Muon: ‖(1 − μ²)G‖ is smaller, so ε weighs more)
      expect(ex.matrix.nsPolynomial[i]).toBeCloseTo(p5(s), 12);
      expect(ex.matrix.nsOneStep[i]).toBeCloseTo(p(s), 12);
    });
    // …so NS₅(G) is close to UVᵀ but not equal to it: the lesson says so and quotes the gap.
    expect(ex.matrix.nsPolarGap).toBeGreaterThan(0.1);
    ex.matrix.nsSigma.forEach((s) => expect(s > 0.6818 && s < 1.2024).toBe(true));
  });
  it('the figure’s curves are p and p⁵, and the band is [0.6818, 1.2024] to four places (the package doc’s figures)', () => {
    const { sigma, one, five } = ex.matrix.nsCurve;
    sigma.forEach((s, i) => {
      expect(one[i]).toBeCloseTo(p(s), 12);
      expect(five[i]).toBeCloseTo(p5(s), 12);
    });
    expect(ex.matrix.nsBand.lo).toBeCloseTo(0.6818, 4);
    expect(ex.matrix.nsBand.hi).toBeCloseTo(1.2024, 4);
  });
  it('a direction 100× weaker than the other ends in the same band: σ₂ grows about 70-fold', () => {
    const [s1, s2] = ex.matrix.skewSigma;
    expect(s2 / s1).toBeCloseTo(0.01, 12);
    expect(ex.matrix.skewAfter[1]).toBeCloseTo(p5(s2), 12);
    expect(ex.matrix.skewAfter[1] / s2).toBeGreaterThan(60);
    expect(Math.abs(ex.matrix.skewAfter[0] - ex.matrix.skewAfter[1])).toBeLessThan(0.01);
  });
});

describe('beyondAdamwWorkedExample(): Muon and Shampoo on G', () => {
  it('Muon’s first step is −η·√max(1, 3/2)·NS₅(G): Nesterov gives (1 − μ²)G, and NS ignores the scale', () => {
    expect(ex.muon.shapeScale).toBeCloseTo(Math.sqrt(1.5), 15);
    ex.muon.step.forEach((u, i) => expect(u).toBeCloseTo(-0.02 * Math.sqrt(1.5) * ex.matrix.ns[i], 7));
    ex.muon.stepSigma.forEach((s, i) =>
      expect(s).toBeCloseTo(0.02 * Math.sqrt(1.5) * ex.matrix.nsSigma[i], 7),
    );
  });
  it('Shampoo’s first step with small ε is −UVᵀ (steepest descent in the spectral norm)', () => {
    ex.shampoo.step.forEach((u, i) => expect(u).toBeCloseTo(-ex.matrix.polar[i], 4));
    expect(ex.shampoo.polarGap).toBeLessThan(1e-4);
  });
});

describe('beyondAdamwWorkedExample(): Lion', () => {
  const { lr, wd, theta0, g, steps } = ex.lion;
  const sign = Math.sign;
  it('by Chen et al.’s Algorithm 2: c = β₁m + (1 − β₁)g, step −η(sign c + λθ), m ← β₂m + (1 − β₂)g', () => {
    let m = [0, 0, 0];
    let theta = theta0.slice();
    g.forEach((gt, t) => {
      const c = m.map((mi, i) => 0.9 * mi + 0.1 * gt[i]);
      const step = theta.map((th, i) => -lr * (sign(c[i]) + wd * th));
      step.forEach((s, i) => expect(steps[t][i]).toBeCloseTo(s, 15));
      theta = theta.map((th, i) => th + step[i]);
      m = m.map((mi, i) => 0.99 * mi + 0.01 * gt[i]);
    });
    m.forEach((mi, i) => expect(ex.lion.momentum[i]).toBeCloseTo(mi, 15));
  });
  it('the first coordinate’s tiny gradient flips sign at step 2 and still moves it by a full η(1 ± λθ)', () => {
    expect(sign(steps[0][0])).toBe(-1);
    expect(sign(steps[1][0])).toBe(1);
    expect(Math.abs(steps[1][0])).toBeGreaterThan(0.8 * lr);
  });
});

describe('beyondAdamwWorkedExample(): Adafactor, LAMB, Schedule-Free, WSD, memory', () => {
  it('Adafactor’s factored estimate R Cᵀ/(1ᵀR) is exact for a rank-one G² and not otherwise', () => {
    ex.adafactor.exact.v.forEach((v, i) => expect(v).toBeCloseTo(ex.adafactor.exact.g2[i], 12));
    const { v, g2, r, c } = ex.adafactor.skew;
    expect(Math.max(...v.map((x, i) => Math.abs(x - g2[i])))).toBeGreaterThan(1);
    // Row and column sums are preserved: that is what the factorisation keeps.
    [0, 1].forEach((i) => expect(v[3 * i] + v[3 * i + 1] + v[3 * i + 2]).toBeCloseTo(r[i], 12));
    [0, 1, 2].forEach((j) => expect(v[j] + v[3 + j]).toBeCloseTo(c[j], 12));
  });
  it('Adafactor’s first step: relative size α₁ = max(ε₂, RMS θ)·min(10⁻², 1), update clipped to RMS α₁', () => {
    const rmsTheta = Math.sqrt(ex.adafactor.theta0.reduce((s, x) => s + x * x, 0) / 6);
    expect(ex.adafactor.alpha).toBeCloseTo(rmsTheta * 0.01, 15);
    expect(ex.adafactor.stepRms).toBeCloseTo(ex.adafactor.alpha, 12);
  });
  it('LAMB moves every layer by η‖θ‖ on its first step (φ = identity), whatever its gradient scale', () => {
    ex.lamb.layers.forEach((l) => expect(l.stepNorm).toBeCloseTo(ex.lamb.lr * l.weightNorm, 12));
    expect(ex.lamb.layers[0].weightNorm / ex.lamb.layers[1].weightNorm).toBeGreaterThan(500);
  });
  it('Schedule-Free SGD: z is SGD from the gradients at y, x the running mean of z₁…z_t, y = (1 − β)z + βx', () => {
    const { gamma, beta, rows } = ex.scheduleFree;
    let z = 1;
    let x = 1;
    const zs: number[] = [];
    for (let t = 1; t < rows.length; t++) {
      const y = rows[t - 1].y;
      z = z - gamma * y; // ∇(½θ²) at y
      zs.push(z);
      x = zs.reduce((s, v) => s + v, 0) / zs.length;
      expect(rows[t].z).toBeCloseTo(z, 14);
      expect(rows[t].x).toBeCloseTo(x, 14);
      expect(rows[t].y).toBeCloseTo((1 - beta) * z + beta * x, 14);
    }
  });
  it('WSD: half the peak mid-warmup, the peak in the stable phase, 1 − √½ of it halfway down, 0 at T; "stop now" at 600 decays over 150', () => {
    const { rates, bounds, stoppedBounds } = ex.wsd;
    expect(rates.t25).toBeCloseTo(0.5e-3, 15);
    expect(rates.t500).toBe(1e-3);
    expect(rates.t900).toBeCloseTo(1e-3 * (1 - Math.SQRT1_2), 15);
    expect(rates.t1000).toBe(0);
    expect(bounds).toEqual({ warmupEnd: 50, decayStart: 800, decayEnd: 1000, decaySteps: 200 });
    expect(stoppedBounds.decaySteps).toBe(Math.round((600 * 0.2) / 0.8));
    expect(rates.stoppedMid).toBeCloseTo(rates.t900, 15);
  });
  it('memory per parameter of the MLP block by closed forms: Adam 2, Lion 1, Adafactor (m + n) per matrix + n per vector, Shampoo 2(m² + n²) + 2n²', () => {
    const row = (name: string) => ex.memory.rows.find((r) => r.name === name)!;
    const P = 2 * 2048 * 512 + 2048 + 512;
    expect(ex.memory.parameters).toBe(P);
    expect(row('adam').floats).toBe(2 * P);
    expect(row('lion').floats).toBe(P);
    expect(row('sgd').floats).toBe(0);
    expect(row('adafactor').floats).toBe(2 * (2048 + 512) + 2048 + 512);
    expect(row('shampoo').floats).toBe(2 * 2 * (2048 ** 2 + 512 ** 2) + 2 * (2048 ** 2 + 512 ** 2));
    expect(row('muon (+ adamw for vectors)').floats).toBe(2 * 2048 * 512 + 2 * (2048 + 512));
    expect(row('adam').megabytes).toBeCloseTo((2 * P * 4) / 2 ** 20, 12);
  });
});

describe('beyondAdamwWorkedExample(): the memory table’s names', () => {
  it('every optimizer of the package’s memory table has a display name (no raw package name on the page)', () => {
    ex.memory.rows.forEach((r) => expect(r.label, r.name).not.toBe(r.name === 'sgd' ? 'sgd' : r.name));
  });
});
