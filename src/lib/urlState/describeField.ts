import type { z } from 'zod';

/** What the codec knows about one number, boolean or enum: its kind, default and range. */
export type ScalarInfo =
  | { kind: 'number'; defaultValue: number; min: number; max: number; int: boolean }
  | { kind: 'boolean'; defaultValue: boolean }
  | { kind: 'enum'; defaultValue: string; options: readonly string[] };

/**
 * A fixed-length array of objects (see `slots`): every slot has the same fields, each slot its
 * own defaults. In a link, field `f` of slot `i` of the state field `name` is `<id>.<name>.<i>.<f>`.
 */
export interface SlotsInfo {
  kind: 'slots';
  /** The fields of one slot (scalars; `defaultValue` there is the slot schema's own default). */
  fields: Readonly<Record<string, ScalarInfo>>;
  /** The defaults of each slot, in order; their count is the array's length. */
  defaults: readonly Readonly<Record<string, number | boolean | string>>[];
}

/**
 * What the URL codec needs to know about one field of a widget's state schema. Read from the zod
 * schema itself (zod 4 exposes `minValue`, `maxValue`, `isInt`, `options`, the default and an
 * array's element), so every range is written once, in `state.ts`.
 */
export type FieldInfo = ScalarInfo | SlotsInfo;

/** Internal shape of zod 4 schemas that we read; kept narrow so the cast is checked. */
interface ZodInternals {
  _zod: {
    def: { type: string; defaultValue?: unknown; innerType?: ZodInternals; element?: ZodInternals };
  };
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
  options?: readonly unknown[];
  shape?: Record<string, z.ZodType>;
}

const NAME = /^[a-zA-Z][a-zA-Z0-9]*$/;

function internals(schema: z.ZodType): ZodInternals {
  return schema as unknown as ZodInternals;
}

/**
 * describeField(name, schema) → FieldInfo. Every widget-state field must be
 * `z.number()…default(v)`, `z.boolean().default(v)`, `z.enum([...]).default(v)` or
 * `slots(SlotSchema, [...])`; anything else is a programming error and throws at module load,
 * not when a reader opens a link.
 */
export function describeField(name: string, schema: z.ZodType): FieldInfo {
  const def = internals(schema)._zod.def;
  if (def.type !== 'default' || !def.innerType) {
    throw new TypeError(`urlState: field "${name}" needs a .default(…) so links can omit it`);
  }
  if (def.innerType._zod.def.type === 'array') return describeSlots(name, def.innerType, def.defaultValue);
  return describeScalar(name, def.innerType, def.defaultValue);
}

function describeScalar(name: string, inner: ZodInternals, d: unknown): ScalarInfo {
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
        `urlState: field "${name}" has unsupported type "${inner._zod.def.type}" (use number, boolean, enum or slots)`,
      );
  }
}

function describeSlots(name: string, array: ZodInternals, d: unknown): SlotsInfo {
  const element = array._zod.def.element;
  if (!element || element._zod.def.type !== 'object' || !element.shape)
    throw new TypeError(`urlState: field "${name}" must be slots(SlotSchema, defaults): an array of objects`);
  if (!Array.isArray(d) || d.length === 0)
    throw new TypeError(`urlState: field "${name}" needs one default per slot`);
  const fields: Record<string, ScalarInfo> = {};
  for (const [sub, schema] of Object.entries(element.shape)) {
    if (!NAME.test(sub)) throw new TypeError(`urlState: slot field "${name}.${sub}" must be alphanumeric`);
    const info = describeField(`${name}.${sub}`, schema);
    if (info.kind === 'slots') throw new TypeError(`urlState: slots cannot nest ("${name}.${sub}")`);
    fields[sub] = info;
  }
  const defaults = d.map((slot: unknown, i) => {
    if (typeof slot !== 'object' || slot === null)
      throw new TypeError(`urlState: default of "${name}.${i}" is not an object`);
    const values: Record<string, number | boolean | string> = {};
    for (const sub of Object.keys(fields)) {
      const v = (slot as Record<string, unknown>)[sub];
      if (typeof v !== 'number' && typeof v !== 'boolean' && typeof v !== 'string')
        throw new TypeError(`urlState: default of "${name}.${i}.${sub}" is missing`);
      values[sub] = v;
    }
    return values;
  });
  return { kind: 'slots', fields, defaults };
}
