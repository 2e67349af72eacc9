import * as z from 'zod/mini';

/** Current version of the stored progress. */
export const PROGRESS_VERSION = 2;
/** The one localStorage key progress lives under (the version is inside the value). */
export { PROGRESS_KEY } from './progressKeys.ts';
/** Longest raw input kept per variant (longer text is cut, the rest of the record survives). */
export const MAX_STORED_INPUT = 20_000;

/** One variant of one problem: what the student last typed and how it went. */
export const variantRecordSchema = z.object({
  lastInput: z.string(),
  attempts: z.int().check(z.nonnegative()),
  solved: z.boolean(),
  hintsUsed: z.int().check(z.nonnegative()),
  solutionShown: z.boolean(),
  /** Solved while the worked solution was open (asked for, or opened by wrong attempts). */
  solvedWithSolution: z.optional(z.boolean()),
  /** The input that solved it, so a returning student sees what was accepted. */
  solvedInput: z.optional(z.string()),
});
export type VariantRecord = z.infer<typeof variantRecordSchema>;

/**
 * One problem: the variant currently shown (a number, or `seed-<n>` when an instructor's link fixed
 * the seed) and the record of every variant tried.
 */
export const problemRecordSchema = z.object({
  current: z.int().check(z.nonnegative()),
  variants: z.record(z.string().check(z.regex(/^(\d+|seed-\d+)$/)), variantRecordSchema),
});
export type ProblemRecord = z.infer<typeof problemRecordSchema>;

const problemId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

/** Version 2 (current): per problem and per variant. */
export const progressV2Schema = z.object({
  version: z.literal(2),
  browserId: z.string().check(z.minLength(4), z.maxLength(100)),
  problems: z.record(problemId, problemRecordSchema),
});
export type Progress = z.infer<typeof progressV2Schema>;

/** Version 1 (the first release): one record per problem, no variants, no browser id. */
export const progressV1Schema = z.object({
  version: z.literal(1),
  problems: z.record(
    problemId,
    z.object({ input: z.string(), attempts: z.int().check(z.nonnegative()), solved: z.boolean() }),
  ),
});
export type ProgressV1 = z.infer<typeof progressV1Schema>;

/** Only the envelope, to salvage the valid problems of a partly damaged v2 value. */
export const progressEnvelopeSchema = z.object({
  version: z.literal(2),
  browserId: z.string().check(z.minLength(4), z.maxLength(100)),
  problems: z.record(z.string(), z.unknown()),
});
