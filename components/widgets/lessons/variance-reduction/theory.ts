/**
 * The step sizes and guaranteed rates of the two theorems the lesson states, as plain functions
 * of the problem constants (L = L_max, the smoothness of every fᵢ; μ the strong convexity).
 */

/** Defazio, Bach & Lacoste-Julien (2014), Theorem 1: the step γ = 1/(2(μn + L)). */
export function sagaTheoremStep(mu: number, n: number, lMax: number): number {
  return 1 / (2 * (mu * n + lMax));
}

/**
 * sagaTheoremBound(…) → a function k ↦ an upper bound on E[f(x_k) − f*] after k SAGA steps at the
 * theorem's step, from E‖x_k − x*‖² ≤ (1 − γμ)^k (‖x₀ − x*‖² + (f(x₀) − f*)/c), c = 1/(2γ(1 − γμ)n)
 * (Theorem 1, with the table started at x₀ and no proximal term, so f′(x*) = 0), and
 * f(x) − f* ≤ (L_f/2)‖x − x*‖² for the L_f-smooth average f.
 */
export function sagaTheoremBound(p: {
  mu: number;
  n: number;
  lMax: number;
  lF: number;
  dist0Sq: number;
  gap0: number;
}): (k: number) => number {
  const gamma = sagaTheoremStep(p.mu, p.n, p.lMax);
  const invC = 2 * gamma * (1 - gamma * p.mu) * p.n;
  const start = p.dist0Sq + invC * p.gap0;
  const rho = 1 - gamma * p.mu;
  return (k) => (p.lF / 2) * start * rho ** k;
}

/**
 * Johnson & Zhang (2013), Theorem 1 (option II): α = 1/(μη(1 − 2Lη)m) + 2Lη/(1 − 2Lη); when α < 1,
 * E[f(w̃_s) − f*] ≤ α^s (f(w̃₀) − f*). Returns Infinity when η ≥ 1/(2L) (the formula is meaningless).
 */
export function svrgAlpha(mu: number, lMax: number, eta: number, m: number): number {
  const q = 1 - 2 * lMax * eta;
  if (!(q > 0) || !(eta > 0) || !(m > 0)) return Infinity;
  return 1 / (mu * eta * q * m) + (2 * lMax * eta) / q;
}

/**
 * The (η, m) for which Johnson & Zhang's guarantee costs the fewest component gradients per
 * factor e of decrease: minimise (n + 2m)/(−ln α(η, m)) over a grid of η ∈ (0, 1/(4L)) and m.
 * Each epoch costs n (snapshot) + 2m (inner steps).
 */
export function svrgTheoremSettings(
  mu: number,
  n: number,
  lMax: number,
): { eta: number; m: number; alpha: number } {
  let best = { eta: 0.1 / lMax, m: 2 * n, alpha: svrgAlpha(mu, lMax, 0.1 / lMax, 2 * n), cost: Infinity };
  for (let a = 0; a < 60; a++) {
    const eta = (0.002 + (0.248 - 0.002) * (a / 59)) / lMax;
    for (let b = 0; b <= 80; b++) {
      const m = Math.max(1, Math.round(10 ** (b / 10)));
      const alpha = svrgAlpha(mu, lMax, eta, m);
      if (!(alpha < 1)) continue;
      const cost = (n + 2 * m) / -Math.log(alpha);
      if (cost < best.cost) best = { eta, m, alpha, cost };
    }
  }
  return { eta: best.eta, m: best.m, alpha: best.alpha };
}
