import type { Vec } from '../types.ts';
import type { FiniteSum } from './types.ts';
import { margin, meanGramMaxEigen, readLinearData } from './dataMatrix.ts';
import { vecOfLength } from '../internal/validate.ts';

export interface LogisticRegressionOptions {
  /** n rows of d features. */
  X: number[][];
  /** Labels ±1. */
  y: number[];
  /** Ridge penalty λ ≥ 0. */
  l2: number;
}

// log(1 + e^z) without overflow.
const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
// 1/(1 + e^{−z}) without overflow.
const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * L2-regularised logistic regression:
 * $f_i(w) = \log(1 + e^{-y_i x_i^\top w}) + \tfrac{\lambda}{2}\|w\|^2$, $f = \tfrac1n\sum_i f_i$,
 * $\nabla f_i = -y_i\,\sigma(-y_i x_i^\top w)\,x_i + \lambda w$, $L_i = \|x_i\|^2/4 + \lambda$, μ = λ.
 */
export function logisticRegression({ X, y, l2 }: LogisticRegressionOptions): FiniteSum & {
  d: number;
  l2: number;
  gradIInto(i: number, x: Vec, out: Vec): Vec;
} {
  const fn = 'logisticRegression';
  const data = readLinearData(fn, X, y, l2, 'pm1');
  const { n, d, y: Y, rowNormSq } = data;
  const M = data.X;
  let lmax = 0;
  for (let i = 0; i < n; i++) lmax = Math.max(lmax, rowNormSq[i] / 4 + l2);
  const reg = (w: Vec) => {
    let s = 0;
    for (let j = 0; j < d; j++) s += w[j] * w[j];
    return 0.5 * l2 * s;
  };
  const check = (w: Vec) => vecOfLength(fn, 'x', w, d);
  const gradIInto = (i: number, w: Vec, out: Vec): Vec => {
    check(w);
    vecOfLength(fn, 'out', out, d);
    const c = -Y[i] * sigmoid(-Y[i] * margin(data, i, w));
    const o = i * d;
    for (let j = 0; j < d; j++) out[j] = c * M[o + j] + l2 * w[j];
    return out;
  };
  return {
    dim: d,
    d,
    n,
    l2,
    mu: l2,
    lipschitzMax: lmax,
    lipschitz: meanGramMaxEigen(data) / 4 + l2,
    valueI: (i, w) => softplus(-Y[i] * margin(data, i, check(w))) + reg(w),
    gradI: (i, w) => gradIInto(i, w, new Float64Array(d)),
    gradIInto,
    value(w) {
      check(w);
      let s = 0;
      for (let i = 0; i < n; i++) s += softplus(-Y[i] * margin(data, i, w));
      return s / n + reg(w);
    },
    grad(w) {
      check(w);
      const g = new Float64Array(d);
      for (let i = 0; i < n; i++) {
        const c = (-Y[i] * sigmoid(-Y[i] * margin(data, i, w))) / n;
        const o = i * d;
        for (let j = 0; j < d; j++) g[j] += c * M[o + j];
      }
      for (let j = 0; j < d; j++) g[j] += l2 * w[j];
      return g;
    },
    hessian(w) {
      check(w);
      const H = new Float64Array(d * d);
      for (let i = 0; i < n; i++) {
        const s = sigmoid(Y[i] * margin(data, i, w));
        const c = (s * (1 - s)) / n;
        const o = i * d;
        for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) H[a * d + b] += c * M[o + a] * M[o + b];
      }
      for (let a = 0; a < d; a++) H[a * d + a] += l2;
      return H;
    },
  };
}
