/**
 * Series colours for every widget, as CSS custom properties defined in kit.css for the light
 * and dark themes (Okabe–Ito hues, darkened for light backgrounds). SVG presentation
 * attributes accept var(), so charts and plots follow the theme without re-rendering.
 * Pair each colour with a dash pattern so series differ without colour too.
 */
export const SERIES_COLORS = [
  'var(--series-1)',
  'var(--series-2)',
  'var(--series-3)',
  'var(--series-4)',
  'var(--series-5)',
  'var(--series-6)',
] as const;

export const SERIES_DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4'] as const;

/** seriesStyle(i) → the colour and dash of the i-th series (cycling). */
export function seriesStyle(i: number): { color: string; dash: string } {
  const k = ((i % SERIES_COLORS.length) + SERIES_COLORS.length) % SERIES_COLORS.length;
  return { color: SERIES_COLORS[k], dash: SERIES_DASHES[k] };
}
