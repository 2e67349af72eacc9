import {
  PROGRESS_VERSION,
  problemRecordSchema,
  progressEnvelopeSchema,
  progressV1Schema,
  progressV2Schema,
  type Progress,
  type ProblemRecord,
} from './progressSchema.ts';

/** What reading stored progress produced, and a sentence for the student when something was off. */
export interface ReadResult {
  progress: Progress;
  notice?: string;
}

export const emptyProgress = (browserId: string): Progress => ({
  version: PROGRESS_VERSION,
  browserId,
  problems: {},
});

/** Version 1 → 2: each problem's single record becomes variant 0. */
export function migrateV1(
  v1: { problems: Record<string, { input: string; attempts: number; solved: boolean }> },
  browserId: string,
): Progress {
  const problems: Record<string, ProblemRecord> = {};
  for (const [id, r] of Object.entries(v1.problems)) {
    problems[id] = {
      current: 0,
      variants: {
        '0': {
          lastInput: r.input,
          attempts: r.attempts,
          solved: r.solved,
          hintsUsed: 0,
          solutionShown: false,
        },
      },
    };
  }
  return { version: PROGRESS_VERSION, browserId, problems };
}

/**
 * Reads stored progress text. Current data passes through; version 1 is migrated; a v2 value with
 * some damaged problem records keeps the valid ones; anything unreadable (bad JSON, unknown
 * version, wrong shape) becomes empty progress. Every repair comes with a notice; nothing throws.
 */
export function readProgress(raw: string | null, newBrowserId: () => string): ReadResult {
  if (raw === null || raw === '') return { progress: emptyProgress(newBrowserId()) };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {
      progress: emptyProgress(newBrowserId()),
      notice: 'Your saved progress could not be read (it was damaged), so it was reset.',
    };
  }
  const v2 = progressV2Schema.safeParse(data);
  if (v2.success) return { progress: v2.data };
  const v1 = progressV1Schema.safeParse(data);
  if (v1.success)
    return {
      progress: migrateV1(v1.data, newBrowserId()),
      notice: 'Your saved progress was from an older version of the course and has been updated.',
    };
  const envelope = progressEnvelopeSchema.safeParse(data);
  if (envelope.success) {
    const problems: Record<string, ProblemRecord> = {};
    let dropped = 0;
    for (const [id, rec] of Object.entries(envelope.data.problems)) {
      const r = problemRecordSchema.safeParse(rec);
      if (r.success && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problems[id] = r.data;
      else dropped++;
    }
    return {
      progress: { version: PROGRESS_VERSION, browserId: envelope.data.browserId, problems },
      notice: `Part of your saved progress was damaged; ${dropped} problem record${dropped === 1 ? ' was' : 's were'} reset and the rest kept.`,
    };
  }
  return {
    progress: emptyProgress(newBrowserId()),
    notice: 'Your saved progress was in a format this course does not recognise, so it was reset.',
  };
}
