import { illConditionedQuadratic, type Quadratic, type TestFunction2D } from '@descent/optim';
import type { Domain, Point } from '../../kit/contourGeometry.ts';

export const RAVINE_DOMAIN: Domain = { x: [-3, 3], y: [-2, 2] };
export const RAVINE_START: Point = [-2.6, 1.6];
/** The steep curvature: fixed at 1, so the shallow one is μ = 1/κ. */
export const RAVINE_L = 1;

const cache = new Map<number, Quadratic & TestFunction2D>();

/** The lesson's ravine ½(μθ₁² + Lθ₂²) with L = 1, μ = 1/κ (axis-aligned: θ₁ is the shallow eigenvector). */
export function ravine(kappa: number): Quadratic & TestFunction2D {
  let q = cache.get(kappa);
  if (!q) {
    q = illConditionedQuadratic({ mu: RAVINE_L / kappa, L: RAVINE_L });
    if (cache.size > 32) cache.clear();
    cache.set(kappa, q);
  }
  return q;
}

const onPlane = new WeakMap<Quadratic & TestFunction2D, (x: number, y: number) => number>();

/** The ravine as a function of the plane, the same function for the same κ (so its contours are traced once). */
export function ravineOnPlane(kappa: number): (x: number, y: number) => number {
  const q = ravine(kappa);
  let f = onPlane.get(q);
  if (!f) {
    // One scratch point, not an array per call: tracing the contours samples thousands of points.
    const at = new Float64Array(2);
    f = (x: number, y: number) => {
      at[0] = x;
      at[1] = y;
      return q.value(at);
    };
    onPlane.set(q, f);
  }
  return f;
}
