import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * useNearViewport(ref, margin) → [near, bringNear]: `near` turns true once the element comes within
 * `margin` of the viewport and stays true;
 * `bringNear()` turns it true without scrolling (the reader started using what it belongs to).
 *
 * The instructors page loads its live embeds this way: two same-origin frames, each a whole widget
 * page, ran on the page's own main thread at load (issue 33: Lighthouse mobile 54, 380 ms of
 * blocking time) while a phone shows only the builder's form.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '300px'): [boolean, () => void] {
  const [near, setNear] = useState(false);
  const bringNear = useCallback(() => setNear(true), []);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [ref, margin, near]);
  return [near, bringNear];
}
