import { LogSlider } from './LogSlider.tsx';

export interface DecayRateSliderProps {
  /** The control's stable name for embeds (`?hide=<name>`): the state field it sets, in kebab case. */
  name: string;
  label: string;
  /** The symbol the hint names, e.g. "β₁". */
  symbol: string;
  /** The decay rate β itself. */
  value: number;
  /** The range of 1 − β the slider spans (log scale), e.g. [1e-5, 0.1] for β₂ from 0.9 to 0.99999. */
  oneMinus: readonly [number, number];
  onChange: (beta: number) => void;
}

/** β rounded to six significant digits after moving 1 − β (so 0.999 stays 0.999, not 0.9990000000000001). */
export const betaFromOneMinus = (oneMinus: number) => Number((1 - oneMinus).toPrecision(6));

/**
 * A decay rate β (an EMA's, momentum's) moved on a log scale of 1 − β: the steps that matter —
 * 0.9, 0.99, 0.999 — are equally far apart, as the memory 1/(1 − β) they set grows tenfold each.
 */
export function DecayRateSlider({ name, label, symbol, value, oneMinus, onChange }: DecayRateSliderProps) {
  return (
    <LogSlider
      name={name}
      label={label}
      value={Math.max(oneMinus[0], 1 - value)}
      min={oneMinus[0]}
      max={oneMinus[1]}
      stepsPerDecade={12}
      format={(v) => String(betaFromOneMinus(v))}
      onChange={(v) => onChange(betaFromOneMinus(v))}
      hint={`The slider moves 1 − ${symbol} on a log scale.`}
    />
  );
}
