import type { TestFunction2D } from './types.ts';
import type { Vec } from '../types.ts';
import { newtonPolish } from './newtonPolish.ts';

/**
 * Himmelblau's function: $f = (x^2 + y - 11)^2 + (x + y^2 - 7)^2$, four global minima with f* = 0
 * ((3, 2) and three irrational ones, polished by Newton's method here): which one a run finds
 * depends on the start. Reference: Himmelblau (1972), Applied Nonlinear Programming.
 */
export function himmelblau(): TestFunction2D {
  const grad = ([x, y]: Vec) => {
    const a = x * x + y - 11;
    const b = x + y * y - 7;
    return Float64Array.from([4 * x * a + 2 * b, 2 * a + 4 * y * b]);
  };
  const hessian = ([x, y]: Vec) => {
    const hxy = 4 * x + 4 * y;
    return Float64Array.from([12 * x * x + 4 * y - 42, hxy, hxy, 4 * x + 12 * y * y - 26]);
  };
  const guesses = [
    [3, 2],
    [-2.805118, 3.131312],
    [-3.77931, -3.283186],
    [3.584428, -1.848126],
  ];
  return {
    name: 'himmelblau',
    dim: 2,
    value: ([x, y]) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2,
    grad,
    hessian,
    minimizers: guesses.map((g) => newtonPolish(grad, hessian, g)),
    minimum: 0,
    saddlePoints: [],
    domain: { x: [-5, 5], y: [-5, 5] },
    start: Float64Array.from([0, 0]),
  };
}
