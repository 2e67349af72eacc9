import { parseNumberAnswer } from './parseNumberAnswer.ts';
import { splitTopLevel } from './splitTopLevel.ts';
import type { Parsed } from './types.ts';

const ordinal = (i: number) => ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'][i] ?? `${i + 1}th`;

/**
 * Reads a vector of `length` numbers: `[0.9, 1.8]`, `(0.9, 1.8)` or `0.9, 1.8` (semicolons work
 * too); each entry may be anything {@link parseNumberAnswer} accepts. A wrong count or an
 * unreadable entry comes back as a message naming the problem.
 */
export function parseVectorAnswer(raw: string, length: number): Parsed<number[]> {
  const trimmed = raw.trim();
  if (trimmed === '')
    return { ok: false, message: `Enter ${length} numbers separated by commas, e.g. [0.5, -1].` };
  if (raw.length > 100 * length + 100)
    return { ok: false, message: `That is too long to be an answer (${raw.length} characters).` };
  const inner =
    /^\[.*\]$/s.test(trimmed) ||
    (/^\(.*\)$/s.test(trimmed) && /[,;]/.test(trimmed) && splitTopLevel(trimmed.slice(1, -1)).length > 1)
      ? trimmed.slice(1, -1)
      : trimmed;
  const parts = splitTopLevel(inner);
  if (parts.length !== length) {
    return { ok: false, message: `Expected ${length} numbers separated by commas; found ${parts.length}.` };
  }
  const values: number[] = [];
  const texs: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const entry = parseNumberAnswer(parts[i]);
    if (!entry.ok) return { ok: false, message: `The ${ordinal(i)} entry: ${entry.message}` };
    values.push(entry.value);
    texs.push(entry.tex);
  }
  return { ok: true, value: values, tex: `\\left[${texs.join(',\\ ')}\\right]` };
}
