import { quadratic } from '@descent/optim';

/**
 * f(θ) = ½(a₁(θ₁ − 1)² + a₂(θ₂ − 1)²) with curvatures a = (4, 0.04), a hundred apart: the two
 * gradients differ by orders of magnitude, so a per-coordinate sign step and Adam's normalised
 * step differ visibly. Axis-aligned on purpose: sign descent acts coordinate by coordinate.
 */
export const CURVATURE: readonly [number, number] = [4, 0.04];
export const MINIMIZER: [number, number] = [1, 1];
export const DOMAIN = { x: [-2.5, 2.5] as [number, number], y: [-2.5, 2.5] as [number, number] };
export const START: [number, number] = [-2, -1.5];

let cached: ReturnType<typeof quadratic> | null = null;
/** The objective (built once). */
export function lionProblem() {
  cached ??= quadratic({
    A: [
      [CURVATURE[0], 0],
      [0, CURVATURE[1]],
    ],
    b: [CURVATURE[0] * MINIMIZER[0], CURVATURE[1] * MINIMIZER[1]],
  });
  return cached;
}
