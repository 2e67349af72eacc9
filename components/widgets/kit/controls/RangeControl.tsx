import { useId, type InputHTMLAttributes } from 'react';

export interface RangeControlProps {
  /** The control's stable name for embeds (`?hide=<name>`): see Slider's `name`. */
  name?: string;
  label: string;
  /** The value as shown next to the label and read by screen readers. */
  shown: string;
  hint?: string;
  disabled?: boolean;
  /** The native range input's position and grid (the value itself, or its log10 for LogSlider). */
  position: number;
  min: number;
  max: number;
  step: number;
  onPosition: (position: number) => void;
  onKeyDown?: InputHTMLAttributes<HTMLInputElement>['onKeyDown'];
}

/**
 * The markup Slider and LogSlider share: a visible label with the value in an <output>, a native
 * <input type="range"> (arrows, Page Up/Down and Home/End work everywhere, assistive technology
 * announces a slider with `aria-valuetext`) and an optional one-line hint. Non-finite positions
 * never reach `onPosition`.
 */
export function RangeControl({
  name,
  label,
  shown,
  hint,
  disabled,
  position,
  min,
  max,
  step,
  onPosition,
  onKeyDown,
}: RangeControlProps) {
  const id = useId();
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
        value={position}
        disabled={disabled}
        aria-valuetext={shown}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onKeyDown={onKeyDown}
        onChange={(e) => {
          const p = Number(e.currentTarget.value);
          if (Number.isFinite(p)) onPosition(p);
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
