import { describe, expect, it } from 'vitest';
import { characteristicPolynomial, checkedCharacteristicPolynomial } from './characteristicPolynomial.ts';
import { rootRadius, spectralRadius, worstRate } from './spectralRadius.ts';
import { heavyBallSpectralRadius } from '../analysis/momentum.ts';

/** Spectral radius of a 2×2 matrix [[a, b], [c, d]] from its trace and determinant, by the quadratic formula in complex arithmetic. */
function radius2x2(a: number, b: number, c: number, d: number): number {
  const tr = a + d;
  const det = a * d - b * c;
  const disc = tr * tr - 4 * det;
  if (disc < 0) return Math.hypot(tr / 2, Math.sqrt(-disc) / 2);
  return Math.max(Math.abs((tr + Math.sqrt(disc)) / 2), Math.abs((tr - Math.sqrt(disc)) / 2));
}

/** Power iteration on the state map: ‖Mᵏx‖^(1/k) → ρ(M). */
function powerRate(step: (s: [number, number]) => [number, number], k = 4000): number {
  let s: [number, number] = [1, 0.3];
  let logNorm = 0;
  for (let t = 0; t < k; t++) {
    s = step(s);
    const n = Math.hypot(s[0], s[1]);
    logNorm += Math.log(n);
    s = [s[0] / n, s[1] / n];
  }
  return Math.exp(logNorm / k);
}

describe('characteristicPolynomial(method, lr, beta, lambda)', () => {
  it('gives GD p = 1 − ηλ, q = 0; heavy ball p = 1 + β − ηλ, q = β; Nesterov p = (1+β)(1−ηλ), q = β(1−ηλ)', () => {
    expect(characteristicPolynomial('gd', 0.1, 0.9, 3)).toEqual({ p: 1 - 0.1 * 3, q: 0 });
    expect(characteristicPolynomial('heavyBall', 0.1, 0.5, 3)).toEqual({ p: 1 + 0.5 - 0.1 * 3, q: 0.5 });
    const n = characteristicPolynomial('nesterov', 0.1, 0.5, 3);
    expect(n.p).toBeCloseTo(1.5 * 0.7, 15);
    expect(n.q).toBeCloseTo(0.5 * 0.7, 15);
  });
  it('the Nesterov polynomial is the determinant of PyTorch’s (e, b) state matrix [[1 − ηλ(1+β), −ηβ²], [λ, β]]', () => {
    for (const [lr, beta, lam] of [
      [0.1, 0.5, 3],
      [0.7, 0.9, 1],
      [1.9, 0.2, 1.1],
    ]) {
      const M = [1 - lr * lam * (1 + beta), -lr * beta * beta, lam, beta];
      const { p, q } = characteristicPolynomial('nesterov', lr, beta, lam);
      expect(M[0] + M[3]).toBeCloseTo(p, 12); // trace
      expect(M[0] * M[3] - M[1] * M[2]).toBeCloseTo(q, 12); // determinant
    }
  });
  it('checkedCharacteristicPolynomial throws RangeError naming the bad argument', () => {
    expect(() => checkedCharacteristicPolynomial('adam' as never, 0.1, 0.5, 1)).toThrow(/method/);
    expect(() => checkedCharacteristicPolynomial('heavyBall', 0.1, 1, 1)).toThrow(/beta/);
  });
});

describe('spectralRadius(method, lr, beta, lambda)', () => {
  it('agrees with the 2×2 iteration matrix [[p, −q], [1, 0]] and with the existing heavyBallSpectralRadius', () => {
    for (const lr of [0.05, 0.5, 1.2, 2.5]) {
      for (const beta of [0, 0.3, 0.81, 0.99]) {
        for (const lam of [0.01, 1, 3]) {
          for (const method of ['gd', 'heavyBall', 'nesterov'] as const) {
            const { p, q } = characteristicPolynomial(method, lr, beta, lam);
            expect(spectralRadius(method, lr, beta, lam)).toBeCloseTo(radius2x2(p, -q, 1, 0), 7);
          }
          expect(spectralRadius('heavyBall', lr, beta, lam)).toBeCloseTo(
            heavyBallSpectralRadius(lr, beta, lam),
            12,
          );
        }
      }
    }
  });
  it('is the growth rate of the real recurrences (power iteration on the heavy-ball and PyTorch-Nesterov states)', () => {
    const [lr, beta, lam] = [0.3, 0.6, 2];
    const hb = powerRate(([e, prev]) => [(1 + beta - lr * lam) * e - beta * prev, e]);
    expect(hb).toBeCloseTo(spectralRadius('heavyBall', lr, beta, lam), 2);
    const nes = powerRate(([e, b]) => {
      const nb = beta * b + lam * e;
      return [e - lr * (lam * e + beta * nb), nb];
    });
    expect(nes).toBeCloseTo(spectralRadius('nesterov', lr, beta, lam), 2);
  });
  it('is |1 − ηλ| for GD and √β for a complex heavy-ball pair', () => {
    expect(spectralRadius('gd', 0.5, 0, 3)).toBeCloseTo(0.5, 15);
    expect(spectralRadius('heavyBall', 1, 0.81, 1)).toBeCloseTo(0.9, 15); // ηλ = 1 ∈ ((1−0.9)², (1+0.9)²)
    expect(rootRadius(0, 0.25)).toBe(0.5);
  });
  it('worstRate takes the maximum over the spectrum', () => {
    expect(worstRate('gd', 0.1, 0, [1, 10, 19])).toBeCloseTo(0.9, 15);
  });
});
