import { MAX_INPUT_LENGTH } from './normalizeInput.ts';
import { readExpression } from './readExpression.ts';
import { splitTopLevel } from './splitTopLevel.ts';
import type { Parsed } from './types.ts';

/**
 * Reads a number as students write it: `0.01`, `1e-3`, `1.2*10^-3`, `1.2×10^-3`, `3/4`, `−0.5`,
 * `sqrt(2)/2`, `0.9^10`, `1/(1-0.9)`, `pi`, `exp(1)`, `log(2)`. Non-finite results (`1e999`, `1/0`,
 * `sqrt(-1)`) are refused with a message, never returned.
 */
export function parseNumberAnswer(raw: string): Parsed<number> {
  if (/^\s*[-−]?\d+,\d+\s*$/.test(raw)) {
    return { ok: false, message: `Use a point for decimals: ${raw.trim().replace(',', '.')} rather than ${raw.trim()}.` };
  }
  if (raw.length <= MAX_INPUT_LENGTH && splitTopLevel(raw).length > 1) return { ok: false, message: 'Enter a single number (this answer is not a list).' };
  const read = readExpression(raw, { expecting: 'a number' });
  if (!read.ok) return read;
  const value = read.value.evaluate({});
  if (!Number.isFinite(value)) {
    return { ok: false, message: 'That is not a finite number (it overflows, divides by zero or is undefined). Enter a finite value.' };
  }
  return { ok: true, value, tex: read.tex };
}
