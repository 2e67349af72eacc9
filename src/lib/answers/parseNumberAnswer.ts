import { MAX_INPUT_LENGTH } from './normalizeInput.ts';
import { LARGEST_DOUBLE, SMALLEST_DOUBLE, readExpression } from './readExpression.ts';
import { splitTopLevel } from './splitTopLevel.ts';
import type { EvalTrace, Parsed } from './types.ts';

export const NOT_FINITE =
  'That is not a finite number (it divides by zero or is undefined, like sqrt(-1) or log(0)). Enter a finite value.';
export const TOO_LARGE = `This number is too large to represent: the calculation overflows past the largest double (about ${LARGEST_DOUBLE}), so it is not a finite number.`;
export const TOO_SMALL = `This number is too small to represent: the calculation underflows to 0 (below the smallest positive double, about ${SMALLEST_DOUBLE}). Enter the value you mean.`;

/**
 * Reads a number as students write it: `0.01`, `1e-3`, `1.2*10^-3`, `1.2×10^-3`, `3/4`, `−0.5`,
 * `sqrt(2)/2`, `0.9^10`, `1/(1-0.9)`, `pi`, `exp(1)`, `log(2)`. What a double cannot represent is
 * refused with a message saying why, never returned: non-finite results (`1/0`, `sqrt(-1)`),
 * literals that overflow or underflow (`1e999`, `1e-400`, anywhere in the input) and calculations
 * that overflow or underflow to 0 (`10^400`, `0.5^2000`: a non-zero exact value read as 0 is not
 * the number the student meant).
 */
export function parseNumberAnswer(raw: string): Parsed<number> {
  if (/^\s*[-−]?\d+,\d+\s*$/.test(raw)) {
    return {
      ok: false,
      message: `Use a point for decimals: ${raw.trim().replace(',', '.')} rather than ${raw.trim()}.`,
    };
  }
  if (raw.length <= MAX_INPUT_LENGTH && splitTopLevel(raw).length > 1)
    return { ok: false, message: 'Enter a single number (this answer is not a list).' };
  const read = readExpression(raw, { expecting: 'a number' });
  if (!read.ok) return read;
  const trace: EvalTrace = { overflow: false, underflow: false };
  const value = read.value.evaluate({}, trace);
  if (!Number.isFinite(value)) return { ok: false, message: trace.overflow ? TOO_LARGE : NOT_FINITE };
  if (value === 0 && trace.underflow) return { ok: false, message: TOO_SMALL };
  return { ok: true, value, tex: read.tex };
}
