import { rng } from '../rng.ts';
import { integer, nonNegative } from '../internal/validate.ts';

export interface MakeRegressionOptions {
  n: number;
  d: number;
  seed: number | string;
  /** Standard deviation of the additive Gaussian noise, default 0.1. */
  noise?: number;
}

export interface RegressionData {
  /** n rows xᵢ ~ N(0, I/d). */
  X: number[][];
  /** yᵢ = xᵢᵀw* + noise·εᵢ. */
  y: number[];
  /** w* ~ N(0, I). */
  wTrue: number[];
}

/** A seeded linear-regression data set for least-squares widgets. */
export function makeRegression({ n, d, seed, noise = 0.1 }: MakeRegressionOptions): RegressionData {
  integer('makeRegression', 'n', n, 1);
  integer('makeRegression', 'd', d, 1);
  nonNegative('makeRegression', 'noise', noise);
  const r = rng(seed);
  const wTrue = Array.from({ length: d }, () => r.normal());
  const s = 1 / Math.sqrt(d);
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = Array.from({ length: d }, () => s * r.normal());
    X.push(x);
    y.push(x.reduce((acc, v, j) => acc + v * wTrue[j], 0) + noise * r.normal());
  }
  return { X, y, wTrue };
}
