import { integer } from '../internal/validate.ts';

/**
 * The measured per-step rate between steps `from` and `to` of an error sequence:
 * $(E_{\text{to}} / E_{\text{from}})^{1/(\text{to} - \text{from})}$, the geometric-mean contraction, where
 * $E_k = \max_{k - w < j \le k} |e_j|$ is the peak over a window of w steps (w = 1: just $|e_k|$).
 * For a component with spectral radius ρ it tends to ρ as the window between them grows; a window
 * longer than an oscillation's half-period keeps an under-damped component's dips near zero out.
 * Returns NaN when the window is empty or an end is zero or missing.
 */
export function empiricalRate(errors: readonly number[], from: number, to: number, window = 1): number {
  integer('empiricalRate', 'from', from, 0);
  integer('empiricalRate', 'to', to, 0);
  integer('empiricalRate', 'window', window, 1);
  if (to <= from || to >= errors.length) return NaN;
  const peak = (k: number) => {
    let m = 0;
    for (let j = Math.max(0, k - window + 1); j <= k; j++) m = Math.max(m, Math.abs(errors[j]));
    return m;
  };
  const a = peak(from);
  const b = peak(to);
  if (!(a > 0) || !Number.isFinite(b)) return NaN;
  return (b / a) ** (1 / (to - from));
}
