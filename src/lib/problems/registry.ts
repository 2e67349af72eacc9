import type { Problem } from './problemTypes.ts';

/**
 * Lazy loaders for every problem module, keyed by path. Vite turns each into its own chunk, so a
 * page loads only the problems it shows. The file name is the problem id (a test checks it).
 */
const loaders = import.meta.glob<{ default: Problem }>(['../../../content/problems/*/*.ts', '!**/*.test.ts']);

const idOf = (path: string) => path.replace(/^.*\//, '').replace(/\.ts$/, '');
const lessonOf = (path: string) => path.split('/').at(-2) ?? '';

/** Every problem id with its lesson folder, from the file names alone (no module is loaded). */
export function problemIndex(): { id: string; lesson: string }[] {
  return Object.keys(loaders).map((path) => ({ id: idOf(path), lesson: lessonOf(path) }));
}

/** Loads one problem module by id; undefined when there is no such problem. */
export async function loadProblem(id: string): Promise<Problem | undefined> {
  const path = Object.keys(loaders).find((p) => idOf(p) === id);
  if (!path) return undefined;
  const mod = await loaders[path]();
  return mod.default;
}
