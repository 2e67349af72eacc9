import { RangeControl } from './RangeControl.tsx';
import { formatNumber } from '../formatNumber.ts';

export interface SliderProps {
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
  return (
    <RangeControl
      label={label}
      shown={format(value)}
      hint={hint}
      disabled={disabled}
      position={value}
      min={min}
      max={max}
      step={step}
      onPosition={onChange}
    />
  );
}
