import { readProgress } from './readProgress.ts';
import type { Progress } from './progressSchema.ts';

/** Progress as a pretty JSON document a student can save. */
export function exportProgress(p: Progress): string {
  return JSON.stringify({ ...p, exportedFrom: 'descent' }, null, 2);
}

/**
 * Reads an exported progress document (validated like stored data, older versions migrated).
 * Unlike loading, an import that needed repair is refused, so a bad file never replaces good
 * progress. The current browser id is kept so this browser's variants stay the same.
 */
export function importProgress(
  text: string,
  current: Progress,
): { ok: true; progress: Progress; notice?: string } | { ok: false; message: string } {
  if (text.length > 5_000_000)
    return { ok: false, message: 'That file is too large to be exported progress.' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, message: 'That is not a JSON file exported from this course.' };
  }
  if (parsed && typeof parsed === 'object' && 'exportedFrom' in parsed)
    delete (parsed as Record<string, unknown>).exportedFrom;
  const r = readProgress(JSON.stringify(parsed), () => current.browserId);
  if (r.notice && !/older version/.test(r.notice)) {
    return {
      ok: false,
      message:
        'Could not import: the file is damaged or is not progress exported from this course. Your current progress is unchanged.',
    };
  }
  return { ok: true, progress: { ...r.progress, browserId: current.browserId }, notice: r.notice };
}
