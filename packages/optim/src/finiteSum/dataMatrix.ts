// Shared input handling for the linear-model finite sums.
import type { Vec } from '../types.ts';
import { finite, nonNegative } from '../internal/validate.ts';

export interface LinearData {
  n: number;
  d: number;
  /** Row-major n×d. */
  X: Vec;
  y: Vec;
  /** ‖xᵢ‖² per row. */
  rowNormSq: Vec;
  l2: number;
}

export function readLinearData(
  fn: string,
  X: number[][],
  y: number[],
  l2: number,
  labels: 'pm1' | 'real',
): LinearData {
  if (!Array.isArray(X) || X.length === 0) throw new RangeError(`${fn}: X must be a non-empty array of rows`);
  const n = X.length;
  const d = Array.isArray(X[0]) ? X[0].length : 0;
  if (d === 0) throw new RangeError(`${fn}: X[0] must be a non-empty array`);
  if (!Array.isArray(y) || y.length !== n)
    throw new RangeError(`${fn}: y has length ${Array.isArray(y) ? y.length : 'n/a'}, expected ${n}`);
  nonNegative(fn, 'l2', l2);
  const M = new Float64Array(n * d);
  const rowNormSq = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = X[i];
    if (!Array.isArray(row) || row.length !== d)
      throw new RangeError(`${fn}: X[${i}] has length ${row?.length}, expected ${d}`);
    let s = 0;
    for (let j = 0; j < d; j++) {
      const v = finite(fn, `X[${i}][${j}]`, row[j]);
      M[i * d + j] = v;
      s += v * v;
    }
    rowNormSq[i] = s;
    finite(fn, `y[${i}]`, y[i]);
    if (labels === 'pm1' && y[i] !== 1 && y[i] !== -1)
      throw new RangeError(`${fn}: y[${i}] must be +1 or −1, got ${y[i]}`);
  }
  return { n, d, X: M, y: Float64Array.from(y), rowNormSq, l2 };
}

/** λ_max((1/n)XᵀX) by power iteration (enough accuracy for a step size). */
export function meanGramMaxEigen({ n, d, X }: LinearData): number {
  let v = new Float64Array(d).fill(1 / Math.sqrt(d));
  let lam = 0;
  for (let it = 0; it < 300; it++) {
    const w = new Float64Array(d);
    for (let i = 0; i < n; i++) {
      let m = 0;
      for (let j = 0; j < d; j++) m += X[i * d + j] * v[j];
      for (let j = 0; j < d; j++) w[j] += (m * X[i * d + j]) / n;
    }
    let nw = 0;
    for (let j = 0; j < d; j++) nw += w[j] * w[j];
    nw = Math.sqrt(nw);
    if (nw === 0) return 0;
    const next = w.map((a) => a / nw);
    const done = Math.abs(nw - lam) <= 1e-12 * nw;
    lam = nw;
    v = next;
    if (done) break;
  }
  return lam;
}

/** xᵢᵀw */
export function margin(data: LinearData, i: number, w: Vec): number {
  const { d, X } = data;
  let m = 0;
  const o = i * d;
  for (let j = 0; j < d; j++) m += X[o + j] * w[j];
  return m;
}
