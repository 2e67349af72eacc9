import type { CSSProperties } from 'react';

// Recharts draws with SVG presentation attributes, which accept CSS variables: every colour below
// is one of the site's variables (global.css, kit.css), so light and dark follow the reader's
// colour scheme without the chart knowing which one is on.

/** Props for Recharts' XAxis/YAxis: ticks and titles in the page's soft text colour. */
export const axisStyle = {
  stroke: 'var(--text-soft)',
  tick: { fill: 'var(--text-soft)', fontSize: 11, fontFamily: 'var(--font-ui)' },
  tickLine: { stroke: 'var(--text-soft)' },
} as const;

/** The axis title's props (Recharts `label`). */
export const axisTitle = (value: string, position: 'insideBottom' | 'insideLeft') =>
  ({
    value,
    position,
    fill: 'var(--text-soft)',
    fontSize: 11,
    fontFamily: 'var(--font-ui)',
    ...(position === 'insideLeft' ? { angle: -90, style: { textAnchor: 'middle' as const } } : {}),
  }) as const;

export const gridStroke = 'var(--border)';

/** The tooltip box: the page's surface and text colours, its UI font. */
export const tooltipStyle: CSSProperties = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  color: 'var(--text)',
  fontFamily: 'var(--font-ui)',
  fontSize: '0.8rem',
  borderRadius: 4,
  padding: '0.3rem 0.5rem',
};

/** The vertical cursor line under the tooltip. */
export const cursorStyle = { stroke: 'var(--text-soft)', strokeDasharray: '3 3' } as const;

/** Series colour i (0-based) from the kit's theme-aware palette (--series-1 … --series-6). */
export const seriesColor = (i: number) => `var(--series-${(i % 6) + 1})`;
