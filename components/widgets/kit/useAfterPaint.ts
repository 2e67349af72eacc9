import { useEffect, useState } from 'react';

/**
 * useAfterPaint(value) → value, once the frame that shows the change to `value` has painted.
 *
 * For the part of a widget whose redraw does not fit in a frame on a slow phone and cannot move
 * to a worker because the cost is the browser's own layout and paint (a long table, typeset
 * formulas): the press paints at once with the control moved and its value shown, while that
 * part still shows the previous result; the new result follows in the next frame. It is what a
 * worker-driven chart does, without the worker. `useDeferredValue` does not guarantee this: React
 * often renders the deferred value before the browser paints, so the press waits for it.
 *
 * The requestAnimationFrame callback runs just before a paint and the timeout queued from it runs
 * just after. A newer value cancels the pending one, so only the latest is rendered.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => { timer = setTimeout(() => setShown(() => value), 0); });
    return () => { cancelAnimationFrame(frame); if (timer !== undefined) clearTimeout(timer); };
  }, [value, shown]);
  return shown;
}
