import { PROGRESS_KEY } from '../progress/progressKeys.ts';
import type { Progress } from '../progress/progressSchema.ts';
import type { KeyValueStorage } from '../progress/safeStorage.ts';
import type { AttemptDetail } from './attemptEvent.ts';
import { cmiTimespan } from './cmiValues.ts';
import { interactionValues } from './interactionValues.ts';
import { lessonScore } from './lessonScore.ts';
import type { PackageConfig } from './packageConfig.ts';
import { studentSeedBasis } from './studentSeedBasis.ts';
import { decodeSuspendData, encodeSuspendData, savableBasis } from './suspendData.ts';

/** The SCORM 1.2 API object an LMS provides (`window.API`); values come back as strings or booleans. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
}

/** What the page's player needs to know about the package it plays in. */
export interface LmsMode {
  graded: boolean;
  fixedSeed?: number;
  /** The LMS opened a finished attempt for review: nothing is written. */
  review: boolean;
}

export interface LmsSession {
  /** The progress store's storage: the LMS record, in memory (never localStorage). */
  storage: KeyValueStorage;
  mode: LmsMode;
  /** Problems that earn their point, out of all, as last computed. */
  score(): { earned: number; total: number; percent: number };
  /** Set when the saved data could not be read (the recorded score is kept). */
  notice?: string;
  attempt(detail: AttemptDetail): void;
  /** Ends the session: session time, exit, a last commit, LMSFinish. Idempotent. */
  finish(): void;
}

export interface SessionOptions {
  api: Scorm12Api;
  config: PackageConfig;
  now?: () => number;
  /** A random id, for a seed basis when the LMS gives no student id. */
  newId?: () => string;
  /** How a commit is deferred (a timer in the browser); returns a cancel function. */
  defer?: (fn: () => void, ms: number) => () => void;
}

/** Typing is saved with the next commit, or after this long without one. */
export const INPUT_COMMIT_DELAY_MS = 4000;
const STATUS_RANK: Record<string, number> = {
  '': 0,
  'not attempted': 0,
  browsed: 1,
  incomplete: 2,
  failed: 3,
  completed: 4,
  passed: 5,
};

/**
 * openLmsSession(options) → the package's side of an initialized SCORM 1.2 session. It reads the
 * saved record first (suspend data, score, status, student id) and commits nothing at launch;
 * afterwards every change of the student's progress is written as score (problems that earn their
 * point / total × 100), lesson status, suspend data, session time and exit, and each attempt as an
 * interaction. A launch never lowers the recorded score or status. Nothing here touches storage.
 */
export function openLmsSession({
  api,
  config,
  now = () => Date.now(),
  newId = () => Math.random().toString(36).slice(2, 14),
  defer = (fn, ms) => {
    const t = setTimeout(fn, ms);
    return () => clearTimeout(t);
  },
}: SessionOptions): LmsSession {
  const get = (el: string): string => {
    try {
      const v = api.LMSGetValue(el);
      return v === undefined || v === null ? '' : String(v);
    } catch {
      return '';
    }
  };
  const set = (el: string, value: string): boolean => {
    try {
      return String(api.LMSSetValue(el, value)) === 'true';
    } catch {
      return false;
    }
  };
  const started = now();
  const ids = config.problems;
  const savedRaw = get('cmi.suspend_data');
  const savedScoreText = get('cmi.core.score.raw');
  const savedScore = /^\d+(\.\d+)?$/.test(savedScoreText) ? Number(savedScoreText) : undefined;
  let recordedStatus = get('cmi.core.lesson_status');
  const review = get('cmi.core.lesson_mode') === 'review';
  const studentId = get('cmi.core.student_id');
  let interactions = Number.parseInt(get('cmi.interactions._count'), 10);
  if (!Number.isFinite(interactions) || interactions < 0) interactions = 0;

  const decoded = decodeSuspendData(savedRaw, ids);
  const notice = decoded.ok
    ? decoded.damaged > 0
      ? 'Part of your saved work in this activity could not be read; the rest is kept, and so is your recorded score.'
      : undefined
    : 'Your saved work in this activity could not be read. Your recorded score is kept; new work is saved from now on.';
  const state = decoded.ok ? decoded.state : { problems: {} };
  // Variants are seeded by the student's id (hashed, in memory only); a basis saved with older
  // data keeps that student's numbers; without an id a random basis is made and saved.
  const keptBasis = savableBasis(state.basis);
  const basis = keptBasis ?? (studentId ? studentSeedBasis(studentId) : `r-${newId()}`);
  const savedBasis = keptBasis ?? (studentId ? undefined : basis);
  let progress: Progress = { version: 2, browserId: basis, problems: state.problems };

  const blank = (v: Progress['problems'][string]['variants'][string]) =>
    v.attempts === 0 && v.hintsUsed === 0 && !v.solved && !v.solutionShown;
  /** The suspend data; without inputs, the part whose change is worth a commit at once. */
  const encode = (p: Progress, withInputs = true) => {
    const problems = withInputs
      ? p.problems
      : Object.fromEntries(
          Object.entries(p.problems).map(([id, r]) => [
            id,
            {
              ...r,
              variants: Object.fromEntries(
                Object.entries(r.variants)
                  .filter(([, v]) => !blank(v))
                  .map(([k, v]) => [k, { ...v, lastInput: '', solvedInput: '' }]),
              ),
            },
          ]),
        );
    return encodeSuspendData({ problems, basis: savedBasis }, ids, config.seed);
  };
  // What the LMS holds, to write only what changes (a launch writes nothing by itself).
  let lmsSuspend = decoded.ok && decoded.format === 'd1' ? savedRaw : encode(progress);
  let lmsScore = savedScore;
  let lastFixedPart = encode(progress, false);
  let dirty = false;
  let finished = false;
  let cancel: (() => void) | undefined;
  let dueAt = Infinity;

  if (!review && STATUS_RANK[recordedStatus] === 0) {
    // Opened: the LMS shows the activity as started (committed with the first real change).
    if (set('cmi.core.lesson_status', 'incomplete')) recordedStatus = 'incomplete';
  }

  const current = () => lessonScore(progress, ids, config.graded);

  /** Writes what changed since the last commit, plus time and exit, and commits. */
  function commit() {
    cancel?.();
    cancel = undefined;
    dueAt = Infinity;
    if (review || finished) return;
    const { earned, total, percent } = current();
    // Never lower what the LMS holds (e.g. a score from an older package's rules).
    if (lmsScore === undefined || percent > lmsScore) {
      set('cmi.core.score.min', '0');
      set('cmi.core.score.max', '100');
      if (set('cmi.core.score.raw', String(percent))) lmsScore = percent;
    }
    const status = total > 0 && earned === total ? 'passed' : 'incomplete';
    if ((STATUS_RANK[status] ?? 0) > (STATUS_RANK[recordedStatus] ?? 0)) {
      if (set('cmi.core.lesson_status', status)) recordedStatus = status;
    }
    const data = encode(progress);
    if (data !== lmsSuspend && set('cmi.suspend_data', data)) lmsSuspend = data;
    lastFixedPart = encode(progress, false);
    set('cmi.core.session_time', cmiTimespan(now() - started));
    set('cmi.core.exit', recordedStatus === 'passed' ? '' : 'suspend');
    let ok = false;
    try {
      ok = String(api.LMSCommit('')) === 'true';
    } catch {
      ok = false;
    }
    // A refused commit is retried with the next change or at the end.
    dirty = !ok;
  }

  function schedule(ms: number) {
    const at = now() + ms;
    if (at >= dueAt) return;
    cancel?.();
    dueAt = at;
    cancel = defer(commit, ms);
  }

  function changed(next: Progress) {
    progress = next;
    if (review || finished) return;
    const fixedPart = encode(progress, false);
    const scoreMoves = current().percent > (lmsScore ?? 0);
    if (scoreMoves || fixedPart !== lastFixedPart) {
      dirty = true;
      schedule(0);
    } else if (encode(progress) !== lmsSuspend) {
      // Only typing: saved with the next commit, or after a pause.
      dirty = true;
      schedule(INPUT_COMMIT_DELAY_MS);
    }
  }

  const storage: KeyValueStorage = {
    getItem: (key) => (key === PROGRESS_KEY ? JSON.stringify(progress) : null),
    setItem(key, value) {
      if (key !== PROGRESS_KEY) return;
      let next: unknown;
      try {
        next = JSON.parse(value);
      } catch {
        return;
      }
      if (typeof next === 'object' && next !== null && (next as Progress).version === 2)
        changed({ ...(next as Progress), browserId: basis });
    },
  };

  return {
    storage,
    mode: { graded: config.graded, fixedSeed: config.seed, review },
    score: current,
    notice,
    attempt(detail) {
      if (review || finished || !ids.includes(detail.id)) return;
      for (const [el, v] of interactionValues(detail, interactions, new Date(now()))) set(el, v);
      interactions++;
      dirty = true;
      schedule(0);
    },
    finish() {
      if (finished) return;
      if (!review && (dirty || dueAt !== Infinity || encode(progress) !== lmsSuspend)) commit();
      else if (!review) {
        set('cmi.core.session_time', cmiTimespan(now() - started));
        set('cmi.core.exit', recordedStatus === 'passed' ? '' : 'suspend');
        try {
          api.LMSCommit('');
        } catch {
          /* the LMS ends the session anyway */
        }
      }
      finished = true;
      cancel?.();
      try {
        api.LMSFinish('');
      } catch {
        /* nothing more to do */
      }
    },
  };
}
