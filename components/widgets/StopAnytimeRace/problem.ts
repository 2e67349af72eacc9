import { logisticRegression, makeClassification, referenceOptimum, type FiniteSum } from '@descent/optim';

/** n = 1000 examples in d = 20 dimensions, 10 % labels flipped, a small L2 term (μ = 10⁻³). */
export const N = 1000;
export const DIM = 20;

interface Problem {
  problem: FiniteSum;
  fStar: number;
}
const cache = new Map<number, Problem>();
/** The seeded logistic regression every run of the race trains, with f* by a reference solve. */
export function stopProblem(seed: number): Problem {
  const hit = cache.get(seed);
  if (hit) return hit;
  const data = makeClassification({ n: N, d: DIM, seed: `stop-anytime/${seed}`, separation: 4, flipY: 0.1 });
  const problem = logisticRegression({ X: data.X, y: data.y, l2: 1e-3 });
  const p = { problem, fStar: referenceOptimum(problem).value };
  if (cache.size > 8) cache.clear();
  cache.set(seed, p);
  return p;
}
