import type { Problem } from './problemTypes.ts';

/**
 * Every problem, loaded eagerly: for Astro pages at build time (lists per lesson, totals for the
 * progress display) and for tests. Browser code uses the lazy {@link loadProblem} instead.
 */
const modules = import.meta.glob<{ default: Problem }>(
  ['../../../content/problems/*/*.ts', '!**/*.test.ts'],
  { eager: true },
);

export interface CatalogEntry {
  problem: Problem;
  path: string;
}

/** All problems with their file paths, sorted by lesson folder then file name. */
export function catalogEntries(): CatalogEntry[] {
  return Object.entries(modules)
    .map(([path, mod]) => ({ problem: mod.default, path }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export const allProblems = (): Problem[] => catalogEntries().map((e) => e.problem);

/** Problems of one lesson, in file order. */
export const problemsOfLesson = (lesson: string): Problem[] =>
  allProblems().filter((p) => p.lesson === lesson);

/** One problem by id (throws at build time for an unknown id, so a typo in MDX fails the build). */
export function problemById(id: string): Problem {
  const found = allProblems().find((p) => p.id === id);
  if (!found)
    throw new Error(
      `Unknown problem id "${id}". Known: ${allProblems()
        .map((p) => p.id)
        .join(', ')}`,
    );
  return found;
}
