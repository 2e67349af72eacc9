import {
  gradientNoise,
  leastSquares,
  makeRegression,
  quadratic,
  referenceOptimum,
  type FiniteSum,
} from '@descent/optim';

/** The 2-D least-squares finite sum every widget of lesson 1 uses, with its constants. */
export interface LessonProblem {
  problem: FiniteSum;
  n: number;
  /** Minimizer θ* and f* = f(θ*), from optim's Newton solve (machine precision). */
  xStar: readonly [number, number];
  fStar: number;
  /** Largest and smallest Hessian eigenvalue (f is quadratic, so these are exact L and μ). */
  L: number;
  mu: number;
  /** max_i L_i: the curvature a single-example step sees. */
  Lmax: number;
  /** σ²(θ*) = (1/n) Σ‖∇f_i(θ*)‖², the gradient noise left at the minimizer. */
  sigma2Star: number;
  /** Plot window (a square around θ*) and the default start point. */
  domain: { x: readonly [number, number]; y: readonly [number, number] };
  start: readonly [number, number];
  /** f on the plane, for contour plots. */
  f2: (x: number, y: number) => number;
}

const N = 40;
let cached: LessonProblem | null = null;

/**
 * lessonProblem() → ridge regression on 40 seeded examples in 2-D. The second feature is
 * shrunk and mixed into the first so the valley is narrow (κ ≈ 8) and tilted; the label
 * noise (σ = 0.6) leaves gradient noise at the minimizer, which is what gives SGD its floor.
 */
export function lessonProblem(): LessonProblem {
  if (cached) return cached;
  const raw = makeRegression({ n: N, d: 2, seed: 7, noise: 0.6 });
  const X = raw.X.map(([a, b]) => [a + 0.3 * b, 0.35 * b]);
  const problem = leastSquares({ X, y: raw.y, l2: 0.02 });
  const opt = referenceOptimum(problem);
  const q = quadratic({ A: problem.hessian!(opt.x) });
  const xStar = [opt.x[0], opt.x[1]] as const;
  const half = 3;
  const domain = {
    x: [Math.round((xStar[0] - half) * 10) / 10, Math.round((xStar[0] + half) * 10) / 10] as const,
    y: [Math.round((xStar[1] - half) * 10) / 10, Math.round((xStar[1] + half) * 10) / 10] as const,
  };
  const buf = new Float64Array(2);
  cached = {
    problem,
    n: N,
    xStar,
    fStar: opt.value,
    L: q.L,
    mu: q.mu,
    Lmax: problem.lipschitzMax,
    sigma2Star: gradientNoise(problem, opt.x).sigma2,
    domain,
    start: [Math.round((domain.x[0] + 0.4) * 10) / 10, Math.round((domain.y[1] - 0.4) * 10) / 10],
    f2: (x, y) => {
      buf[0] = x;
      buf[1] = y;
      return problem.value(buf);
    },
  };
  return cached;
}
