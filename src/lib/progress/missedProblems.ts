/**
 * What a student should practise again, from their stored attempts: problems tried and never
 * solved, problems whose worked solution they opened without solving, and problems solved only
 * with the solution open. Works on the store's progress value or the raw records (solvedFromRaw's
 * storedProblems), so the list on /problems/ and the lessons needs neither zod nor the store.
 */
export type MissedReason = 'unsolved' | 'solution-only' | 'helped';

export interface Missed {
  reason: MissedReason;
  /** Counted attempts over every variant. */
  attempts: number;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0);

/** missedIn(problems) → the missed problems by id (records as the progress store keeps them). */
export function missedIn(problems: unknown): Map<string, Missed> {
  const out = new Map<string, Missed>();
  if (!isObj(problems)) return out;
  for (const [id, rec] of Object.entries(problems)) {
    if (!isObj(rec) || !isObj(rec.variants)) continue;
    const variants = Object.values(rec.variants).filter(isObj);
    const attempts = variants.reduce((n, v) => n + count(v.attempts), 0);
    const solved = variants.filter((v) => v.solved === true);
    if (solved.length > 0) {
      if (solved.every((v) => v.solvedWithSolution === true)) out.set(id, { reason: 'helped', attempts });
    } else if (attempts > 0) out.set(id, { reason: 'unsolved', attempts });
    else if (variants.some((v) => v.solutionShown === true))
      out.set(id, { reason: 'solution-only', attempts });
  }
  return out;
}

/** The line shown beside a missed problem. */
export function missedText(m: Missed): string {
  const tries = `${m.attempts} ${m.attempts === 1 ? 'try' : 'tries'}`;
  if (m.reason === 'helped') return `solved only with the worked solution open (${tries})`;
  if (m.reason === 'solution-only') return 'worked solution opened, not solved';
  return `not solved yet (${tries})`;
}
