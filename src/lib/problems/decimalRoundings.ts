import type { Precision } from './precision.ts';

/**
 * For tests of the answer checker: the correct roundings of `x` to `precision`, as decimal text from x's shortest decimal: one,
 * or two (half up and half down) when the digits dropped are exactly a 5.
 */
export function decimalRoundings(x: number, precision: Precision): string[] {
  if (!Number.isFinite(x) || x === 0) return [String(x)];
  const [mantissa, exp] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exponent = Number(exp);
  // How many of the digits are kept: n significant figures, or those down to the k-th decimal.
  const keep = precision.kind === 'sigFigs' ? precision.digits : exponent + 1 + precision.places;
  if (keep >= digits.length) return [String(x)];
  const sign = x < 0 ? '-' : '';
  const at = (kept: bigint, count: number) => {
    // kept × 10^(exponent − count + 1), written out as a decimal.
    const scale = exponent - count + 1;
    const text = kept.toString();
    if (scale >= 0) return sign + text + '0'.repeat(scale);
    const padded = text.padStart(-scale + 1, '0');
    return sign + padded.slice(0, scale) + '.' + padded.slice(scale);
  };
  if (keep <= 0) return [sign + '0'];
  const down = BigInt(digits.slice(0, keep));
  const rest = digits.slice(keep);
  const tie = rest === '5';
  const up = rest[0] >= '5';
  if (tie) return [at(down, keep), at(down + 1n, keep)];
  return [at(up ? down + 1n : down, keep)];
}
