import type { TestFunction2D } from './types.ts';

/**
 * A saddle with two wells: $f(x, y) = \tfrac12 x^2 + \tfrac14 y^4 - \tfrac12 y^2$.
 * Saddle point at the origin (Hessian diag(1, −1)), minima at (0, ±1) with f* = −1/4.
 * Started on the x-axis, gradient descent converges to the saddle; any y-noise escapes it.
 */
export function saddle(): TestFunction2D {
  return {
    name: 'saddle',
    dim: 2,
    value: ([x, y]) => 0.5 * x * x + 0.25 * y ** 4 - 0.5 * y * y,
    grad: ([x, y]) => Float64Array.from([x, y ** 3 - y]),
    hessian: ([, y]) => Float64Array.from([1, 0, 0, 3 * y * y - 1]),
    minimizers: [Float64Array.from([0, 1]), Float64Array.from([0, -1])],
    minimum: -0.25,
    saddlePoints: [Float64Array.from([0, 0])],
    domain: { x: [-2, 2], y: [-2, 2] },
    start: Float64Array.from([1.5, 1e-3]),
  };
}
