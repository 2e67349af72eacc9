import { describe, expect, it } from 'vitest';
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
