import type { Vec } from '../types.ts';
import { finite, integer, nonNegative, vecOfLength } from '../internal/validate.ts';
import { frobenius, gram, matMul, transpose } from '../internal/matrix.ts';

/**
 * Keller Jordan's quintic coefficients (a, b, c) = (3.4445, −4.7750, 2.0315), chosen to maximise
 * the slope a at 0 while keeping five iterations of p(σ) = aσ + bσ³ + cσ⁵ inside a band around 1
 * (Jordan et al. 2024, "Muon: An optimizer for hidden layers in neural networks"; muon.py).
 */
export const NEWTON_SCHULZ_COEFFICIENTS: readonly [number, number, number] = [3.4445, -4.775, 2.0315];

export interface NewtonSchulzOptions {
  /** (a, b, c) of the odd quintic, default {@link NEWTON_SCHULZ_COEFFICIENTS}. */
  coefficients?: readonly [number, number, number];
  /** ε in the normalisation X/(‖X‖_F + ε), default 1e-7 (muon.py). */
  eps?: number;
}

/**
 * The quintic Newton–Schulz iteration that Muon uses to orthogonalise a rows×cols matrix G
 * (row-major), transcribed from `zeropower_via_newtonschulz5` in KellerJordan/Muon `muon.py`
 * (commit 857d1adc, Nov 2025) but in float64 instead of bfloat16:
 *
 * $X_0 = G/(\lVert G\rVert_F + \varepsilon)$ (transposed first when rows > cols, so $XX^\top$ is the
 * smaller Gram matrix), then `steps` times $A = XX^\top$, $B = bA + cA^2$, $X \leftarrow aX + BX$,
 * i.e. $X \leftarrow aX + b(XX^\top)X + c(XX^\top)^2X$.
 *
 * Each step maps every singular value σ of X to p(σ) = aσ + bσ³ + cσ⁵ and keeps the singular
 * vectors, so the result is $U\,p^{(5)}(\Sigma/\lVert G\rVert_F)\,V^\top$ with $G = U\Sigma V^\top$ — close
 * to the orthogonal polar factor $UV^\top$ but not equal to it: the quintic's coefficients trade
 * convergence to 1 for speed, and five steps leave singular values in a band around 1: every
 * normalised σ ≥ 1.6·10⁻³ ends in [0.6818, 1.2024] (p's local minimum p(1.0501) and maximum
 * p(0.5545)), every σ ≥ 7.5·10⁻³ in [0.6818, 1.1344]; smaller σ grow by at most a⁵ ≈ 488 and stay
 * below the band (tested in `newtonSchulz.test.ts`; see {@link newtonSchulzPolynomial}).
 * The Frobenius normalisation guarantees σ ≤ 1 ≤ the iteration's basin (p(σ) diverges above ≈ 1.3).
 */
export function newtonSchulz(
  G: Vec,
  rows: number,
  cols: number,
  steps = 5,
  options: NewtonSchulzOptions = {},
): Vec {
  const fn = 'newtonSchulz';
  integer(fn, 'rows', rows, 1);
  integer(fn, 'cols', cols, 1);
  integer(fn, 'steps', steps, 0);
  vecOfLength(fn, 'G', G, rows * cols);
  const { coefficients = NEWTON_SCHULZ_COEFFICIENTS, eps = 1e-7 } = options;
  if (!Array.isArray(coefficients) || coefficients.length !== 3) {
    throw new RangeError(`${fn}: coefficients must be an array [a, b, c]`);
  }
  coefficients.forEach((x, i) => finite(fn, `coefficients[${i}]`, x));
  nonNegative(fn, 'eps', eps);
  return newtonSchulzUnchecked(G, rows, cols, steps, coefficients, eps);
}

/** {@link newtonSchulz} without option checks (for transforms that validated once). */
export function newtonSchulzUnchecked(
  G: Vec,
  rows: number,
  cols: number,
  steps: number,
  [a, b, c]: readonly [number, number, number],
  eps: number,
): Vec {
  const tall = rows > cols;
  const m = tall ? cols : rows; // X is m×n with m ≤ n
  const n = tall ? rows : cols;
  let X: Vec = tall ? transpose(G, rows, cols) : Float64Array.from(G);
  const denom = frobenius(X) + eps; // X / (‖X‖_F + ε): a division per entry, as muon.py
  for (let i = 0; i < X.length; i++) X[i] = X[i] / denom;
  const A = new Float64Array(m * m);
  const AA = new Float64Array(m * m);
  const B = new Float64Array(m * m);
  let BX: Vec = new Float64Array(m * n);
  for (let s = 0; s < steps; s++) {
    gram(X, m, n, A);
    gram(A, m, m, AA); // A² = A Aᵀ: A is symmetric
    for (let i = 0; i < m * m; i++) B[i] = b * A[i] + c * AA[i];
    matMul(B, X, m, m, n, BX);
    for (let i = 0; i < m * n; i++) BX[i] = a * X[i] + BX[i];
    const t = X;
    X = BX;
    BX = t;
  }
  return tall ? transpose(X, m, n) : X;
}
