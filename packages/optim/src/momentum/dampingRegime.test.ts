import { describe, expect, it } from 'vitest';
import { dampingRegime } from './dampingRegime.ts';
import { componentTrajectory } from './componentTrajectory.ts';

/** Sign changes in a sequence (zeros skipped). */
function signChanges(xs: number[]): number {
  let n = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i] * xs[i - 1] < 0) n++;
  return n;
}

describe('dampingRegime(lr, beta, lambda)', () => {
  const beta = 0.25; // √β = 0.5: boundaries at ηλ = 0.25, 2.25 and 2 + 2β = 2.5
  it('classifies by ηλ against (1 − √β)², (1 + √β)² and 2 + 2β', () => {
    expect(dampingRegime(0.1, beta, 1).regime).toBe('overdamped');
    expect(dampingRegime(0.25, beta, 1).regime).toBe('critical');
    expect(dampingRegime(1, beta, 1).regime).toBe('underdamped');
    expect(dampingRegime(2.25, beta, 1).regime).toBe('critical');
    expect(dampingRegime(2.4, beta, 1).regime).toBe('flipping');
    expect(dampingRegime(2.6, beta, 1).regime).toBe('divergent');
    expect(dampingRegime(0, beta, 1).regime).toBe('divergent');
  });
  it('matches the motion of the real iteration: no sign change, a slow spiral, a flip every step', () => {
    const over = componentTrajectory('heavyBall', 0.1, beta, 1, 1, 60);
    expect(signChanges(over)).toBe(0);
    const under = componentTrajectory('heavyBall', 0.1, 0.9, 10, 1, 200); // ηλ = 1, β = 0.9
    const info = dampingRegime(0.1, 0.9, 10);
    expect(info.regime).toBe('underdamped');
    // A complex pair at angle φ changes sign about 200·φ/π times in 200 steps.
    expect(Math.abs(signChanges(under) - 200 / info.halfPeriod!)).toBeLessThanOrEqual(1.5);
    const flip = componentTrajectory('heavyBall', 2.4, beta, 1, 1, 40);
    expect(signChanges(flip)).toBeGreaterThanOrEqual(38);
  });
  it('reports the complex pair with modulus √β and the rate', () => {
    const info = dampingRegime(1, 0.64, 1);
    expect(Math.hypot(...info.roots[0])).toBeCloseTo(0.8, 12);
    expect(info.rate).toBeCloseTo(0.8, 12);
    expect(() => dampingRegime(0.1, -0.1, 1)).toThrow(/beta/);
  });
  it('classifies GD and Nesterov components by their own roots', () => {
    expect(dampingRegime(0.5, 0.9, 1, 'gd').regime).toBe('overdamped');
    expect(dampingRegime(1.5, 0.9, 1, 'gd').regime).toBe('flipping');
    expect(dampingRegime(2.5, 0.9, 1, 'gd').regime).toBe('divergent');
    // Nesterov at c = 1 − ηλ = 0.9, β = 0.9: disc = (1.9·0.9)² − 4·0.81 < 0.
    expect(dampingRegime(0.1, 0.9, 1, 'nesterov').regime).toBe('underdamped');
    expect(dampingRegime(1.3, 0.5, 1, 'nesterov').regime).toBe('flipping');
  });
});
