import { afterNextPaint } from '../afterNextPaint.ts';

/**
 * paintFirst(commit, schedule?) → { move, cancel }: a control's moves, handed to the widget one
 * frame later.
 *
 * `move(v)` returns at once (the control has already drawn its new position and value) and asks
 * for `commit(v)` just after the next paint. Moves before then replace each other, so the widget
 * re-renders once per frame with the latest value however fast a key repeats or a pointer drags.
 * `cancel()` drops a move not yet handed over (the control is going away).
 */
export function paintFirst<T>(
  commit: (value: T) => void,
  schedule: (run: () => void) => () => void = afterNextPaint,
): { move: (value: T) => void; cancel: () => void } {
  let pending: { value: T } | null = null;
  let stop: (() => void) | null = null;
  return {
    move(value) {
      pending = { value };
      if (stop) return; // already scheduled: it will hand over the newest value
      stop = schedule(() => {
        stop = null;
        const p = pending;
        pending = null;
        if (p) commit(p.value);
      });
    },
    cancel() {
      stop?.();
      stop = null;
      pending = null;
    },
  };
}
