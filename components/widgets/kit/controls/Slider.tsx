import { RangeControl } from './RangeControl.tsx';
import { formatNumber } from '../formatNumber.ts';
import { usePaintFirst } from './usePaintFirst.ts';

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
  // The thumb and the value answer the key in its own frame; the widget follows a frame later.
  const [shown, move] = usePaintFirst(value, onChange);
  return (
    <RangeControl
      name={name}
      label={label}
      shown={format(shown)}
      hint={hint}
      disabled={disabled}
      position={shown}
      min={min}
      max={max}
      step={step}
      onPosition={move}
    />
  );
}
