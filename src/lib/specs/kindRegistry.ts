import type { z } from 'zod';

/** An entry of a spec registry: the zod object of one kind, discriminated by its `kind` literal. */
export interface KindDef<S extends z.ZodObject<{ kind: z.ZodLiteral<string> }>> {
  schema: S;
}

type Schemas<T extends readonly KindDef<z.ZodObject<{ kind: z.ZodLiteral<string> }>>[]> = {
  -readonly [I in keyof T]: T[I]['schema'];
};

/**
 * kindSchemas(entries) → the entries' schemas as a tuple of the same length and types, ready for
 * `z.discriminatedUnion('kind', …)` (which needs a tuple to infer the union of specs).
 */
export function kindSchemas<T extends readonly KindDef<z.ZodObject<{ kind: z.ZodLiteral<string> }>>[]>(
  entries: T,
): Schemas<T> {
  // Array.prototype.map cannot say that it keeps a tuple's length and element types; it does.
  return entries.map((e) => e.schema) as Schemas<T>;
}
