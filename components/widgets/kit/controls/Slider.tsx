import { RangeControl } from './RangeControl.tsx';
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

const identity = (v: number) => v;
const defaultFormat = (v: number) => formatNumber(v);
// The thumb's position is the value; a move to where the thumb already is asks for nothing.
const linearMove = (position: number, before: number) => (position === before ? null : position);

/**
 * A labelled linear slider: a native <input type="range">, so arrows, Page Up/Down and
 * Home/End work everywhere and assistive technology announces it as a slider. The thumb and the
 * value answer a key in its own frame; the widget follows a frame later (RangeControl).
 */
export function Slider({
  name,
  label,
  value,
  min,
  max,
  step = 1,
  onChange,
  format = defaultFormat,
  hint,
  disabled,
}: SliderProps) {
  return (
    <RangeControl
      name={name}
      label={label}
      value={value}
      format={format}
      toPosition={identity}
      fromPosition={linearMove}
      onChange={onChange}
      hint={hint}
      disabled={disabled}
      min={min}
      max={max}
      step={step}
    />
  );
}
