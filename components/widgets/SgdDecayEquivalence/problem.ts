import { quadratic } from '@descent/optim';

/** f(θ) = ½θᵀAθ − bᵀθ with A = [[1.6, 0.6], [0.6, 0.9]] and b = A·(1, 1): θ* = (1, 1), no decay. */
export const A = [
  [1.6, 0.6],
  [0.6, 0.9],
];
export const B = [A[0][0] + A[0][1], A[1][0] + A[1][1]];
export const DOMAIN = { x: [-2.5, 2.5] as [number, number], y: [-2.5, 2.5] as [number, number] };
export const START: [number, number] = [-2, 1.8];

let cached: ReturnType<typeof quadratic> | null = null;
/** The objective (built once). */
export function lessonQuadratic() {
  cached ??= quadratic({ A, b: B });
  return cached;
}
