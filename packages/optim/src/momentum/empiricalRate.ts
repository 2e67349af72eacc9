import { integer } from '../internal/validate.ts';

/**
 * The measured per-step rate between steps `from` and `to` of an error sequence:
 * $(|e_{\text{to}}| / |e_{\text{from}}|)^{1/(\text{to} - \text{from})}$, the geometric mean contraction.
 * For a component with spectral radius ρ it tends to ρ as the window grows (an oscillating
 * component's |e| dips near zero between peaks, so pass the norm of (e_t, e_{t−1}) or a long window).
 * Returns NaN when the window is empty or an end is zero or missing.
 */
export function empiricalRate(errors: readonly number[], from: number, to: number): number {
  integer('empiricalRate', 'from', from, 0);
  integer('empiricalRate', 'to', to, 0);
  if (to <= from || to >= errors.length) return NaN;
  const a = Math.abs(errors[from]);
  const b = Math.abs(errors[to]);
  if (!(a > 0) || !Number.isFinite(b)) return NaN;
  return (b / a) ** (1 / (to - from));
}
