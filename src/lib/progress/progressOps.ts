import { MAX_STORED_INPUT, type Progress, type ProblemRecord, type VariantRecord } from './progressSchema.ts';

export const emptyVariant = (): VariantRecord => ({
  lastInput: '',
  attempts: 0,
  solved: false,
  hintsUsed: 0,
  solutionShown: false,
});

/** The key a variant is stored under: its number, or `seed-<n>` for an instructor's fixed seed. */
export const variantKey = (variant: number, fixedSeed?: number): string =>
  fixedSeed === undefined ? String(variant) : `seed-${fixedSeed + variant}`;

export function problemRecord(p: Progress, id: string): ProblemRecord {
  return p.problems[id] ?? { current: 0, variants: {} };
}

export function variantRecord(p: Progress, id: string, key: string): VariantRecord {
  return problemRecord(p, id).variants[key] ?? emptyVariant();
}

/** A new progress value with one variant's record patched (inputs are capped in length). */
export function patchVariant(p: Progress, id: string, key: string, patch: Partial<VariantRecord>): Progress {
  const rec = problemRecord(p, id);
  const next = { ...variantRecord(p, id, key), ...patch };
  next.lastInput = next.lastInput.slice(0, MAX_STORED_INPUT);
  return { ...p, problems: { ...p.problems, [id]: { ...rec, variants: { ...rec.variants, [key]: next } } } };
}

/** A new progress value showing variant `current` of problem `id`. */
export function setCurrentVariant(p: Progress, id: string, current: number): Progress {
  const rec = problemRecord(p, id);
  return { ...p, problems: { ...p.problems, [id]: { ...rec, current } } };
}

/** freshVariant(p, id) → a variant number of problem `id` the student has not seen yet. */
export function freshVariant(p: Progress, id: string): number {
  const rec = problemRecord(p, id);
  const seen = Object.keys(rec.variants)
    .filter((k) => /^\d+$/.test(k))
    .map(Number);
  return Math.max(rec.current, ...seen) + 1;
}

/** A problem counts as solved when any of its variants was solved. */
export function isSolved(p: Progress, id: string): boolean {
  return Object.values(problemRecord(p, id).variants).some((v) => v.solved);
}

/** How many of `ids` are solved. */
export function solvedCount(p: Progress, ids: readonly string[]): number {
  return ids.filter((id) => isSolved(p, id)).length;
}

/**
 * Solved, but only ever with the worked solution open: no variant of it was solved unaided.
 * Instructors read these apart from problems a student solved alone.
 */
export function solvedOnlyWithSolution(p: Progress, id: string): boolean {
  const solved = Object.values(problemRecord(p, id).variants).filter((v) => v.solved);
  return solved.length > 0 && solved.every((v) => v.solvedWithSolution === true);
}

/** How many of `ids` are solved only with the solution open. */
export function solvedWithSolutionCount(p: Progress, ids: readonly string[]): number {
  return ids.filter((id) => solvedOnlyWithSolution(p, id)).length;
}
