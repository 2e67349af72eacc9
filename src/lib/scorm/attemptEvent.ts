/**
 * The page event a counted attempt fires (`window`, `CustomEvent` with this detail), so a SCORM
 * package's runtime can record it as an interaction. It stays inside the page: embeds post only
 * `{ type, id, solved, attempts, withSolution }` to their parent.
 */
export const ATTEMPT_EVENT = 'descent:attempt';

export interface AttemptDetail {
  /** Problem id. */
  id: string;
  kind: 'number' | 'vector' | 'expression' | 'choice';
  /** The input as typed (choice: the selected option ids, comma-separated). */
  response: string;
  /** Number answers: the value the input was read as. */
  value?: number;
  /** Choice answers: the selected options' positions. */
  choices?: number[];
  /** The key: its value (numbers), its options (choice), or as a student would type it. */
  key: { value?: number; choices?: number[]; typed: string };
  correct: boolean;
  /** Since the variant was shown or last checked, in milliseconds. */
  latencyMs: number;
}

/** Checks the shape of an event's detail (the runtime accepts nothing else). */
export function isAttemptDetail(d: unknown): d is AttemptDetail {
  if (typeof d !== 'object' || d === null) return false;
  const a = d as Record<string, unknown>;
  const nums = (v: unknown) => v === undefined || (Array.isArray(v) && v.every((x) => Number.isInteger(x)));
  const key = a.key as Record<string, unknown> | undefined;
  return (
    typeof a.id === 'string' &&
    ['number', 'vector', 'expression', 'choice'].includes(a.kind as string) &&
    typeof a.response === 'string' &&
    (a.value === undefined || typeof a.value === 'number') &&
    nums(a.choices) &&
    typeof key === 'object' &&
    key !== null &&
    typeof key.typed === 'string' &&
    (key.value === undefined || typeof key.value === 'number') &&
    nums(key.choices) &&
    typeof a.correct === 'boolean' &&
    typeof a.latencyMs === 'number'
  );
}
