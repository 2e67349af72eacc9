import { rng } from '../rng.ts';
import { finite, integer, nonNegative, oneOf } from '../internal/validate.ts';
import type { Dataset } from './dataset2d.ts';

export type Regression2dKind = 'plane' | 'gauss';
export const REGRESSION2D_KINDS: readonly Regression2dKind[] = ['plane', 'gauss'];

export interface Regression2dOptions {
  kind: Regression2dKind;
  /** Number of points (the Playground uses 1,200 and trains on half). */
  n: number;
  /** The Playground's noise level (its slider ÷ 100, 0 … 0.5 there): each label is read at the
   *  point moved by U(−1, 1)·noise per coordinate (U(−6, 6)·noise in its units); default 0. */
  noise?: number;
  seed: number;
}

// The multi-Gaussian set's six bumps (cx, cy, sign), in the Playground's units (its plane is [−6, 6]²).
const BUMPS = [
  [-4, 2.5, 1],
  [0, 2.5, -1],
  [4, 2.5, 1],
  [-4, -2.5, -1],
  [0, -2.5, 1],
  [4, -2.5, -1],
] as const;

/** The plane set's label at (u, v) in the Playground's units: d3 scale [−10, 10] → [−1, 1] of u + v. */
export function planeLabel(u: number, v: number): number {
  return (u + v) / 10;
}

/** The multi-Gaussian label at (u, v): of the six bumps' signed values sign·max(0, 1 − dist/2)
 *  (d3 scale [0, 2] → [1, 0], clamped), the one largest in absolute value (the first on ties). */
export function gaussLabel(u: number, v: number): number {
  let label = 0;
  for (const [cx, cy, sign] of BUMPS) {
    const dist = Math.sqrt((u - cx) * (u - cx) + (v - cy) * (v - cy));
    const value = sign * Math.min(1, Math.max(0, 1 - dist / 2));
    if (Math.abs(value) > Math.abs(label)) label = value;
  }
  return label;
}

/**
 * The TensorFlow Playground's two regression data sets (dataset.ts: regressPlane,
 * regressGaussian), scaled from its plane [−6, 6]² to ours [−1, 1]²: points uniform in the
 * square, labels in the Playground's units (u = 6x) — plane: (u₁ + u₂)/10, in [−1.2, 1.2];
 * gauss: six bumps of height ±1 and radius 2 at (±4 or 0, ±2.5), in [−1, 1]. With noise, the
 * label is that of the point moved by (U(−1, 1)·noise, U(−1, 1)·noise), the point itself is
 * kept, as the Playground does. Each point draws x₁, x₂, then the two offsets, in that order.
 * Train these with the squared loss (mlp's `loss: 'squared'`), as the Playground does.
 */
export function regression2d({ kind, n, noise = 0, seed }: Regression2dOptions): Dataset {
  const fn = 'regression2d';
  oneOf(fn, 'kind', kind, REGRESSION2D_KINDS);
  integer(fn, 'n', n, 1);
  nonNegative(fn, 'noise', noise);
  finite(fn, 'seed', seed);
  const r = rng(seed);
  const label = kind === 'plane' ? planeLabel : gaussLabel;
  const X = new Float64Array(2 * n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x1 = r.uniform(-1, 1);
    const x2 = r.uniform(-1, 1);
    const e1 = r.uniform(-1, 1) * noise;
    const e2 = r.uniform(-1, 1) * noise;
    X[2 * i] = x1;
    X[2 * i + 1] = x2;
    y[i] = label(6 * (x1 + e1), 6 * (x2 + e2));
  }
  return { X, y, n };
}
