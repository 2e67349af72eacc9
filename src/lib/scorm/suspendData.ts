import { readProgress } from '../progress/readProgress.ts';
import type { ProblemRecord, VariantRecord } from '../progress/progressSchema.ts';
import { escapeInput, unescapeInput } from './escapeInput.ts';

/**
 * The compact, versioned `cmi.suspend_data` of a SCORM package: what a student did in each problem
 * of the lesson, in at most SCORM 1.2's 4096 characters, whatever they did.
 *
 * ```
 * d1[;b=<seed basis>]|<record>|<record>…
 * record = id,current,key,attempts,hints,flags,lastInput,solvedInput[,bestKey,bestAttempts,bestRank]
 * ```
 *
 * Numbers are base 36. `key` is empty when the shown variant's key is its number, or `s<seed>` for
 * an instructor's fixed seed. `flags` = 1·solutionShown + 2·solved + 4·solvedWithSolution of the
 * shown variant. The three `best` fields keep the best solve of another variant (rank 2 unaided,
 * 1 with the solution open) when it beats the shown one, so the score never depends on inputs.
 * Inputs are escaped ({@link escapeInput}) and share what the fixed part leaves of the 4096,
 * at most {@link MAX_INPUT_CHARS} each: an input can be shortened, a solve never dropped.
 * Every count is capped, so a record's fixed part is bounded by its id's length plus
 * {@link MAX_FIXED_RECORD_CHARS}; `suspendData.test.ts` proves the bound for every lesson.
 * The first format (the progress store's JSON, `{"version":2,…}`) is still read.
 */
export const SUSPEND_DATA_LIMIT = 4096;
export const SUSPEND_FORMAT = 'd1';
/** Caps that keep each number to a fixed width (4, 3 and 2 base-36 digits). */
export const MAX_VARIANT = 36 ** 4 - 1;
export const MAX_ATTEMPTS = 36 ** 3 - 1;
export const MAX_HINTS = 36 ** 2 - 1;
/** Most characters one escaped input may take. */
export const MAX_INPUT_CHARS = 160;
/** A fixed seed is below 2³² (7 base-36 digits). */
const MAX_SEED = 2 ** 32 - 1;
/** A record without its id and inputs: `|`, 10 commas, current 4, key 8, attempts 3, hints 2, flags 1, best 8 + 3 + 1. */
export const MAX_FIXED_RECORD_CHARS = 1 + 10 + 4 + 8 + 3 + 2 + 1 + 8 + 3 + 1;
/** What seeds a student's variants, when it is saved with the data (see lmsSession.ts). */
const BASIS = /^[A-Za-z0-9_-]{4,64}$/;
const PROBLEM_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface SuspendState {
  /** The lesson's problem records (the progress store's shape). */
  problems: Record<string, ProblemRecord>;
  /** Saved with the data only when it cannot be derived again (no student id, or older data). */
  basis?: string;
}

const b36 = (n: number, max: number) => Math.max(0, Math.min(max, Math.floor(n))).toString(36);
const int36 = (s: string, max: number): number | undefined =>
  /^[0-9a-z]{1,7}$/.test(s) && parseInt(s, 36) <= max ? parseInt(s, 36) : undefined;

function keyOf(key: string, current: number): string {
  if (key === String(current)) return '';
  const seed = /^seed-(\d+)$/.exec(key);
  if (seed && Number(seed[1]) <= MAX_SEED) return `s${Number(seed[1]).toString(36)}`;
  const n = /^\d+$/.test(key) ? Number(key) : NaN;
  return Number.isSafeInteger(n) && n <= MAX_VARIANT ? `n${n.toString(36)}` : '';
}

function keyFrom(code: string, current: number): string | undefined {
  if (code === '') return String(current);
  const n = int36(code.slice(1), code[0] === 's' ? MAX_SEED : MAX_VARIANT);
  if (n === undefined) return undefined;
  if (code[0] === 's') return `seed-${n}`;
  if (code[0] === 'n') return String(n);
  return undefined;
}

const rank = (v: VariantRecord | undefined) => (!v?.solved ? 0 : v.solvedWithSolution ? 1 : 2);

/** A seed basis that can be saved as is (a legacy browser id that cannot is replaced by none). */
export const savableBasis = (basis: string | undefined): string | undefined =>
  basis !== undefined && BASIS.test(basis) ? basis : undefined;

interface Parts {
  head: string[];
  lastInput: string;
  solvedInput: string;
  tail: string[];
}

function recordParts(id: string, rec: ProblemRecord, fixedSeed: number | undefined): Parts | undefined {
  const current = Math.min(MAX_VARIANT, Math.max(0, Math.floor(rec.current)));
  // The shown variant's key, as the player names it (progressOps' variantKey).
  const shownKey = fixedSeed === undefined ? String(rec.current) : `seed-${fixedSeed + rec.current}`;
  const entries = Object.entries(rec.variants);
  const shown = rec.variants[shownKey];
  const best = entries
    .filter(([k, v]) => k !== shownKey && v.solved)
    .reduce<[string, VariantRecord] | undefined>(
      (a, e) => (!a || rank(e[1]) > rank(a[1]) ? e : a),
      undefined,
    );
  if (!shown && current === 0 && !best) return undefined;
  const v = shown ?? { lastInput: '', attempts: 0, solved: false, hintsUsed: 0, solutionShown: false };
  const flags = (v.solutionShown ? 1 : 0) + (v.solved ? 2 : 0) + (v.solved && v.solvedWithSolution ? 4 : 0);
  const tail =
    best && rank(best[1]) > rank(v)
      ? [keyOf(best[0], -1) || 'n0', b36(best[1].attempts, MAX_ATTEMPTS), String(rank(best[1]))]
      : [];
  return {
    head: [
      id,
      b36(current, MAX_VARIANT),
      keyOf(shownKey, current),
      b36(v.attempts, MAX_ATTEMPTS),
      b36(v.hintsUsed, MAX_HINTS),
      String(flags),
    ],
    lastInput: v.lastInput,
    solvedInput: v.solved ? (v.solvedInput ?? '') : '',
    tail,
  };
}

/**
 * encodeSuspendData(state, ids, fixedSeed?) → the suspend data for the lesson's problems `ids`
 * (records of other problems are not the package's); `fixedSeed` is the package's, as the player
 * keys the shown variant by it. Never longer than {@link SUSPEND_DATA_LIMIT} for a lesson whose
 * ids pass {@link worstCaseLength}; never drops a record to make room.
 */
export function encodeSuspendData(state: SuspendState, ids: readonly string[], fixedSeed?: number): string {
  const basis = savableBasis(state.basis);
  const head = basis ? `${SUSPEND_FORMAT};b=${basis}` : SUSPEND_FORMAT;
  const records = ids
    .filter((id) => PROBLEM_ID.test(id) && state.problems[id])
    .map((id) => recordParts(id, state.problems[id], fixedSeed))
    .filter((r): r is Parts => r !== undefined);
  const fixed =
    head.length + records.reduce((n, r) => n + 1 + [...r.head, '', '', ...r.tail].join(',').length, 0);
  const perInput = Math.max(
    0,
    Math.min(MAX_INPUT_CHARS, Math.floor((SUSPEND_DATA_LIMIT - fixed) / Math.max(1, 2 * records.length))),
  );
  return [
    head,
    ...records.map((r) =>
      [...r.head, escapeInput(r.lastInput, perInput), escapeInput(r.solvedInput, perInput), ...r.tail].join(
        ',',
      ),
    ),
  ].join('|');
}

/**
 * The longest suspend data a lesson with these problem ids can produce, and each input's share of
 * the limit then: every number at its cap, a best solve beside every record, a saved basis, and
 * every input as long as its share allows.
 */
export function worstCase(ids: readonly string[]): { length: number; perInput: number } {
  const fixed =
    `${SUSPEND_FORMAT};b=`.length + 64 + ids.reduce((n, id) => n + id.length + MAX_FIXED_RECORD_CHARS, 0);
  const perInput = Math.max(
    0,
    Math.min(MAX_INPUT_CHARS, Math.floor((SUSPEND_DATA_LIMIT - fixed) / Math.max(1, 2 * ids.length))),
  );
  return { length: fixed + 2 * ids.length * perInput, perInput };
}

export type DecodeResult =
  | { ok: true; state: SuspendState; format: 'empty' | 'd1' | 'json'; damaged: number }
  | { ok: false; reason: string };

function decodeRecord(fields: string[]): [string, ProblemRecord] | undefined {
  if (fields.length !== 8 && fields.length !== 11) return undefined;
  const [id, cur, key, att, hints, flagText, last, solvedIn, bestKey, bestAtt, bestRank] = fields;
  const current = int36(cur, MAX_VARIANT);
  const attempts = int36(att, MAX_ATTEMPTS);
  const hintsUsed = int36(hints, MAX_HINTS);
  const flags = /^[0-7]$/.test(flagText) ? Number(flagText) : undefined;
  const lastInput = unescapeInput(last);
  const solvedInput = unescapeInput(solvedIn);
  if (!PROBLEM_ID.test(id) || current === undefined || attempts === undefined || hintsUsed === undefined)
    return undefined;
  if (flags === undefined || lastInput === undefined || solvedInput === undefined) return undefined;
  const shownKey = keyFrom(key, current);
  if (shownKey === undefined) return undefined;
  const solved = (flags & 2) !== 0;
  const shown: VariantRecord = {
    lastInput,
    attempts,
    solved,
    hintsUsed,
    solutionShown: (flags & 1) !== 0,
    ...(solved ? { solvedWithSolution: (flags & 4) !== 0, solvedInput } : {}),
  };
  const variants: Record<string, VariantRecord> = { [shownKey]: shown };
  if (fields.length === 11) {
    const k = keyFrom(bestKey, -1);
    const n = int36(bestAtt, MAX_ATTEMPTS);
    if (k === undefined || k === shownKey || n === undefined || (bestRank !== '1' && bestRank !== '2'))
      return undefined;
    variants[k] = {
      lastInput: '',
      attempts: n,
      solved: true,
      hintsUsed: 0,
      solutionShown: bestRank === '1',
      solvedWithSolution: bestRank === '1',
    };
  }
  return [id, { current, variants }];
}

/**
 * decodeSuspendData(raw, ids) → the records of the lesson's problems. Empty data is an empty record;
 * a damaged record is skipped (counted in `damaged`), the others kept; the first format (JSON) is
 * read through the progress store's own reader. Unreadable data is `ok: false`, never a throw.
 */
export function decodeSuspendData(raw: string, ids: readonly string[]): DecodeResult {
  const wanted = new Set(ids);
  if (raw === '') return { ok: true, state: { problems: {} }, format: 'empty', damaged: 0 };
  if (raw.startsWith('{')) {
    const read = readProgress(raw, () => '');
    if (read.progress.browserId === '' && Object.keys(read.progress.problems).length === 0)
      return { ok: false, reason: 'unreadable JSON' };
    const problems: Record<string, ProblemRecord> = {};
    for (const [id, rec] of Object.entries(read.progress.problems)) if (wanted.has(id)) problems[id] = rec;
    return {
      ok: true,
      state: { problems, basis: read.progress.browserId || undefined },
      format: 'json',
      damaged: read.notice && !/older version/.test(read.notice) ? 1 : 0,
    };
  }
  const [head, ...records] = raw.split('|');
  const header = /^d1(?:;b=([A-Za-z0-9_-]{4,64}))?$/.exec(head);
  if (!header) return { ok: false, reason: `unknown format "${head.slice(0, 8)}"` };
  const problems: Record<string, ProblemRecord> = {};
  let damaged = 0;
  for (const r of records) {
    const decoded = decodeRecord(r.split(','));
    if (!decoded) damaged++;
    else if (wanted.has(decoded[0])) problems[decoded[0]] = decoded[1];
  }
  return { ok: true, state: { problems, basis: header[1] }, format: 'd1', damaged };
}
