import { RangeControl } from './RangeControl.tsx';
import { formatNumber } from '../formatNumber.ts';
import { usePaintFirst } from './usePaintFirst.ts';

export interface LogSliderProps {
  /**
   * The control's stable name for embeds (`?hide=<name>`, listed in the instructors' builder): the
   * state field it sets, in kebab case. Declared here, never derived from the label or position.
   */
  name?: string;
  label: string;
  value: number;
  /** Both > 0. */
  min: number;
  max: number;
  /** Positions per factor of ten (default 24: arrow keys move by ×10^(1/24) ≈ ×1.1). */
  stepsPerDecade?: number;
  /** Round to integers (batch sizes, step counts). */
  integer?: boolean;
  onChange: (value: number) => void;
  format?: (value: number) => string;
  hint?: string;
  disabled?: boolean;
}

/** logSliderValue(position, …) → the value at a slider position: 10^position, rounded and clamped. */
export function logSliderValue(position: number, min: number, max: number, integer: boolean): number {
  const raw = 10 ** position;
  // Three significant digits keep labels and links short (0.0316, not 0.031622776601683794).
  const nice = integer ? Math.round(raw) : Number(raw.toPrecision(3));
  return Math.min(max, Math.max(min, nice));
}

/**
 * A labelled slider on a log scale, for quantities that span decades (learning rates, batch
 * sizes). The native range moves in log10(value); keyboard steps are multiplicative.
 */
export function LogSlider({
  name,
  label,
  value,
  min,
  max,
  stepsPerDecade = 24,
  integer = false,
  onChange,
  format = (v) => formatNumber(v),
  hint,
  disabled,
}: LogSliderProps) {
  // The thumb and the value answer the key in its own frame; the widget follows a frame later.
  const [shown, move] = usePaintFirst(value, onChange);
  const lo = Math.log10(min);
  const hi = Math.log10(max);
  const pos = Math.log10(Math.min(max, Math.max(min, shown)));
  const step = 1 / stepsPerDecade;
  return (
    <RangeControl
      name={name}
      label={label}
      shown={format(shown)}
      hint={hint}
      disabled={disabled}
      position={pos}
      min={lo}
      max={hi}
      step={step}
      onKeyDown={(e) => {
        // The ends of a log range are rarely on the step grid; jump to them exactly.
        if (e.key === 'Home' || e.key === 'End') {
          e.preventDefault();
          move(e.key === 'Home' ? min : max);
        }
      }}
      onPosition={(p) => {
        // Browsers snap the displayed position to the step grid and then report that as a
        // change; a move of less than half a step is not the reader's, so ignore it.
        if (Math.abs(p - pos) < step / 2) return;
        let next = logSliderValue(p, min, max, integer);
        // Near 1 a log step is smaller than one integer: move by at least one so arrow keys never stick.
        if (integer && next === shown && p !== pos)
          next = Math.min(max, Math.max(min, shown + (p > pos ? 1 : -1)));
        move(next);
      }}
    />
  );
}
