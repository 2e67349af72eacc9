import * as z from 'zod/mini';
import { LESSON_SLUGS } from './problemTypes.ts';

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'expected a function');
const md = z.union([z.string().check(z.minLength(1)), fn]);
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

/** zod schema of a problem module's default export (see design/problems.md). */
export const problemDefinitionSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id')),
  lesson: z.enum(LESSON_SLUGS),
  title: z.string().check(z.minLength(3), z.maxLength(90)),
  params: fn,
  prompt: fn,
  answer: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('number'),
      value: fn,
      label: z.optional(z.string()),
      unit: z.optional(z.string()),
      ...tolerance,
    }),
    z.object({
      kind: z.literal('vector'),
      length: z.int().check(z.minimum(2), z.maximum(10)),
      value: fn,
      label: z.optional(z.string()),
      ...tolerance,
    }),
    z.object({
      kind: z.literal('expression'),
      variables: z.array(variable).check(z.minLength(1)),
      value: fn,
      tex: fn,
      typed: fn,
      label: z.optional(z.string()),
      ...tolerance,
    }),
    z.object({
      kind: z.literal('choice'),
      multiple: z.optional(z.boolean()),
      options: z.union([z.array(option).check(z.minLength(2)), fn]),
    }),
  ]),
  mistakes: z.optional(z.array(z.object({ value: fn, feedback: md }))),
  hints: z.array(md).check(z.minLength(1), z.maxLength(5)),
  solution: fn,
});
