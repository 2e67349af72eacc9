import { problemRecord } from '../progress/progressOps.ts';
import type { Progress } from '../progress/progressSchema.ts';

/**
 * earnsPoint(progress, id, graded) → whether problem `id` counts in the score. Practice: any solved
 * variant. Graded: a variant solved without its worked solution open (asked for, or opened by
 * wrong attempts); solving a fresh variant after viewing a solution earns it.
 */
export function earnsPoint(p: Progress, id: string, graded: boolean): boolean {
  return Object.values(problemRecord(p, id).variants).some(
    (v) => v.solved && (!graded || v.solvedWithSolution !== true),
  );
}

/** The lesson's score as the LMS records it: problems that earn their point, out of all, in percent. */
export function lessonScore(
  p: Progress,
  ids: readonly string[],
  graded: boolean,
): { earned: number; total: number; percent: number } {
  const earned = ids.filter((id) => earnsPoint(p, id, graded)).length;
  return { earned, total: ids.length, percent: ids.length ? Math.round((100 * earned) / ids.length) : 0 };
}
