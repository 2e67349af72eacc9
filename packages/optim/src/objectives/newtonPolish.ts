import type { Vec } from '../types.ts';

/**
 * Refines an approximate critical point of a 2-D function by Newton's method on ∇f = 0, so
 * minimizers are computed to machine precision rather than typed in.
 */
export function newtonPolish(grad: (x: Vec) => Vec, hessian: (x: Vec) => Vec, guess: readonly number[]): Vec {
  let x = Float64Array.from(guess);
  for (let k = 0; k < 50; k++) {
    const g = grad(x);
    const [a, b, c, d] = hessian(x);
    const det = a * d - b * c;
    if (det === 0) break;
    const dx = (d * g[0] - b * g[1]) / det;
    const dy = (-c * g[0] + a * g[1]) / det;
    const next = Float64Array.from([x[0] - dx, x[1] - dy]);
    if (next[0] === x[0] && next[1] === x[1]) break;
    x = next;
  }
  return x;
}
