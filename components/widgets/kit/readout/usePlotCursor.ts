import {
  useCallback,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import { stepCursor, type GridCursor } from './cursor.ts';

/** What the readout shows for one cursor position, in the plot's viewBox pixels. */
export interface Reading {
  /** Vertical crosshair line at this x (null: none). */
  x: number | null;
  /** Horizontal crosshair line at this y (null: none). */
  y: number | null;
  /** The live line, e.g. "θ₁ = 0.5, θ₂ = −1.2, f(θ) = 3.1". */
  text: string;
  /** Points to ring (the nearest step of each run, a bar's top …), up to the layer's `marks`. */
  marks?: ReadonlyArray<{ x: number; y: number; color?: string }>;
  /** A cell or a bar to outline. */
  rect?: { x: number; y: number; width: number; height: number };
}

export interface PlotCursorOptions {
  /** Grid size: columns i ∈ [0, nx), rows j ∈ [0, ny) with j = 0 at the bottom. */
  nx: number;
  ny: number;
  /** The svg's viewBox size (pointer positions are mapped into it). */
  width: number;
  height: number;
  /** The cell under a viewBox point. */
  cellAt: (px: number, py: number) => GridCursor;
  /** What to draw and say for a cell. Read through a ref: a new function each render is fine. */
  read: (c: GridCursor) => Reading;
  /** Where the keyboard cursor appears when it first moves (default: the centre). */
  initial?: () => GridCursor;
  /** Enter or Space at the cursor (e.g. "start here"); omit when the plot has no pick action. */
  onPick?: (c: GridCursor) => void;
  /**
   * Called on each keyboard move (after the cursor moved), for plots whose arrow keys also drive
   * a value — the rate map moves its shared point with the cursor.
   */
  onMove?: (c: GridCursor) => void;
  /**
   * When this changes (the driven value was set elsewhere: a click, another widget), a shown
   * cursor jumps back to `initial()`.
   */
  anchorKey?: string | number;
  /** The line while no cursor is shown. */
  idle: string;
}

export interface PlotCursor {
  /** Spread on the focusable element wrapping the svg (it needs className="wk-plot-focus"). */
  targetProps: {
    tabIndex: 0;
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
    onPointerMove: (e: PointerEvent<HTMLElement>) => void;
    onPointerDown: (e: PointerEvent<HTMLElement>) => void;
    onPointerLeave: (e: PointerEvent<HTMLElement>) => void;
    onBlur: () => void;
  };
  /** For <CursorLayer> inside the svg. */
  layerRef: RefObject<SVGGElement | null>;
  /** For <ReadoutLine> next to the plot. */
  lineRef: RefObject<HTMLSpanElement | null>;
  /** The idle hint, for <ReadoutLine idle>: the server's HTML then holds the line as hydrated. */
  idle: string;
}

/** Data-driven repaints (a training tick under a resting cursor) speak at most this often. */
const SPEAK_EVERY_MS = 1000;

/**
 * A cursor on a plot, moved by the pointer (hover, touch drag) and the keyboard (arrows one grid
 * step, Shift+arrow ten, Home/End the first/last column, Escape hides it, Enter picks). The
 * crosshair and the aria-live line are written straight into the DOM, so a move costs one
 * `read` and a few attribute writes — the plot itself is never re-rendered by the cursor.
 */
export function usePlotCursor(opts: PlotCursorOptions): PlotCursor {
  const optsRef = useRef(opts);
  // The latest options for the handlers and the repaint below (this effect runs first).
  useLayoutEffect(() => {
    optsRef.current = opts;
  });
  const cursor = useRef<GridCursor | null>(null);
  const layerRef = useRef<SVGGElement | null>(null);
  const lineRef = useRef<HTMLSpanElement | null>(null);
  const frame = useRef(0);
  const spokenAt = useRef(0);

  const paint = useCallback((c: GridCursor | null, speak: boolean) => {
    const o = optsRef.current;
    const layer = layerRef.current;
    const line = lineRef.current;
    if (!c) {
      layer?.setAttribute('visibility', 'hidden');
      if (line && line.textContent !== o.idle) line.textContent = o.idle;
      return;
    }
    let r: Reading | null = null;
    try {
      r = o.read(c);
    } catch {
      // A reading that cannot be made (a run not computed yet) hides the cursor, never crashes.
    }
    if (!r) {
      layer?.setAttribute('visibility', 'hidden');
      return;
    }
    if (layer) drawLayer(layer, r);
    const now = performance.now();
    if (line && line.textContent !== r.text && (speak || now - spokenAt.current > SPEAK_EVERY_MS)) {
      line.textContent = r.text;
      spokenAt.current = now;
    }
  }, []);

  const moveTo = useCallback(
    (c: GridCursor | null) => {
      cursor.current = c;
      paint(c, true);
    },
    [paint],
  );

  // A driven value set elsewhere: a shown cursor goes back to it (before the repaint below).
  const anchorKey = opts.anchorKey;
  useLayoutEffect(() => {
    const o = optsRef.current;
    if (cursor.current && o.initial) cursor.current = o.initial();
  }, [anchorKey]);

  // After every render (new data under a resting cursor) the crosshair and line follow; the first
  // one writes the idle line.
  useLayoutEffect(() => paint(cursor.current, false));

  /** The cursor was last put by the pointer (a keyboard-driven value then starts from itself). */
  const byPointer = useRef(false);
  const onPointer = (e: PointerEvent<HTMLElement>) => {
    const svg = e.currentTarget.querySelector('svg');
    if (!svg) return;
    const r = svg.getBoundingClientRect();
    if (!(r.width > 0 && r.height > 0)) return;
    const fx = (e.clientX - r.left) / r.width;
    const fy = (e.clientY - r.top) / r.height;
    // One paint per animation frame however fast the pointer reports; the cell is found then, on
    // the grid the plot has at that moment (a click may have just moved it).
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const o = optsRef.current;
      byPointer.current = true;
      moveTo(o.cellAt(fx * o.width, fy * o.height));
    });
  };

  return {
    targetProps: {
      tabIndex: 0,
      onKeyDown: (e) => {
        const o = optsRef.current;
        if (e.key === 'Escape') {
          if (cursor.current) e.preventDefault();
          return moveTo(null);
        }
        const start = o.initial?.() ?? { i: Math.floor(o.nx / 2), j: Math.floor(o.ny / 2) };
        // Arrows that drive a value (onMove) move it from where it is, not from where the pointer rests.
        const here = cursor.current && !(byPointer.current && o.onMove) ? cursor.current : start;
        if ((e.key === 'Enter' || e.key === ' ') && o.onPick) {
          e.preventDefault();
          o.onPick(here);
          return;
        }
        const next = stepCursor(here, e.key, e.shiftKey, o.nx, o.ny);
        if (!next) return;
        e.preventDefault();
        byPointer.current = false;
        moveTo(next);
        o.onMove?.(next);
      },
      onPointerMove: onPointer,
      onPointerDown: onPointer,
      onPointerLeave: (e) => {
        cancelAnimationFrame(frame.current);
        // A focused plot keeps its cursor for the keyboard; an unfocused one lets it go.
        if (document.activeElement !== e.currentTarget) moveTo(null);
      },
      onBlur: () => moveTo(null),
    },
    layerRef,
    lineRef,
    idle: opts.idle,
  };
}

/** Writes a reading into the <CursorLayer> group (children: rect, vertical, horizontal, marks…). */
function drawLayer(layer: SVGGElement, r: Reading) {
  const [rect, vline, hline, ...marks] = Array.from(layer.children) as SVGElement[];
  layer.setAttribute('visibility', 'visible');
  const show = (el: SVGElement, on: boolean) => el.setAttribute('visibility', on ? 'inherit' : 'hidden');
  show(rect, !!r.rect);
  if (r.rect) {
    rect.setAttribute('x', String(r.rect.x));
    rect.setAttribute('y', String(r.rect.y));
    rect.setAttribute('width', String(Math.max(0, r.rect.width)));
    rect.setAttribute('height', String(Math.max(0, r.rect.height)));
  }
  show(vline, r.x !== null && Number.isFinite(r.x));
  if (r.x !== null) {
    vline.setAttribute('x1', String(r.x));
    vline.setAttribute('x2', String(r.x));
  }
  show(hline, r.y !== null && Number.isFinite(r.y));
  if (r.y !== null) {
    hline.setAttribute('y1', String(r.y));
    hline.setAttribute('y2', String(r.y));
  }
  marks.forEach((m, k) => {
    const at = r.marks?.[k];
    const ok = !!at && Number.isFinite(at.x) && Number.isFinite(at.y);
    show(m, ok);
    if (ok) {
      m.setAttribute('cx', String(at.x));
      m.setAttribute('cy', String(at.y));
      m.setAttribute('stroke', at.color ?? 'var(--focus)');
    }
  });
}
