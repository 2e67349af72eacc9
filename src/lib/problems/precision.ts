import { DEFAULT_RTOL, type Tolerance } from '../answers/isClose.ts';
import { formatNumber } from './formatNumber.ts';

/**
 * The precision a number or vector answer asks for, derived from its tolerance so the label and
 * the checker can never disagree:
 * - `sigFigs: n` → n significant figures (the checker accepts any value within half a unit of
 *   the n-th figure of the key, so the key rounded to n figures always passes);
 * - `rtol: r` (or the default 1e-3) → the fewest significant figures whose rounding error is
 *   within r for every key: n = ⌈1 − log₁₀(2r)⌉ (1e-3 → 4, 1e-4 → 5, 1e-6 → 7);
 * - `atol: a` alone → a fixed number of decimal places k = ⌈−log₁₀(2a)⌉, written "within ±a".
 */
export type Precision =
  { kind: 'sigFigs'; digits: number } | { kind: 'decimals'; places: number; atol: number };

export function precisionOf(tol: Tolerance): Precision {
  if (tol.sigFigs !== undefined) return { kind: 'sigFigs', digits: tol.sigFigs };
  const rtol = tol.rtol ?? (tol.atol === undefined ? DEFAULT_RTOL : 0);
  if (rtol > 0) return { kind: 'sigFigs', digits: Math.max(1, Math.ceil(1 - Math.log10(2 * rtol) - 1e-9)) };
  const atol = tol.atol ?? 0;
  return { kind: 'decimals', places: Math.max(0, Math.ceil(-Math.log10(2 * atol) - 1e-9)), atol };
}

/** `x` rounded to the precision the answer asks for: what a careful student would type. */
export function roundToPrecision(x: number, tol: Tolerance): number {
  const p = precisionOf(tol);
  if (x === 0 || !Number.isFinite(x)) return x;
  if (p.kind === 'sigFigs') return Number(x.toPrecision(p.digits));
  return Number(x.toFixed(Math.min(p.places, 100)));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The precision in words, for the answer label ("to 3 significant figures"), or undefined when
 * the key is a whole number (it is typed exactly, and a precision would only confuse).
 */
export function precisionPhrase(key: number | readonly number[], tol: Tolerance): string | undefined {
  const values = typeof key === 'number' ? [key] : key;
  if (values.every((v) => Number.isInteger(v))) return undefined;
  const p = precisionOf(tol);
  const each = typeof key === 'number' ? '' : 'each ';
  if (p.kind === 'sigFigs') return `${each}to ${plural(p.digits, 'significant figure')}`;
  return `${each}within ±${formatNumber(p.atol, { tex: false })}`;
}

/** The label with its precision: "Learning rate, to 3 significant figures". */
export function labelWithPrecision(label: string, key: number | readonly number[], tol: Tolerance): string {
  const phrase = precisionPhrase(key, tol);
  return phrase ? `${label}, ${phrase}` : label;
}
