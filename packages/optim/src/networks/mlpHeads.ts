import type { Vec } from '../types.ts';
import { exp } from './exp.ts';
import { log1pUnit } from './log1p.ts';

// The output heads of mlp: per example, the loss and δ_L = ∂(mean loss)/∂z. Shared by the loop
// implementation (outputs feature-major) and the blocked kernel (example-major), so the two give
// bitwise the same numbers; the compiled kernel pastes the same formulas as statements.

/** Logistic head on z[0 … n−1]: returns Σᵢ [log(1 + e^{zᵢ}) − yᵢzᵢ]; writes δᵢ = (σ(zᵢ) − yᵢ)·inv
 *  into dz when given. One e^{−|z|} serves both the loss and σ(z). */
export function logisticHead(z: Vec, y: Vec, n: number, dz: Vec | null, inv: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) {
    const zi = z[i];
    const e = exp(-Math.abs(zi));
    total += (zi > 0 ? zi : 0) - y[i] * zi + log1pUnit(e);
    if (dz) dz[i] = ((zi >= 0 ? 1 / (1 + e) : e / (1 + e)) - y[i]) * inv;
  }
  return total;
}

/** Squared head: returns Σᵢ ½(zᵢ − yᵢ)²; writes δᵢ = (zᵢ − yᵢ)·inv into dz when given. */
export function squaredHead(z: Vec, y: Vec, n: number, dz: Vec | null, inv: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) {
    const r = z[i] - y[i];
    total += 0.5 * r * r;
    if (dz) dz[i] = r * inv;
  }
  return total;
}

/**
 * Softmax cross-entropy over n rows of k logits, logit j of row i at z[i·rs + j·cs] (rs = k,
 * cs = 1 example-major; rs = 1, cs = n feature-major). Returns Σᵢ ℓᵢ with the log-sum-exp taken
 * about the row's maximum m (no overflow, and at least one term is e⁰ = 1, so no log 0):
 * $\ell_i = \log\sum_j e^{z_{ij} - m_i} - (z_{i,y_i} - m_i)$. Writes
 * $\delta_{ij} = (p_{ij} - [j = y_i])\cdot\text{inv}$, $p_{ij} = e^{z_{ij} - m_i} / \sum_l e^{z_{il} - m_i}$,
 * into dz (same layout; it may be z itself) when given. Labels must be integers in [0, k).
 */
export function softmaxHead(
  z: Vec,
  y: Vec,
  n: number,
  k: number,
  rs: number,
  cs: number,
  dz: Vec | null,
  inv: number,
): number {
  let total = 0;
  for (let i = 0; i < n; i++) {
    const o = i * rs;
    let m = z[o];
    for (let j = 1; j < k; j++) if (z[o + j * cs] > m) m = z[o + j * cs];
    const yi = y[i];
    const zy = z[o + yi * cs];
    let s = 0;
    if (dz) {
      // e^{z − m} parked in dz (z is read before it may be overwritten), then scaled in place
      for (let j = 0; j < k; j++) {
        const q = o + j * cs;
        const e = exp(z[q] - m);
        dz[q] = e;
        s += e;
      }
      const is = 1 / s;
      for (let j = 0; j < k; j++) {
        const q = o + j * cs;
        dz[q] = (dz[q] * is - (j === yi ? 1 : 0)) * inv;
      }
    } else for (let j = 0; j < k; j++) s += exp(z[o + j * cs] - m);
    total += Math.log(s) - (zy - m);
  }
  return total;
}

/** Softmax probabilities of n rows of k logits (layout as softmaxHead), written example-major
 *  into out (n × k); the same e^{z − m}/Σ as softmaxHead's δ. */
export function softmaxRows(z: Vec, n: number, k: number, rs: number, cs: number, out: Vec): void {
  for (let i = 0; i < n; i++) {
    const o = i * rs;
    let m = z[o];
    for (let j = 1; j < k; j++) if (z[o + j * cs] > m) m = z[o + j * cs];
    let s = 0;
    for (let j = 0; j < k; j++) s += exp(z[o + j * cs] - m);
    const is = 1 / s;
    for (let j = 0; j < k; j++) out[i * k + j] = exp(z[o + j * cs] - m) * is;
  }
}

/** The predicted class of each row: the index of the largest logit (the first on ties), or for
 *  one output the side of the threshold (z ≥ cut). */
export function argmaxRows(
  z: Vec,
  n: number,
  k: number,
  rs: number,
  cs: number,
  cut: number,
  out: Int32Array,
): void {
  if (k === 1) {
    for (let i = 0; i < n; i++) out[i] = z[i * rs] >= cut ? 1 : 0;
    return;
  }
  for (let i = 0; i < n; i++) {
    const o = i * rs;
    let m = z[o];
    let a = 0;
    for (let j = 1; j < k; j++)
      if (z[o + j * cs] > m) {
        m = z[o + j * cs];
        a = j;
      }
    out[i] = a;
  }
}
