// The configurations' colours. The boards paint the two classes (and the regression scale's two
// signs) in series colours 1 and 2 (blue and orange, drawBoundary.ts's palettes in both themes),
// so the runs take series 3–6 (green, purple, olive, grey): a run's swatch, curve or legend
// entry is never mistaken for a class.
import { SERIES_COLORS } from '../kit/palette.ts';

/** The first series colour not used by a class. */
export const RUN_COLOR_OFFSET = 2;

/** Colour of configuration i (A = 0 … D = 3), cycling through the four non-class series colours. */
export function runStyle(i: number): { color: string } {
  const n = SERIES_COLORS.length - RUN_COLOR_OFFSET;
  const k = ((i % n) + n) % n;
  return { color: SERIES_COLORS[RUN_COLOR_OFFSET + k] };
}
