import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './afterNextPaint.ts';

/**
 * useAfterPaint(value) → value, once the frame that shows the change to `value` has painted.
 *
 * For the part of a widget whose redraw does not fit in a frame on a slow phone and cannot move
 * to a worker because much of the cost is the browser's own layout and paint (tables, typeset
 * formulas, SVG plots): the press paints at once with the control moved and its value shown,
 * while that part still shows the previous result; the new result follows in the next frame. It
 * is what a worker-driven chart does, without the worker. `useDeferredValue` does not guarantee
 * this: React often renders the deferred value before the browser paints, so the press waits.
 * A newer value cancels the pending one, so only the latest is rendered; the render is a
 * transition, so React yields to a press that arrives while it renders.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => startTransition(() => setShown(() => value)));
  }, [value, shown]);
  return shown;
}
