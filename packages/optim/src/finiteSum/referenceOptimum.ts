import type { Vec } from '../types.ts';
import type { FiniteSum } from './types.ts';
import { norm, solve } from '../internal/linalg.ts';

export interface ReferenceOptimum {
  x: Vec;
  /** f* to (near) machine precision, for suboptimality plots f(x) − f*. */
  value: number;
  /** ‖∇f(x)‖ at the returned point. */
  gradNorm: number;
  iterations: number;
}

/**
 * A high-accuracy minimiser of a (strongly convex) finite sum, to measure suboptimality:
 * Newton's method with backtracking (Armijo) when the problem has a Hessian, otherwise
 * gradient descent with step 1/L. Stops when ‖∇f‖ ≤ 1e-13·max(1, ‖∇f(x₀)‖) or after maxIter.
 */
export function referenceOptimum(
  problem: FiniteSum,
  { x0, maxIter }: { x0?: Vec; maxIter?: number } = {},
): ReferenceOptimum {
  const d = problem.dim;
  let x: Vec = x0 ? Float64Array.from(x0) : new Float64Array(d);
  let f = problem.value(x);
  let g = problem.grad(x);
  const tol = 1e-13 * Math.max(1, norm(g));
  let it = 0;
  if (problem.hessian) {
    const limit = maxIter ?? 100;
    for (; it < limit && norm(g) > tol; it++) {
      const step = solve(problem.hessian(x), g, d);
      if (!step) break;
      let t = 1;
      const slope = -g.reduce((s, gi, j) => s + gi * step[j], 0);
      let xn: Vec = x;
      let fn = f;
      for (let k = 0; k < 60; k++) {
        xn = x.map((xi, j) => xi - t * step[j]);
        fn = problem.value(xn);
        if (fn <= f + 1e-4 * t * slope || Math.abs(fn - f) <= 1e-16 * Math.abs(f)) break;
        t /= 2;
      }
      if (xn.every((v, j) => v === x[j])) break;
      x = xn;
      f = fn;
      g = problem.grad(x);
    }
  } else {
    const limit = maxIter ?? 100000;
    const lr = 1 / problem.lipschitz;
    for (; it < limit && norm(g) > tol; it++) {
      x = x.map((xi, j) => xi - lr * g[j]);
      g = problem.grad(x);
    }
    f = problem.value(x);
  }
  return { x, value: f, gradNorm: norm(g), iterations: it };
}
