import type { TestFunction2D } from './types.ts';

/**
 * Beale's function: $f = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2$,
 * minimizer (3, 0.5), f* = 0; flat plateaus and sharp ridges near the corners.
 * Reference: Beale (1958), On an iterative method for finding a local minimum.
 */
export function beale(): TestFunction2D {
  const c = [1.5, 2.25, 2.625];
  return {
    name: 'beale',
    dim: 2,
    value: ([x, y]) => c.reduce((s, ci, i) => s + (ci - x + x * y ** (i + 1)) ** 2, 0),
    grad: ([x, y]) => {
      let gx = 0;
      let gy = 0;
      for (let i = 0; i < 3; i++) {
        const k = i + 1;
        const r = c[i] - x + x * y ** k;
        gx += 2 * r * (y ** k - 1);
        gy += 2 * r * k * x * y ** (k - 1);
      }
      return Float64Array.from([gx, gy]);
    },
    hessian: ([x, y]) => {
      let hxx = 0;
      let hxy = 0;
      let hyy = 0;
      for (let i = 0; i < 3; i++) {
        const k = i + 1;
        const r = c[i] - x + x * y ** k;
        const rx = y ** k - 1;
        const ry = k * x * y ** (k - 1);
        const rxy = k * y ** (k - 1);
        const ryy = k * (k - 1) * x * (k >= 2 ? y ** (k - 2) : 0);
        hxx += 2 * rx * rx;
        hxy += 2 * (rx * ry + r * rxy);
        hyy += 2 * (ry * ry + r * ryy);
      }
      return Float64Array.from([hxx, hxy, hxy, hyy]);
    },
    minimizers: [Float64Array.from([3, 0.5])],
    minimum: 0,
    saddlePoints: [],
    domain: { x: [-4.5, 4.5], y: [-4.5, 4.5] },
    start: Float64Array.from([1, 1.5]),
  };
}
