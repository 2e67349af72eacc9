import { integer, nonNegative } from '../internal/validate.ts';
import { rng } from '../rng.ts';
import { quadratic, type Quadratic } from './quadratic.ts';

export interface PolynomialRegressionOptions {
  /** Number of training points (default 20). */
  n?: number;
  /** Degree of the polynomial: d = degree + 1 coefficients (default 7). */
  degree?: number;
  /** Standard deviation of the noise added to the targets (default 0.15). */
  noise?: number;
  /** Seed of the inputs' jitter and the noise. */
  seed?: number | string;
  /** The noiseless function the data are sampled from (default sin 3x). */
  target?: (x: number) => number;
}

export interface PolynomialRegression extends Quadratic {
  /** Training inputs in [−1, 1], ascending, and their noisy targets. */
  x: number[];
  y: number[];
  degree: number;
  /** s in $f(\theta) = \frac{1}{2ns}\lVert X\theta - y\rVert^2 + \text{const}$: scales the largest curvature to 1. */
  scale: number;
  /** The polynomial $\sum_k \theta_k x^k$. */
  predict(theta: ArrayLike<number>, x: number): number;
  target(x: number): number;
  /** Mean squared residual on the training points, $\frac1n\lVert X\theta - y\rVert^2$. */
  trainError(theta: ArrayLike<number>): number;
  /** Mean squared distance to the noiseless target over 201 evenly spaced points of [−1, 1]. */
  testError(theta: ArrayLike<number>): number;
  /**
   * The same test error as a quadratic form, $\theta^\top G\theta - 2h^\top\theta + k$ (G row-major d×d):
   * lets a caller evaluate it at every step of a long run for $O(d^2)$ instead of a sweep of the grid.
   */
  testForm: { gram: Float64Array; cross: Float64Array; energy: number };
}

const GRID = 201;

/**
 * Least-squares fit of a polynomial $p_\theta(x) = \sum_{k=0}^{\text{degree}}\theta_k x^k$ to n noisy
 * samples $y_i = g(x_i) + \sigma\xi_i$ at stratified inputs $x_i \in [-1, 1]$ — the problem of Goh's
 * (2017) "Example: Polynomial Regression". The loss is a quadratic
 * $\tfrac12\theta^\top A\theta - b^\top\theta$ (+ const) with $A = X^\top X/(ns)$, $b = X^\top y/(ns)$,
 * where X has the monomials as columns and s is the largest eigenvalue of $X^\top X/n$, so that
 * L = 1 and a learning rate η is ηL. The monomials are nearly collinear, so the eigenvalues spread
 * over many decades: gradient methods fit the large-eigenvalue components (smooth shapes) first and
 * the small ones — which the noise dominates — last, the reason stopping early regularises.
 */
export function polynomialRegression({
  n = 20,
  degree = 7,
  noise = 0.15,
  seed = 'polynomial-regression',
  target = (x) => Math.sin(3 * x),
}: PolynomialRegressionOptions = {}): PolynomialRegression {
  const fn = 'polynomialRegression';
  integer(fn, 'n', n, 2);
  integer(fn, 'degree', degree, 0);
  nonNegative(fn, 'noise', noise);
  const d = degree + 1;
  const r = rng(seed);
  const x = Array.from({ length: n }, (_, i) => -1 + (2 * (i + r.uniform())) / n);
  const y = x.map((xi) => target(xi) + noise * r.normal());
  const powers = (xi: number) => {
    const row = new Float64Array(d);
    let p = 1;
    for (let k = 0; k < d; k++, p *= xi) row[k] = p;
    return row;
  };
  const rows = x.map(powers);
  const gram = new Float64Array(d * d);
  const xty = new Float64Array(d);
  rows.forEach((row, i) => {
    for (let j = 0; j < d; j++) {
      xty[j] += (row[j] * y[i]) / n;
      for (let k = 0; k < d; k++) gram[j * d + k] += (row[j] * row[k]) / n;
    }
  });
  const scale = quadratic({ A: gram }).L;
  const q = quadratic({ A: gram.map((v) => v / scale), b: xty.map((v) => v / scale) });
  const predict = (theta: ArrayLike<number>, xi: number) => {
    let s = 0;
    for (let k = d - 1; k >= 0; k--) s = s * xi + theta[k]; // Horner
    return s;
  };
  const grid = Array.from({ length: GRID }, (_, i) => -1 + (2 * i) / (GRID - 1));
  const truth = grid.map(target);
  const gramT = new Float64Array(d * d);
  const cross = new Float64Array(d);
  let energy = 0;
  grid.forEach((xi, i) => {
    const row = powers(xi);
    energy += (truth[i] * truth[i]) / GRID;
    for (let j = 0; j < d; j++) {
      cross[j] += (row[j] * truth[i]) / GRID;
      for (let k = 0; k < d; k++) gramT[j * d + k] += (row[j] * row[k]) / GRID;
    }
  });
  return {
    ...q,
    x,
    y,
    degree,
    scale,
    predict,
    target,
    trainError: (theta) => x.reduce((s, xi, i) => s + (predict(theta, xi) - y[i]) ** 2, 0) / n,
    testError: (theta) => grid.reduce((s, xi, i) => s + (predict(theta, xi) - truth[i]) ** 2, 0) / GRID,
    testForm: { gram: gramT, cross, energy },
  };
}
