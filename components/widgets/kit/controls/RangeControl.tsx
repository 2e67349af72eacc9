import { useId, useRef } from 'react';
import { useNativeControl } from './useNativeControl.ts';

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

/**
 * The markup Slider and LogSlider share: a visible label with the value in an <output>, a native
 * <input type="range"> (arrows, Page Up/Down and Home/End work everywhere, assistive technology
 * announces a slider with `aria-valuetext`) and an optional one-line hint. A press moves the
 * thumb, the value and `aria-valuetext` in its own frame without React; the widget has the value
 * just after that frame has painted (useNativeControl).
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
  const output = useRef<HTMLOutputElement>(null);
  const input = useNativeControl<HTMLInputElement, number>({
    value,
    read: (el, before) => {
      const p = Number(el.value);
      return Number.isFinite(p) ? fromPosition(p, before) : null;
    },
    show: (el, v) => {
      const text = format(v);
      const out = output.current;
      // The text node React rendered is kept: React writes that node on its next render.
      const node = out?.firstChild;
      if (node instanceof Text) {
        if (node.nodeValue !== text) node.nodeValue = text;
      } else if (out && out.textContent !== text) out.textContent = text;
      if (el.getAttribute('aria-valuetext') !== text) el.setAttribute('aria-valuetext', text);
      const position = toPosition(v);
      if (Number.isFinite(position) && !showsPosition(el, position)) el.value = String(position);
    },
    keyValue,
    onChange,
  });
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

/** Whether the input shows `position` already: the browser clamps a position to the range and rounds it to the step grid. */
function showsPosition(el: HTMLInputElement, position: number): boolean {
  const lo = Number(el.min);
  const hi = Number(el.max);
  const step = Number(el.step) || 1;
  const tolerance = step * 1e-6;
  const clamped = Math.min(hi, Math.max(lo, position));
  const grid = Math.min(hi, lo + Math.round((clamped - lo) / step) * step);
  const at = Number(el.value);
  return Math.abs(at - grid) <= tolerance || Math.abs(at - clamped) <= tolerance;
}
