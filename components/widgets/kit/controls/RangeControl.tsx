import { useEffect, useId, useLayoutEffect, useReducer, useRef } from 'react';
import { paintFirst } from './paintFirst.ts';

export interface RangeControlProps {
  /** The control's stable name for embeds (`?hide=<name>`): see Slider's `name`. */
  name?: string;
  label: string;
  /** The widget's value. */
  value: number;
  /** How a value is shown next to the label and read by screen readers (`aria-valuetext`). */
  format: (value: number) => string;
  /** The native range input's position for a value (the value itself, or its log10 for LogSlider). */
  toPosition: (value: number) => number;
  /**
   * The value a move of the thumb to `position` asks for, `before` being the value shown until
   * then; null when the move is not the reader's (a snap to the step grid) and is to be ignored.
   */
  fromPosition: (position: number, before: number) => number | null;
  /** A key the control answers itself instead of the browser (Home/End on a log scale): its value, or null. */
  keyValue?: (key: string) => number | null;
  /** The newest value, once per frame, just after the frame showing it has painted. */
  onChange: (value: number) => void;
  min: number;
  max: number;
  step: number;
  hint?: string;
  disabled?: boolean;
}

/** The events of a press. The control answers them itself; see RangeControl. */
const PRESS_EVENTS = ['keydown', 'keyup', 'input', 'change'] as const;

/**
 * The markup Slider and LogSlider share — a visible label with the value in an <output>, a
 * native <input type="range"> (arrows, Page Up/Down and Home/End work everywhere, assistive
 * technology announces a slider with `aria-valuetext`), an optional one-line hint — and the press
 * path, which is the point of this file.
 *
 * A press must show in the frame it happens, on a slow phone too. So the control answers its own
 * events without React: a move writes the thumb's value, the <output>'s text and `aria-valuetext`
 * straight into the DOM and hands the value to `onChange` just after that frame has painted
 * (`paintFirst`: once per frame, the newest value). The press's events also stop at the input:
 * React's root listener would otherwise run its event plugins on each of them (its `onSelect`
 * polyfill reads the document's selection on every keydown and keyup of a focused range input)
 * and render the control inside the press. Measured on the capstone playground while it trained,
 * at 4× CPU slowdown: 22 ms of script per press before the frame, about 1 ms after.
 * The widget has the last word: after the hand-over the control shows the widget's `value` again
 * (a widget that clamps or refuses a value is shown as it decided).
 */
export function RangeControl({
  name,
  label,
  value,
  format,
  toPosition,
  fromPosition,
  keyValue,
  onChange,
  min,
  max,
  step,
  hint,
  disabled,
}: RangeControlProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const output = useRef<HTMLOutputElement>(null);
  // The newest props, for the native listeners (registered once).
  const props = useRef({ value, format, toPosition, fromPosition, keyValue, onChange });
  useLayoutEffect(() => {
    props.current = { value, format, toPosition, fromPosition, keyValue, onChange };
  });
  // A value moved to and not yet handed to the widget.
  const moving = useRef<number | null>(null);
  // Re-renders the control once a move has been handed over, so it shows the widget's value.
  const [, handedOver] = useReducer((n: number) => n + 1, 0);

  // After every render: the DOM shows the move in progress, or else the widget's value.
  useLayoutEffect(() => {
    const el = input.current;
    const out = output.current;
    if (el && out) show(el, out, moving.current ?? value, format, toPosition);
  });

  useEffect(() => {
    const el = input.current;
    const out = output.current;
    if (!el || !out) return;
    const handOver = paintFirst<number>((v) => {
      moving.current = null;
      props.current.onChange(v);
      handedOver();
    });
    const move = (v: number) => {
      moving.current = v;
      show(el, out, v, props.current.format, props.current.toPosition);
      handOver.move(v);
    };
    const onEvent = (e: Event) => {
      e.stopPropagation();
      if (e instanceof KeyboardEvent) {
        if (e.type !== 'keydown') return;
        const v = props.current.keyValue?.(e.key);
        if (v === null || v === undefined) return;
        e.preventDefault();
        move(v);
        return;
      }
      const p = Number(el.value);
      if (!Number.isFinite(p)) return;
      const v = props.current.fromPosition(p, moving.current ?? props.current.value);
      if (v !== null) move(v);
    };
    for (const type of PRESS_EVENTS) el.addEventListener(type, onEvent);
    return () => {
      for (const type of PRESS_EVENTS) el.removeEventListener(type, onEvent);
      handOver.cancel();
    };
  }, []);

  const shown = format(value);
  return (
    <div data-control-name={name} className="wk-control">
      <label htmlFor={id} className="wk-label">
        <span>{label}</span>
        <output ref={output} htmlFor={id} className="wk-value">
          {shown}
        </output>
      </label>
      <input
        ref={input}
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        defaultValue={toPosition(value)}
        disabled={disabled}
        aria-valuetext={shown}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint && (
        <span id={`${id}-hint`} className="wk-hint">
          {hint}
        </span>
      )}
    </div>
  );
}

/** Writes a value into the control's DOM, touching only what differs. */
function show(
  el: HTMLInputElement,
  out: HTMLOutputElement,
  value: number,
  format: (value: number) => string,
  toPosition: (value: number) => number,
) {
  const text = format(value);
  // The text node React rendered is kept (React updates that node's value on its next render).
  const node = out.firstChild;
  if (node instanceof Text) {
    if (node.nodeValue !== text) node.nodeValue = text;
  } else if (out.textContent !== text) out.textContent = text;
  if (el.getAttribute('aria-valuetext') !== text) el.setAttribute('aria-valuetext', text);
  const position = toPosition(value);
  if (Number.isFinite(position) && !showsPosition(el, position)) el.value = String(position);
}

/** Whether the input shows `position` already: the browser clamps a position to the range and rounds it to the step grid. */
function showsPosition(el: HTMLInputElement, position: number): boolean {
  const lo = Number(el.min);
  const hi = Number(el.max);
  const step = Number(el.step) || 1;
  const clamped = Math.min(hi, Math.max(lo, position));
  const grid = Math.min(hi, lo + Math.round((clamped - lo) / step) * step);
  return (
    Math.abs(Number(el.value) - grid) <= step * 1e-6 || Math.abs(Number(el.value) - clamped) <= step * 1e-6
  );
}
