import { useId } from 'react';
import { formatNumber } from '../formatNumber.ts';

export interface SliderProps {
  /**
   * The control's stable name for embeds (`?hide=<name>`, listed in the instructors' builder): the
   * state field it sets, in kebab case. Declared here, never derived from the label or position.
   */
  name?: string;
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onChange: (value: number) => void;
  /** How the value is shown next to the label and read by screen readers. */
  format?: (value: number) => string;
  /** Optional one-line hint under the control (plain text). */
  hint?: string;
  disabled?: boolean;
}

/**
 * A labelled linear slider: a native <input type="range">, so arrows, Page Up/Down and
 * Home/End work everywhere and assistive technology announces it as a slider.
 */
export function Slider({
  name,
  label,
  value,
  min,
  max,
  step = 1,
  onChange,
  format = (v) => formatNumber(v),
  hint,
  disabled,
}: SliderProps) {
  const id = useId();
  const shown = format(value);
  return (
    <div data-control-name={name} className="wk-control">
      <label htmlFor={id} className="wk-label">
        <span>{label}</span>
        <output htmlFor={id} className="wk-value">
          {shown}
        </output>
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        disabled={disabled}
        aria-valuetext={shown}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const v = Number(e.currentTarget.value);
          if (Number.isFinite(v)) onChange(v);
        }}
      />
      {hint && (
        <span id={`${id}-hint`} className="wk-hint">
          {hint}
        </span>
      )}
    </div>
  );
}
