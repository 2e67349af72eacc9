import type { Vec } from '../types.ts';
import type { FiniteSum } from './types.ts';
import { margin, meanGramMaxEigen, readLinearData } from './dataMatrix.ts';
import { vecOfLength } from '../internal/validate.ts';

export interface LeastSquaresOptions {
  X: number[][];
  y: number[];
  l2: number;
}

/**
 * Ridge least squares: $f_i(w) = \tfrac12(x_i^\top w - y_i)^2 + \tfrac{\lambda}{2}\|w\|^2$,
 * $\nabla f_i = (x_i^\top w - y_i)x_i + \lambda w$, $L_i = \|x_i\|^2 + \lambda$, μ ≥ λ.
 */
export function leastSquares({
  X,
  y,
  l2,
}: LeastSquaresOptions): FiniteSum & { d: number; l2: number; gradIInto(i: number, x: Vec, out: Vec): Vec } {
  const fn = 'leastSquares';
  const data = readLinearData(fn, X, y, l2, 'real');
  const { n, d, y: Y, rowNormSq } = data;
  const M = data.X;
  let lmax = 0;
  for (let i = 0; i < n; i++) lmax = Math.max(lmax, rowNormSq[i] + l2);
  const reg = (w: Vec) => {
    let s = 0;
    for (let j = 0; j < d; j++) s += w[j] * w[j];
    return 0.5 * l2 * s;
  };
  const check = (w: Vec) => vecOfLength(fn, 'x', w, d);
  const H = new Float64Array(d * d);
  for (let i = 0; i < n; i++) {
    const o = i * d;
    for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) H[a * d + b] += (M[o + a] * M[o + b]) / n;
  }
  for (let a = 0; a < d; a++) H[a * d + a] += l2;
  const gradIInto = (i: number, w: Vec, out: Vec): Vec => {
    check(w);
    vecOfLength(fn, 'out', out, d);
    const r = margin(data, i, w) - Y[i];
    const o = i * d;
    for (let j = 0; j < d; j++) out[j] = r * M[o + j] + l2 * w[j];
    return out;
  };
  return {
    dim: d,
    d,
    n,
    l2,
    mu: l2,
    lipschitzMax: lmax,
    lipschitz: meanGramMaxEigen(data) + l2,
    valueI: (i, w) => 0.5 * (margin(data, i, check(w)) - Y[i]) ** 2 + reg(w),
    gradI: (i, w) => gradIInto(i, w, new Float64Array(d)),
    gradIInto,
    value(w) {
      check(w);
      let s = 0;
      for (let i = 0; i < n; i++) s += 0.5 * (margin(data, i, w) - Y[i]) ** 2;
      return s / n + reg(w);
    },
    grad(w) {
      check(w);
      const g = new Float64Array(d);
      for (let i = 0; i < n; i++) {
        const r = (margin(data, i, w) - Y[i]) / n;
        const o = i * d;
        for (let j = 0; j < d; j++) g[j] += r * M[o + j];
      }
      for (let j = 0; j < d; j++) g[j] += l2 * w[j];
      return g;
    },
    hessian: () => Float64Array.from(H),
  };
}
