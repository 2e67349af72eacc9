import { integer, unitInterval } from '../internal/validate.ts';

/**
 * The largest |θ_t − θ_{t−1}|/η that Adam (ε = 0, bias-corrected) can take at update t, over
 * all gradient streams g_1 … g_t:
 *
 * $B_t = \sqrt{\sum_{k=1}^{t} a_k^2/b_k}$ with $a_k = \frac{(1-\beta_1)\beta_1^{t-k}}{1-\beta_1^t}$,
 * $b_k = \frac{(1-\beta_2)\beta_2^{t-k}}{1-\beta_2^t}$, since $\hat m_t = \sum a_k g_k$,
 * $\hat v_t = \sum b_k g_k^2$ and Cauchy–Schwarz gives $|\hat m_t| \le B_t\sqrt{\hat v_t}$, with
 * equality for $g_k \propto a_k/b_k$. In closed form
 * $B_t^2 = \frac{(1-\beta_1)^2 (1-\beta_2^t)}{(1-\beta_1^t)^2 (1-\beta_2)} \sum_{j=0}^{t-1} q^j$, $q = \beta_1^2/\beta_2$.
 * B₁ = 1 (the first step is ±η). For β₁² < β₂ it tends to $(1-\beta_1)/\sqrt{(1-\beta_2)(1-q)}$
 * (≈ 7.27 at β₁ = 0.9, β₂ = 0.999); for β₁² ≥ β₂ it grows without bound. Kingma & Ba (2015,
 * §2.1) quote (1 − β₁)/√(1 − β₂) ≈ 3.16, the value when only the latest gradient is non-zero.
 */
export function adamStepBound(beta1: number, beta2: number, t: number): number {
  const fn = 'adamStepBound';
  unitInterval(fn, 'beta1', beta1);
  unitInterval(fn, 'beta2', beta2);
  integer(fn, 't', t, 1);
  if (beta2 === 0) return t === 1 ? 1 : beta1 === 0 ? 1 : Infinity;
  const q = (beta1 * beta1) / beta2;
  const geometric = q === 1 ? t : (1 - q ** t) / (1 - q);
  const c1 = 1 - beta1 ** t;
  return Math.sqrt(((1 - beta1) ** 2 * (1 - beta2 ** t) * geometric) / (c1 * c1 * (1 - beta2)));
}
