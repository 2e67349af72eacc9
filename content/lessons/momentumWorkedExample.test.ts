import { describe, expect, it } from 'vitest';
import { componentTrajectory, pathGraphQuadratic } from '@descent/optim';
import { momentumWorkedExample } from './momentumWorkedExample.ts';

const ex = momentumWorkedExample();

describe('momentumWorkedExample()', () => {
  it('two steps by hand on f = θ² (λ = 2) from θ₀ = 1, η = 0.1, β = 0.9 match arithmetic done here', () => {
    // Heavy ball: g₁ = 2, b₁ = 2, θ₁ = 0.8; g₂ = 1.6, b₂ = 0.9·2 + 1.6 = 3.4, θ₂ = 0.8 − 0.34 = 0.46.
    expect(ex.hand.heavy.map((r) => [r.g, r.b, r.theta]).flat()).toEqual(
      [2, 2, 0.8, 1.6, 3.4, 0.46].map((v, i) => expect.closeTo(v, 12 + 0 * i)),
    );
    // Nesterov: θ₁ = 1 − 0.1(2 + 0.9·2) = 0.62; g₂ = 1.24, b₂ = 1.8 + 1.24 = 3.04, θ₂ = 0.62 − 0.1(1.24 + 0.9·3.04) = 0.2224.
    expect(ex.hand.nesterov[0].theta).toBeCloseTo(0.62, 12);
    expect(ex.hand.nesterov[1].b).toBeCloseTo(3.04, 12);
    expect(ex.hand.nesterov[1].theta).toBeCloseTo(0.2224, 12);
    expect(ex.hand.plain[1].theta).toBeCloseTo(0.64, 12);
  });
  it('κ = 100: GD needs 691 steps for 10⁻⁶, the heavy ball 69, Nesterov (tuned) 113, Nesterov (1/L) 132', () => {
    expect(ex.k100.gd.steps).toBe(Math.ceil(Math.log(1e6) / Math.log(101 / 99)));
    expect(ex.k100.hb.steps).toBe(Math.ceil(Math.log(1e6) / Math.log(11 / 9)));
    expect(ex.k100.nes.steps).toBe(Math.ceil(Math.log(1e6) / -Math.log(1 - 2 / Math.sqrt(301))));
    expect(ex.k100.std.steps).toBe(Math.ceil(Math.log(1e6) / -Math.log(0.9)));
    expect([ex.k100.gd.steps, ex.k100.hb.steps, ex.k100.nes.steps, ex.k100.std.steps]).toEqual([
      691, 69, 113, 132,
    ]);
  });
  it('measured runs need at least as many steps as the rate says, and not many more', () => {
    for (const [m, k] of [
      [ex.measured.gd, ex.k100.gd.steps],
      [ex.measured.hb, ex.k100.hb.steps],
      [ex.measured.nes, ex.k100.nes.steps],
    ] as const) {
      expect(m).not.toBeNull();
      expect(m!).toBeGreaterThan(0.8 * k);
      expect(m!).toBeLessThan(1.6 * k);
    }
  });
  it('stability at β = 0.9: ηL < 3.8 for the heavy ball, 3.8/2.8 for Nesterov; damping boundaries at β = 0.81', () => {
    expect(ex.stability.hb).toBeCloseTo(3.8, 14);
    expect(ex.stability.nes).toBeCloseTo(3.8 / 2.8, 14);
    expect(ex.damp.low).toBeCloseTo(0.01, 12);
    expect(ex.damp.high).toBeCloseTo(3.61, 12);
    expect(ex.damp.regimes.map((r) => r.regime)).toEqual([
      'overdamped',
      'critical',
      'underdamped',
      'critical',
      'flipping',
      'divergent',
    ]);
  });
  it('the buffer-convention gap after 0.1 → 0.01 equals the simulated one: the lr-inside form travels about 8.1 further', () => {
    expect(ex.change.simulatedGap).toBeCloseTo(ex.change.total, 6); // 200 steps after the change: a β²⁰⁰ tail remains
    const history = (0.9 * (1 - 0.9 ** 30)) / 0.1;
    expect(ex.change.total).toBeCloseTo((-0.09 * history) / 0.1, 10);
  });
  it('noise floors: momentum at the same effective step is a little below SGD’s; at SGD’s η about 1/(1 − β) higher', () => {
    expect(ex.floors.momentum).toBeLessThan(ex.floors.sgd);
    expect(ex.floors.momentum / ex.floors.sgd).toBeGreaterThan(0.9);
    expect(ex.floors.sameLr / ex.floors.sgd).toBeGreaterThan(8);
  });
});

describe('momentumWorkedExample(): the corrected and the new numbers', () => {
  it('on f = θ² with η = 0.1, β = 0.9 the heavy ball spirals at √0.9, Nesterov at √(β(1 − ηλ)) = √0.72, GD at 0.8', () => {
    expect(ex.hand.rates.heavy).toBeCloseTo(Math.sqrt(0.9), 14);
    expect(ex.hand.rates.nesterov).toBeCloseTo(Math.sqrt(0.72), 14);
    expect(ex.hand.rates.gd).toBeCloseTo(0.8, 14);
    // Both momentum polynomials have complex roots here: p² < 4q.
    expect(1.7 ** 2).toBeLessThan(4 * 0.9); // heavy ball: p = 1 + β − ηλ = 1.7, q = β = 0.9
    expect((1.9 * 0.8) ** 2).toBeLessThan(4 * 0.72); // Nesterov: p = (1 + β)(1 − ηλ), q = β(1 − ηλ)
    expect([ex.hand.rates.heavyRegime, ex.hand.rates.nesterovRegime]).toEqual(['underdamped', 'underdamped']);
  });
  it('raising β from 0.6 to 0.9 in the ravine: within 10 % sooner, but a slower rate and a larger error at the end', () => {
    const { low, high } = ex.betaCompare;
    // β = 0.6: the shallow component (ηλ = 1.3/50) is over-damped; its larger root, by the quadratic formula.
    const p = 1.6 - 1.3 / 50;
    expect(low.rate).toBeCloseTo((p + Math.sqrt(p * p - 2.4)) / 2, 12);
    expect(high.rate).toBeCloseTo(Math.sqrt(0.9), 12); // both components under-damped
    expect(high.within10).toBeLessThan(low.within10);
    expect(high.end / low.end).toBeGreaterThan(10);
  });
  it('the limits of descent: the bound is qᵗ, every tuned method stays above it, the heavy ball sits on it', () => {
    const q = 9 / 11;
    expect(ex.limits.rate).toBeCloseTo(q, 15);
    for (const r of ex.limits.rows) {
      expect(r.bound).toBeCloseTo(q ** r.t, 12);
      expect(r.gd).toBeGreaterThan(r.bound);
      expect(r.nes).toBeGreaterThan(r.bound);
      expect(r.hb / r.bound).toBeCloseTo(1, 10);
    }
    expect(ex.limits.allAbove).toBe(true);
    expect(ex.limits.hbGap).toBeLessThan(1e-10);
    expect(ex.limits.stepsBound).toBe(ex.k100.hb.steps);
  });
  it('GD’s error on the path graph equals its eigen-expansion Σⱼ (1 − ηλⱼ)ᵗ cⱼ vⱼ (a second route)', () => {
    const path = pathGraphQuadratic({ kappa: 100, dim: 400 });
    const lr = 2 / 101;
    const norm0 = Math.hypot(...path.minimizer);
    for (const r of ex.limits.rows.slice(0, 2)) {
      let sq = 0;
      path.eigenvalues.forEach((lam, j) => {
        const v = path.eigenvector(j);
        const c = -v.reduce((s, vi, i) => s + vi * path.minimizer[i], 0); // θ₀ − θ* along vⱼ
        sq += ((1 - lr * lam) ** r.t * c) ** 2;
      });
      expect(Math.sqrt(sq) / norm0).toBeCloseTo(r.gd, 10);
    }
  });
  it('the spectrum paragraph: momentum reaches the early-stopping step about 1/(1 − β) times sooner than GD', () => {
    expect(ex.spectrum.gdBest / ex.spectrum.best).toBeCloseTo(1 / (1 - 0.6), 1);
    expect(ex.spectrum.bestTest * 5).toBeLessThan(ex.spectrum.endTest);
    expect(ex.spectrum.fittedAtBest).toBe(4);
    expect(ex.spectrum.smallestLeft.every((x) => x > 0.5)).toBe(true);
  });
});

describe('momentumWorkedExample(): more second routes', () => {
  it('the β comparison in the ravine, recomputed from the two scalar component recurrences', () => {
    // The ravine is axis-aligned (λ₁ = 1/κ along θ₁, λ₂ = 1 across), so the error is the norm of the
    // two heavy-ball component trajectories from the default start (−2.6, 1.6).
    const p = { lr: 1.3, kappa: 50, steps: 120, x0: -2.6, y0: 1.6 };
    for (const [beta, got] of [
      [0.6, ex.betaCompare.low],
      [0.9, ex.betaCompare.high],
    ] as const) {
      const c1 = componentTrajectory('heavyBall', p.lr, beta, 1 / p.kappa, p.x0, p.steps);
      const c2 = componentTrajectory('heavyBall', p.lr, beta, 1, p.y0, p.steps);
      const err = c1.map((v, t) => Math.hypot(v, c2[t]));
      expect(got.within10).toBe(err.findIndex((e) => e < 0.1 * err[0]));
      expect(got.end).toBeCloseTo(err[p.steps] / err[0], 12);
    }
  });
  it('Nesterov’s error on the path graph, recomputed eigen-component by eigen-component', () => {
    const path = pathGraphQuadratic({ kappa: 100, dim: 400 });
    const r = Math.sqrt(301);
    const [lr, beta] = [4 / 301, (r - 2) / (r + 2)];
    const norm0 = Math.hypot(...path.minimizer);
    for (const row of ex.limits.rows.slice(0, 3)) {
      let sq = 0;
      path.eigenvalues.forEach((lam, j) => {
        const v = path.eigenvector(j);
        const c0 = -v.reduce((s, vi, i) => s + vi * path.minimizer[i], 0);
        sq += componentTrajectory('nesterov', lr, beta, lam, c0, row.t)[row.t] ** 2;
      });
      expect(Math.sqrt(sq) / norm0).toBeCloseTo(row.nes, 10);
    }
  });
});
