/** Minimal shape the ordering helpers need (a lesson collection entry satisfies it). */
export interface OrderedLesson {
  id: string;
  data: { order: number; title: string };
}

/** Lessons sorted by their `order` field; ties are a content error and throw. */
export function sortLessons<T extends OrderedLesson>(lessons: readonly T[]): T[] {
  const sorted = [...lessons].sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].data.order === sorted[i - 1].data.order) {
      throw new Error(
        `Lessons "${sorted[i - 1].id}" and "${sorted[i].id}" share order ${sorted[i].data.order}; each lesson needs its own.`,
      );
    }
  }
  return sorted;
}

/** Previous and next lessons around `id` in course order (undefined at the ends). */
export function neighbours<T extends OrderedLesson>(
  sorted: readonly T[],
  id: string,
): { index: number; prev?: T; next?: T } {
  const index = sorted.findIndex((l) => l.id === id);
  if (index < 0) throw new Error(`Unknown lesson "${id}"`);
  return { index, prev: sorted[index - 1], next: sorted[index + 1] };
}

/** URL of a lesson page; every internal link to a lesson goes through here. */
export function lessonHref(id: string, base = '/'): string {
  return `${base.replace(/\/?$/, '/')}lessons/${id}/`;
}
