import type { z } from 'zod';

/**
 * What the URL codec needs to know about one field of a widget's state schema: its kind,
 * default and range. Read from the zod schema itself (zod 4 exposes `minValue`, `maxValue`,
 * `isInt`, `options` and the default), so the range is written once, in `state.ts`.
 */
export type FieldInfo =
  | { kind: 'number'; defaultValue: number; min: number; max: number; int: boolean }
  | { kind: 'boolean'; defaultValue: boolean }
  | { kind: 'enum'; defaultValue: string; options: readonly string[] };

/** Internal shape of zod 4 schemas that we read; kept narrow so the cast is checked. */
interface ZodInternals {
  _zod: { def: { type: string; defaultValue?: unknown; innerType?: ZodInternals } };
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
  options?: readonly unknown[];
}

/**
 * describeField(schema) → FieldInfo. Every widget-state field must be
 * `z.number()…default(v)`, `z.boolean().default(v)` or `z.enum([...]).default(v)`; anything
 * else is a programming error and throws at module load, not when a reader opens a link.
 */
export function describeField(name: string, schema: z.ZodType): FieldInfo {
  const outer = schema as unknown as ZodInternals;
  const def = outer._zod.def;
  if (def.type !== 'default' || !def.innerType) {
    throw new TypeError(`urlState: field "${name}" needs a .default(…) so links can omit it`);
  }
  const inner = def.innerType;
  const d = def.defaultValue;
  switch (inner._zod.def.type) {
    case 'number': {
      if (typeof d !== 'number') throw new TypeError(`urlState: field "${name}" has a non-number default`);
      const min = inner.minValue ?? -Number.MAX_VALUE;
      const max = inner.maxValue ?? Number.MAX_VALUE;
      return { kind: 'number', defaultValue: d, min, max, int: inner.isInt === true };
    }
    case 'boolean':
      if (typeof d !== 'boolean') throw new TypeError(`urlState: field "${name}" has a non-boolean default`);
      return { kind: 'boolean', defaultValue: d };
    case 'enum': {
      const options = (inner.options ?? []).filter((o): o is string => typeof o === 'string');
      if (typeof d !== 'string' || !options.includes(d))
        throw new TypeError(`urlState: field "${name}" has a default outside its options`);
      return { kind: 'enum', defaultValue: d, options };
    }
    default:
      throw new TypeError(
        `urlState: field "${name}" has unsupported type "${inner._zod.def.type}" (use number, boolean or enum)`,
      );
  }
}
