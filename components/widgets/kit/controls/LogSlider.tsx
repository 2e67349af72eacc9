import { RangeControl } from './RangeControl.tsx';
import { formatNumber } from '../formatNumber.ts';

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
 * logSliderMove(position, before, …) → the value a move of a log slider's thumb to `position`
 * asks for, `before` being the value shown until then; null for a move that is not the reader's.
 */
export function logSliderMove(
  position: number,
  before: number,
  {
    min,
    max,
    integer,
    stepsPerDecade,
  }: { min: number; max: number; integer: boolean; stepsPerDecade: number },
): number | null {
  const step = 1 / stepsPerDecade;
  const from = Math.log10(Math.min(max, Math.max(min, before)));
  // Browsers snap the displayed position to the step grid and may report that as a change; a
  // move of less than half a step is not the reader's, so ignore it.
  if (Math.abs(position - from) < step / 2) return null;
  const next = logSliderValue(position, min, max, integer);
  // Near 1 a log step is smaller than one integer: move by at least one so arrow keys never stick.
  if (integer && next === before) return Math.min(max, Math.max(min, before + (position > from ? 1 : -1)));
  return next;
}

const defaultFormat = (v: number) => formatNumber(v);

/**
 * A labelled slider on a log scale, for quantities that span decades (learning rates, batch
 * sizes). The native range moves in log10(value); keyboard steps are multiplicative. The thumb and
 * the value answer a key in its own frame; the widget follows a frame later (RangeControl).
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
  format = defaultFormat,
  hint,
  disabled,
}: LogSliderProps) {
  return (
    <RangeControl
      name={name}
      label={label}
      value={value}
      format={format}
      toPosition={(v) => Math.log10(Math.min(max, Math.max(min, v)))}
      fromPosition={(p, before) => logSliderMove(p, before, { min, max, integer, stepsPerDecade })}
      // The ends of a log range are rarely on the step grid; Home and End go to them exactly.
      keyValue={(key) => (key === 'Home' ? min : key === 'End' ? max : null)}
      onChange={onChange}
      hint={hint}
      disabled={disabled}
      min={Math.log10(min)}
      max={Math.log10(max)}
      step={1 / stepsPerDecade}
    />
  );
}
