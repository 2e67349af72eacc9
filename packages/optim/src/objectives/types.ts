import type { Vec } from '../types.ts';

/** A differentiable function ℝᵈ → ℝ. */
export interface Objective {
  dim: number;
  value(x: Vec): number;
  grad(x: Vec): Vec;
}

/** A 2-D test function for trajectory widgets, with its known critical points and a plotting window. */
export interface TestFunction2D extends Objective {
  name: string;
  dim: 2;
  /** All global minimizers (computed to machine precision, not typed in). */
  minimizers: Vec[];
  /** f at the minimizers. */
  minimum: number;
  /** Saddle points, where the lesson cares about them. */
  saddlePoints: Vec[];
  /** Suggested plotting window [xMin, xMax] × [yMin, yMax]. */
  domain: { x: [number, number]; y: [number, number] };
  /** A start point that shows the function's character. */
  start: Vec;
  /** Hessian, row-major 2×2. */
  hessian(x: Vec): Vec;
}
