import type { ScalarInfo } from './describeField.ts';

export type FieldValue = number | boolean | string;

/** Outcome of reading one URL value: the value to use and, if it was not usable as is, why. */
export interface ParsedField {
  value: FieldValue;
  problem?: 'clamped' | 'invalid';
}

// A plain decimal or scientific literal. Anything else ("NaN", "Infinity", "0x10", "1,5",
// "", " 3") is rejected rather than guessed at. The length cap keeps absurd links cheap.
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const MAX_LENGTH = 40;

/**
 * parseField(info, raw) reads one query-string value. Numbers outside the schema's range are
 * clamped to it (and integers rounded), which is reported as `clamped`; values that cannot be
 * read (including non-finite numbers such as 1e999) fall back to the default as `invalid`.
 */
export function parseField(info: ScalarInfo, raw: string): ParsedField {
  if (raw.length > MAX_LENGTH) return { value: info.defaultValue, problem: 'invalid' };
  switch (info.kind) {
    case 'number': {
      if (!NUMBER.test(raw)) return { value: info.defaultValue, problem: 'invalid' };
      const x = Number(raw);
      if (!Number.isFinite(x)) return { value: info.defaultValue, problem: 'invalid' };
      let v = Math.min(info.max, Math.max(info.min, x));
      if (info.int) v = Math.min(info.max, Math.max(info.min, Math.round(v)));
      // -0 and 0 are the same setting; Object.is would report -0 as "clamped".
      return v === x ? { value: v } : { value: v, problem: 'clamped' };
    }
    case 'boolean':
      if (raw === '1' || raw === 'true') return { value: true };
      if (raw === '0' || raw === 'false') return { value: false };
      return { value: info.defaultValue, problem: 'invalid' };
    case 'enum':
      return info.options.includes(raw) ? { value: raw } : { value: info.defaultValue, problem: 'invalid' };
  }
}

/** formatField(info, value) writes a value so that parseField reads back exactly the same. */
export function formatField(info: ScalarInfo, value: FieldValue): string {
  if (info.kind === 'boolean') return value ? '1' : '0';
  // String(x) is the shortest round-tripping decimal for a double.
  return String(value);
}
