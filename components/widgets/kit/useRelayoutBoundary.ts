import { useEffect, useRef } from 'react';

/**
 * useRelayoutBoundary() → [frameRef, contentRef]: once the island runs, the frame is laid out as a
 * box of its own — a slider press, a training tick or a new result lays out the widget, not the
 * lesson around it.
 *
 * Why: a frame whose height follows its content is not a relayout boundary, so every change
 * inside it laid out the whole document (the momentum lesson: 5,482 layout objects, 6–35 ms per
 * frame at 4× CPU for the noise-floor widget's press and result frames; 2–10 ms with the frame
 * contained). A box is a boundary when it has size and layout containment, and size containment
 * needs the height from outside: the frame takes the height its content had (`contain: strict`,
 * `contain-intrinsic-block-size`), and a ResizeObserver on the content, which is not
 * size-contained, gives it the new height whenever the content's height changes. Observer
 * callbacks run after layout and before paint, so the new height is laid out in the same frame
 * and nothing is clipped or shifted on screen.
 *
 * Size containment gives the frame no width of its own either; a frame in a block column (every
 * page that shows one) fills the column and is unaffected. A frame whose width changes when it is
 * contained (in a shrink-to-fit box) is left as it was. Print has its own layout, so print CSS
 * drops the containment (global.css). Without ResizeObserver nothing changes.
 */
export function useRelayoutBoundary<
  F extends HTMLElement = HTMLElement,
  C extends HTMLElement = HTMLElement,
>(): [React.RefObject<F | null>, React.RefObject<C | null>] {
  const frameRef = useRef<F>(null);
  const contentRef = useRef<C>(null);
  useEffect(() => {
    const frame = frameRef.current;
    const content = contentRef.current;
    if (!frame || !content || typeof ResizeObserver === 'undefined') return;
    let checked = false;
    const ro = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const height = entry?.borderBoxSize?.[0]?.blockSize ?? content.getBoundingClientRect().height;
      // A content box of zero height is one that is not rendered (display: none above it).
      if (!(height > 0)) return;
      // `auto`: where the lesson skips the frame off screen (content-visibility), its remembered
      // height stands in, which is this one.
      frame.style.setProperty('contain-intrinsic-block-size', `auto ${height}px`);
      if (checked) return;
      checked = true;
      const width = frame.getBoundingClientRect().width;
      frame.style.setProperty('contain', 'strict');
      if (Math.abs(frame.getBoundingClientRect().width - width) > 0.5) {
        frame.style.removeProperty('contain');
        frame.style.removeProperty('contain-intrinsic-block-size');
        ro.disconnect();
        return;
      }
      frame.dataset.relayoutBoundary = '';
    });
    ro.observe(content, { box: 'border-box' });
    return () => {
      ro.disconnect();
      frame.style.removeProperty('contain');
      frame.style.removeProperty('contain-intrinsic-block-size');
      delete frame.dataset.relayoutBoundary;
    };
  }, []);
  return [frameRef, contentRef];
}
