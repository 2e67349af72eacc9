import { rng } from '../rng.ts';
import { closedUnitInterval, integer, nonNegative } from '../internal/validate.ts';

export interface MakeClassificationOptions {
  n: number;
  d: number;
  seed: number | string;
  /** Norm of the true weight vector: larger means better-separated classes. Default 3. */
  separation?: number;
  /** Fraction of labels flipped at random, default 0.05 (keeps the problem non-separable). */
  flipY?: number;
}

export interface ClassificationData {
  /** n rows xᵢ ~ N(0, I/d), so ‖xᵢ‖ ≈ 1. */
  X: number[][];
  /** Labels ±1: sign(xᵢᵀw*), some flipped. */
  y: number[];
  wTrue: number[];
}

/** A seeded binary classification data set for logistic-regression widgets. */
export function makeClassification({
  n,
  d,
  seed,
  separation = 3,
  flipY = 0.05,
}: MakeClassificationOptions): ClassificationData {
  integer('makeClassification', 'n', n, 1);
  integer('makeClassification', 'd', d, 1);
  nonNegative('makeClassification', 'separation', separation);
  closedUnitInterval('makeClassification', 'flipY', flipY);
  const r = rng(seed);
  const dir = Array.from({ length: d }, () => r.normal());
  const len = Math.hypot(...dir) || 1;
  const wTrue = dir.map((v) => (separation * v) / len);
  const s = 1 / Math.sqrt(d);
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = Array.from({ length: d }, () => s * r.normal());
    const m = x.reduce((acc, v, j) => acc + v * wTrue[j], 0);
    let label = m >= 0 ? 1 : -1;
    if (r.uniform() < flipY) label = -label;
    X.push(x);
    y.push(label);
  }
  return { X, y, wTrue };
}
