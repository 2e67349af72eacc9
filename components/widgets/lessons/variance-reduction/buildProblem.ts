import {
  logisticRegression,
  makeClassification,
  referenceOptimum,
  type FiniteSum,
  type Vec,
} from '@descent/optim';

/** Features per example in every variance-reduction widget: small enough to run 100 passes in a frame or two. */
export const FEATURES = 10;

export interface ProblemSettings {
  /** Number of examples. */
  n: number;
  /** The ℓ2 coefficient λ; each fᵢ is λ-strongly convex, so μ = λ. */
  l2: number;
  /** Every feature is multiplied by this; L_max grows as its square. */
  scale: number;
  seed: number;
}

export interface BuiltProblem {
  problem: FiniteSum;
  /** f* from Newton's method, to near machine precision. */
  fStar: number;
  xStar: Vec;
  x0: Vec;
  /** max_i L_i = max_i ‖xᵢ‖²/4 + λ. */
  lMax: number;
  /** L of the average f. */
  lAvgF: number;
  mu: number;
  /** L_max / μ: the condition number the theorems use. */
  kappa: number;
}

/**
 * buildProblem(settings) → the seeded ℓ2-regularised logistic regression every widget of the
 * variance-reduction lesson runs on, with its reference optimum. Start: x₀ = 0.
 */
export function buildProblem({ n, l2, scale, seed }: ProblemSettings): BuiltProblem {
  const data = makeClassification({ n, d: FEATURES, seed });
  const X = data.X.map((row) => row.map((v) => v * scale));
  const problem = logisticRegression({ X, y: data.y, l2 });
  const opt = referenceOptimum(problem);
  return {
    problem,
    fStar: opt.value,
    xStar: opt.x,
    x0: new Float64Array(FEATURES),
    lMax: problem.lipschitzMax,
    lAvgF: problem.lipschitz,
    mu: problem.mu,
    kappa: problem.lipschitzMax / problem.mu,
  };
}
