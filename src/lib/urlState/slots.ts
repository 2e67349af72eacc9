import { z } from 'zod';

/**
 * The schema of one repeated slot of a widget's state (a schedule of the composer, a configuration
 * of the playground): a zod object whose every field is a number, boolean or enum with a default,
 * like a widget's own fields.
 */
export type SlotSchema = z.ZodObject<Record<string, z.ZodType>>;

/**
 * slots(SlotSchema, perSlot) → a state field holding exactly `perSlot.length` slots, slot i
 * starting from `SlotSchema.parse(perSlot[i])` (so each slot has its own defaults and the schema's
 * ranges). The codec writes field `f` of slot `i` as `<id>.<name>.<i>.<f>`, only where it differs
 * from that slot's default; the type of the field is `z.infer<typeof SlotSchema>[]`.
 */
export function slots<S extends SlotSchema>(schema: S, perSlot: readonly z.input<S>[]) {
  if (perSlot.length === 0) throw new TypeError('urlState: slots(…) needs at least one slot');
  const defaults = perSlot.map((p) => schema.parse(p));
  return z.array(schema).length(defaults.length).default(defaults);
}

/** withSlot(list, i, patch) → a copy of `list` with slot i merged with `patch` (the others shared). */
export function withSlot<T extends object>(list: readonly T[], i: number, patch: Partial<T>): T[] {
  return list.map((slot, k) => (k === i ? { ...slot, ...patch } : slot));
}
