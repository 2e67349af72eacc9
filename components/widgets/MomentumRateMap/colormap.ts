/** Viridis at nine stops (matplotlib's values), interpolated linearly in sRGB. */
const STOPS: [number, number, number][] = [
  [68, 1, 84],
  [71, 44, 122],
  [59, 81, 139],
  [44, 113, 142],
  [33, 144, 141],
  [39, 173, 129],
  [92, 200, 99],
  [170, 220, 50],
  [253, 231, 37],
];

/** viridis(s) for s ∈ [0, 1] → [r, g, b] bytes. */
export function viridis(s: number): [number, number, number] {
  const x = Math.min(1, Math.max(0, s)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(x));
  const f = x - i;
  const a = STOPS[i];
  const b = STOPS[i + 1];
  return [a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1]), a[2] + f * (b[2] - a[2])];
}

/** Decades of 1 − ρ shown by the colour scale: ρ = 0.999 is the dark end, ρ ≤ 0 … 0.9 the bright one. */
export const DECADES = 3;

/**
 * Colour position of a rate: s = −log₁₀(1 − ρ)/3 runs from 0 (ρ = 0) through ⅓ (0.9), ⅔ (0.99) to 1
 * (0.999), and the map shows viridis(1 − s): bright = fast, dark = slow.
 */
export function rateShade(rate: number): number {
  const s = -Math.log10(Math.max(1e-12, 1 - rate)) / DECADES;
  return 1 - Math.min(1, Math.max(0, s));
}

/** Grey for the unstable region (ρ ≥ 1), readable against both themes. */
export const UNSTABLE: [number, number, number] = [150, 150, 150];
