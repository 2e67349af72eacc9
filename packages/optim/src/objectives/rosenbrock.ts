import type { TestFunction2D } from './types.ts';
import { finite, positive } from '../internal/validate.ts';

/**
 * Rosenbrock's banana: $f(x, y) = (a - x)^2 + b(y - x^2)^2$, minimizer (a, a²), f* = 0.
 * A curved valley: easy to find, slow to follow. Defaults a = 1, b = 100.
 * Reference: Rosenbrock (1960), An automatic method for finding the greatest or least value of a function.
 */
export function rosenbrock({ a = 1, b = 100 }: { a?: number; b?: number } = {}): TestFunction2D {
  finite('rosenbrock', 'a', a);
  positive('rosenbrock', 'b', b);
  return {
    name: 'rosenbrock',
    dim: 2,
    value: (p) => (a - p[0]) ** 2 + b * (p[1] - p[0] * p[0]) ** 2,
    grad: (p) => {
      const [x, y] = p;
      return Float64Array.from([-2 * (a - x) - 4 * b * x * (y - x * x), 2 * b * (y - x * x)]);
    },
    hessian: (p) => {
      const [x, y] = p;
      return Float64Array.from([2 - 4 * b * (y - 3 * x * x), -4 * b * x, -4 * b * x, 2 * b]);
    },
    minimizers: [Float64Array.from([a, a * a])],
    minimum: 0,
    saddlePoints: [],
    domain: {
      x: [Math.min(-2, a - 1), Math.max(2, a + 1)],
      y: [Math.min(-1, a * a - 2), Math.max(3, a * a + 1)],
    },
    start: Float64Array.from([-1.2, 1]),
  };
}
