/**
 * Which problems the stored progress marks solved, read from the raw localStorage text without
 * zod or the store: the progress counts on the home and problem pages run this as a tiny plain
 * script (no framework, no schema library). It accepts exactly what readProgress accepts and
 * counts what solvedCount / solvedWithSolutionCount(readProgress(raw).progress, ids) count — version 2 records that pass
 * the schema (the others are dropped, as the store drops them), version 1 all or nothing, anything
 * else nothing; solvedFromRaw.test.ts checks the two agree on a corpus of good and damaged data.
 * It never writes: repairs and migrations stay the store's job.
 */

type Obj = Record<string, unknown>;

const PROBLEM_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const VARIANT_KEY = /^(\d+|seed-\d+)$/;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function isVariant(v: unknown): v is { solved: boolean } {
  return (
    isObj(v) &&
    typeof v.lastInput === 'string' &&
    isCount(v.attempts) &&
    typeof v.solved === 'boolean' &&
    isCount(v.hintsUsed) &&
    typeof v.solutionShown === 'boolean' &&
    (v.solvedWithSolution === undefined || typeof v.solvedWithSolution === 'boolean') &&
    (v.solvedInput === undefined || typeof v.solvedInput === 'string')
  );
}

function isProblemRecord(r: unknown): r is { variants: Record<string, { solved: boolean }> } {
  return (
    isObj(r) &&
    isCount(r.current) &&
    isObj(r.variants) &&
    Object.entries(r.variants).every(([k, v]) => VARIANT_KEY.test(k) && isVariant(v))
  );
}

/** Solved problems: `solved` has every id solved, `helped` those solved only with the worked solution open. */
export interface SolvedIds {
  solved: Set<string>;
  helped: Set<string>;
}

/** The solved ids of a progress value the store produced (as progressOps' isSolved / solvedOnlyWithSolution). */
export function solvedInProgress(progress: unknown): SolvedIds {
  const out: SolvedIds = { solved: new Set(), helped: new Set() };
  if (!isObj(progress) || !isObj(progress.problems)) return out;
  for (const [id, rec] of Object.entries(progress.problems)) {
    if (!isObj(rec) || !isObj(rec.variants)) continue;
    const solved = Object.values(rec.variants).filter((v) => isObj(v) && v.solved === true) as Obj[];
    if (solved.length === 0) continue;
    out.solved.add(id);
    if (solved.every((v) => v.solvedWithSolution === true)) out.helped.add(id);
  }
  return out;
}

/**
 * storedProblems(raw) → the problem records the stored text holds, kept exactly as readProgress
 * keeps them: version 2 records that pass the schema, version 1 all or nothing (each record as
 * variant 0), anything else none.
 */
export function storedProblems(raw: string | null): Obj {
  if (raw === null || raw === '') return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (!isObj(data)) return {};
  if (data.version === 2) {
    const id = data.browserId;
    if (typeof id !== 'string' || id.length < 4 || id.length > 100 || !isObj(data.problems)) return {};
    const valid: Obj = {};
    for (const [pid, rec] of Object.entries(data.problems))
      if (PROBLEM_ID.test(pid) && isProblemRecord(rec)) valid[pid] = rec;
    return valid;
  }
  if (data.version === 1) {
    if (!isObj(data.problems)) return {};
    const out: Obj = {};
    for (const [pid, r] of Object.entries(data.problems)) {
      if (
        !PROBLEM_ID.test(pid) ||
        !isObj(r) ||
        typeof r.input !== 'string' ||
        !isCount(r.attempts) ||
        typeof r.solved !== 'boolean'
      )
        return {};
      // Version 1 knew nothing of the solution: a solve there was unaided.
      out[pid] = { current: 0, variants: { 0: { attempts: r.attempts, solved: r.solved } } };
    }
    return out;
  }
  return {};
}

/** solvedFromRaw(raw) → the ids of the solved problems in the stored text (empty when unreadable). */
export function solvedFromRaw(raw: string | null): SolvedIds {
  return solvedInProgress({ problems: storedProblems(raw) });
}
