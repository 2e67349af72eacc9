import type { Quadratic } from './quadratic.ts';
import type { TestFunction2D } from './types.ts';
import { quadratic } from './quadratic.ts';
import { finite, positive } from '../internal/validate.ts';

export interface IllConditionedQuadraticOptions {
  /** Smallest curvature μ, default 1. */
  mu?: number;
  /** Largest curvature L, default 10 (κ = L/μ). */
  L?: number;
  /** Rotation of the principal axes in radians, default 0 (μ along x, L along y). */
  angle?: number;
}

/**
 * The 2-D ravine $f(x) = \tfrac12 x^\top R\,\mathrm{diag}(\mu, L)R^\top x$, minimizer 0: GD
 * zig-zags across the steep direction and crawls along the shallow one; the momentum lesson's
 * running example. Carries the eigen-data of {@link quadratic}.
 */
export function illConditionedQuadratic({
  mu = 1,
  L = 10,
  angle = 0,
}: IllConditionedQuadraticOptions = {}): Quadratic & TestFunction2D {
  positive('illConditionedQuadratic', 'mu', mu);
  positive('illConditionedQuadratic', 'L', L);
  finite('illConditionedQuadratic', 'angle', angle);
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  // R diag(μ, L) Rᵀ with R = [[c, −s], [s, c]].
  const a = mu * c * c + L * s * s;
  const d = mu * s * s + L * c * c;
  const off = (mu - L) * c * s;
  const q = quadratic({
    A: [
      [a, off],
      [off, d],
    ],
  });
  return {
    ...q,
    name: 'illConditionedQuadratic',
    dim: 2,
    minimizers: [new Float64Array(2)],
    minimum: 0,
    saddlePoints: [],
    domain: { x: [-3, 3], y: [-3, 3] },
    start: Float64Array.from([-2.5, 1.5]),
    hessian: () => Float64Array.from(q.A),
  };
}
