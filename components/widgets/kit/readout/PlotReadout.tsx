import type { RefObject } from 'react';
import type { PlotBox } from '../Axes.tsx';

export interface CursorLayerProps {
  layerRef: RefObject<SVGGElement | null>;
  /** The plot area the crosshair lines span. */
  box: PlotBox;
  /** How many points a reading may ring (the runs of a trajectory plot). */
  marks?: number;
}

/**
 * The cursor's marks inside the plot's svg: an outline, the crosshair lines and rings. Rendered
 * once, hidden; usePlotCursor moves them by writing attributes (no React render per move).
 * The child order is what usePlotCursor's drawLayer expects.
 */
export function CursorLayer({ layerRef, box, marks = 0 }: CursorLayerProps) {
  return (
    <g ref={layerRef} className="wk-cursor" visibility="hidden" aria-hidden="true" pointerEvents="none">
      <rect className="wk-cursor-rect" fill="none" />
      <line className="wk-cursor-line" y1={box.top} y2={box.bottom} />
      <line className="wk-cursor-line" x1={box.left} x2={box.right} />
      {Array.from({ length: marks }, (_, k) => (
        <circle key={k} className="wk-cursor-mark" r={5} fill="none" />
      ))}
    </g>
  );
}

export interface ReadoutLineProps {
  lineRef: RefObject<HTMLSpanElement | null>;
  id?: string;
  /**
   * The idle hint (usePlotCursor's `idle`), rendered with the page: the server's line then has the
   * height it keeps (at 390 px a three- or four-line hint written on mount moved everything below it).
   */
  idle?: string;
}

/**
 * The one aria-live line that reads the values at the cursor. Its text is written by
 * usePlotCursor (the idle hint while no cursor is shown), so React never re-renders it per move.
 */
export function ReadoutLine({ lineRef, id, idle }: ReadoutLineProps) {
  // A single text child: React sets it as the span's text (no text node of its own to lose when
  // usePlotCursor rewrites the line) and touches it again only if `idle` itself changes.
  return (
    <p className="wk-readout" id={id} aria-live="polite" data-testid="readout">
      <span ref={lineRef}>{idle}</span>
    </p>
  );
}
