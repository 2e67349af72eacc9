import * as z from 'zod/mini';
import type { Rng } from '@descent/optim';
import type { ChoiceOption } from '../answers/checkChoice.ts';
import type { Evaluator } from '../answers/types.ts';
import { LESSON_SLUGS } from './problemTypes.ts';

/**
 * Stands for a problem's own params type in the schema. zod cannot be generic in it, so the
 * schema's functions take `Params` and {@link ProblemDefinition} substitutes the author's `P`.
 */
declare const params: unique symbol;
export type Params = { readonly [params]: true };

const isFunction = (v: unknown) => typeof v === 'function';
/** A function of the params returning R (checked to be a function; its results are checked by the tests). */
const ofParams = <R>() => z.custom<(p: Params) => R>(isFunction, 'expected a function');
const md = z.union([z.string().check(z.minLength(1)), ofParams<string>()]);
const tolerance = {
  rtol: z.optional(z.number().check(z.positive())),
  atol: z.optional(z.number().check(z.nonnegative())),
  sigFigs: z.optional(z.int().check(z.minimum(1), z.maximum(15))),
};
const option = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  label: z.string().check(z.minLength(1)),
  correct: z.boolean(),
  feedback: z.optional(z.string()),
});
const variable = z.object({
  name: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9]*$/)),
  tex: z.string(),
  min: z.number(),
  max: z.number(),
  integer: z.optional(z.boolean()),
});

/** zod schema of a problem module's default export; the README's "Authoring" says what each field does. */
export const problemDefinitionSchema = z.object({
  /** Stable, unique, kebab-case; equals the file name; used in URLs and progress. */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id')),
  lesson: z.enum(LESSON_SLUGS),
  title: z.string().check(z.minLength(3), z.maxLength(90)),
  params: z.custom<(rng: Rng) => Params>(isFunction, 'expected a function'),
  prompt: ofParams<string>(),
  /** What the student enters and what it is checked against; values are computed from the params. */
  answer: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('number'),
      value: ofParams<number>(),
      label: z.optional(z.string()),
      unit: z.optional(z.string()),
      ...tolerance,
    }),
    z.object({
      kind: z.literal('vector'),
      length: z.int().check(z.minimum(2), z.maximum(10)),
      value: ofParams<readonly number[]>(),
      label: z.optional(z.string()),
      ...tolerance,
    }),
    z.object({
      kind: z.literal('expression'),
      variables: z.array(variable).check(z.minLength(1)),
      value: ofParams<Evaluator>(),
      /** TeX of the key, for the solution. */
      tex: ofParams<string>(),
      /** The key as a student would type it (the tests check it passes). */
      typed: ofParams<string>(),
      label: z.optional(z.string()),
      ...tolerance,
    }),
    z.object({
      kind: z.literal('choice'),
      multiple: z.optional(z.boolean()),
      options: z.union([z.array(option).check(z.minLength(2)), ofParams<readonly ChoiceOption[]>()]),
    }),
  ]),
  /**
   * Typical wrong answers, recognised with the answer's own tolerance, and what to say about each.
   * A value of NaN means the mistake does not apply to this variant (e.g. "off by one" at t = 1).
   */
  mistakes: z.optional(
    z.array(z.object({ value: ofParams<number | readonly number[] | Evaluator>(), feedback: md })),
  ),
  hints: z.array(md).check(z.minLength(1), z.maxLength(5)),
  solution: ofParams<string>(),
});

/** The schema's type with the author's params type P in place of {@link Params}. */
type WithParams<T, P> = T extends (rng: Rng) => Params
  ? (rng: Rng) => P
  : T extends (p: Params) => infer R
    ? (p: P) => R
    : T extends readonly (infer U)[]
      ? readonly WithParams<U, P>[]
      : T extends object
        ? { [K in keyof T]: WithParams<T[K], P> }
        : T;

/** A problem as authored in `content/problems/<lesson>/<id>.ts`, inferred from the schema. */
export type ProblemDefinition<P> = WithParams<z.input<typeof problemDefinitionSchema>, P>;
