import { nextSeed } from './seed.ts';

export interface NewSeedButtonProps {
  seed: number;
  onChange: (seed: number) => void;
  /** The button's text, e.g. "New data" where the seed draws the data set (default "New seed"). */
  children?: string;
}

/** The header button that draws a new seed for every run of the widget at once (pass it as `actions`). */
export function NewSeedButton({ seed, onChange, children = 'New seed' }: NewSeedButtonProps) {
  return (
    <button type="button" className="wk-button" onClick={() => onChange(nextSeed(seed))}>
      {children}
    </button>
  );
}
