// Householder QR of a square matrix with LAPACK's sign convention (dgeqrf/dlarfg: the reflector
// maps the column onto β e₁ with β = −sign(α)‖x‖), so Q equals torch.linalg.qr's Q column for
// column up to rounding. SOAP's eigenbasis refresh calls it; SOAP's update does not depend on
// the columns' signs, but matching them lets the tests compare Q itself.
import type { Vec } from '../types.ts';

/** The orthogonal factor Q (n×n, row-major) of A = QR. */
export function householderQ(A: Vec, n: number): Vec {
  const R = Float64Array.from(A);
  const vs: Float64Array[] = [];
  const taus: number[] = [];
  for (let k = 0; k < n - 1; k++) {
    // x = R[k:, k]
    let xnorm2 = 0;
    for (let i = k + 1; i < n; i++) xnorm2 += R[i * n + k] ** 2;
    const alpha = R[k * n + k];
    const v = new Float64Array(n);
    if (xnorm2 === 0) {
      // H = I (τ = 0), as dlarfg does when x(2:n) = 0
      vs.push(v);
      taus.push(0);
      continue;
    }
    const norm = Math.sqrt(alpha * alpha + xnorm2);
    const beta = alpha >= 0 ? -norm : norm;
    const tau = (beta - alpha) / beta;
    const scale = 1 / (alpha - beta);
    v[k] = 1;
    for (let i = k + 1; i < n; i++) v[i] = R[i * n + k] * scale;
    // R ← (I − τ v vᵀ) R on rows k…n−1
    for (let j = k; j < n; j++) {
      let s = 0;
      for (let i = k; i < n; i++) s += v[i] * R[i * n + j];
      s *= tau;
      for (let i = k; i < n; i++) R[i * n + j] -= s * v[i];
    }
    vs.push(v);
    taus.push(tau);
  }
  // Q = H_0 H_1 … H_{n−2}: apply the reflectors to I from the last one backwards.
  const Q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) Q[i * n + i] = 1;
  for (let k = vs.length - 1; k >= 0; k--) {
    const v = vs[k];
    const tau = taus[k];
    if (tau === 0) continue;
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let i = k; i < n; i++) s += v[i] * Q[i * n + j];
      s *= tau;
      for (let i = k; i < n; i++) Q[i * n + j] -= s * v[i];
    }
  }
  return Q;
}
