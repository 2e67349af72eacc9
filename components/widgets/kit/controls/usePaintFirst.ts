import { useCallback, useEffect, useRef, useState } from 'react';
import { paintFirst } from './paintFirst.ts';

/**
 * usePaintFirst(value, onChange) → [shown, move]: a slider that answers a key or a drag in the
 * frame it happens, before the widget that owns the value re-renders.
 *
 * `move(v)` shows `v` at once — only the control re-renders: its thumb, its value, its
 * `aria-valuetext` — and hands `v` to `onChange` just after that frame has painted (once per
 * frame, the newest value). The widget's redraw then runs in a task of its own instead of inside
 * the press, which on a slow phone is the difference between answering a key within a frame and
 * two or three frames later. `shown` is the moved value until the widget has it, then `value`
 * again (so a widget that clamps or refuses the value has the last word).
 */
export function usePaintFirst(
  value: number,
  onChange: (value: number) => void,
): [number, (value: number) => void] {
  const [moving, setMoving] = useState<number | null>(null);
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  // One scheduler per control, made on the first move. Both updates in its hand-over run in the
  // same task, so React renders the widget's new value and the control's release of its own in one pass.
  const control = useRef<ReturnType<typeof paintFirst<number>> | null>(null);
  useEffect(() => () => control.current?.cancel(), []);
  const move = useCallback((v: number) => {
    setMoving(v);
    control.current ??= paintFirst<number>((next) => {
      latest.current(next);
      setMoving(null);
    });
    control.current.move(v);
  }, []);
  return [moving ?? value, move];
}
