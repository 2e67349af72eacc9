import { useEffect, useMemo, useRef, useState } from 'react';
import type { Verdict } from '../../src/lib/problems/verdict.ts';
import { loadInputTools, type InputTools } from './lazyTools.ts';
import { problemSeed } from '../../src/lib/problems/hashSeed.ts';
import { currentPlayerMode, type PlayerMode } from '../../src/lib/problems/playerMode.ts';
import { ATTEMPT_EVENT } from '../../src/lib/scorm/attemptEvent.ts';
import { MAX_VARIANT } from '../../src/lib/scorm/suspendData.ts';
import type { Problem, ProblemInstance } from '../../src/lib/problems/problemTypes.ts';
import {
  patchVariant,
  problemRecord,
  setCurrentVariant,
  variantKey,
  variantRecord,
} from '../../src/lib/progress/progressOps.ts';
import { MAX_STORED_INPUT, type VariantRecord } from '../../src/lib/progress/progressSchema.ts';
import type { ProgressStore } from '../../src/lib/progress/progressStore.ts';
import type { Progress } from '../../src/lib/progress/progressSchema.ts';

/** Wrong attempts after which the worked solution opens by itself. */
export const SOLUTION_AFTER_WRONG = 3;

export interface Session {
  instance: ProblemInstance;
  record: VariantRecord;
  variant: number;
  fixedSeed?: number;
  mode: PlayerMode;
  /** False where the variant is fixed (an instructor's seed): "New variant" is not offered. */
  canChangeVariant: boolean;
  input: string;
  setInput(v: string): void;
  /** Message for unreadable input (not an attempt), shown beside the field. */
  invalid?: string;
  /** The verdict of the last counted attempt in this visit. */
  verdict?: Verdict;
  check(): void;
  showHint(): void;
  showSolution(): void;
  newVariant(): void;
  solutionVisible: boolean;
}

/**
 * One problem's interaction state over the shared progress store: which variant is shown (seeded
 * by browser id + problem id + variant, or by an instructor's fixed seed), the input, and the
 * record of attempts, hints and solution. All changes go through pure progress updates. In graded
 * mode (playerMode.ts) a solve with the worked solution open is recorded as such and the solution
 * never opens by itself. Each counted attempt is also announced as a page event (attemptEvent.ts)
 * for a SCORM package's runtime.
 */
export function useProblemSession(problem: Problem, progress: Progress, store: ProgressStore): Session {
  // Read once, synchronously: the body only renders in the browser (after the module loads), and
  // reading it in an effect would swap the variant under a student who is already typing.
  const [mode] = useState<PlayerMode>(currentPlayerMode);
  const fixedSeed = mode.fixedSeed;
  const variant = problemRecord(progress, problem.id).current;
  const key = variantKey(variant, fixedSeed);
  const seed =
    fixedSeed === undefined
      ? problemSeed(progress.browserId, problem.id, variant)
      : (fixedSeed + variant) >>> 0;
  const instance = useMemo(() => problem.instantiate(seed), [problem, seed]);
  const record = variantRecord(progress, problem.id, key);
  const [input, setInputState] = useState(record.lastInput);
  const [invalid, setInvalid] = useState<string | undefined>();
  const [verdict, setVerdict] = useState<Verdict | undefined>();

  // A different variant ("New variant") brings its own last input (set while rendering, as React
  // recommends for state that follows a prop: no extra pass through an effect).
  const variantId = `${problem.id}/${key}`;
  const [shownVariant, setShownVariant] = useState(variantId);
  if (shownVariant !== variantId) {
    setShownVariant(variantId);
    setInputState(record.lastInput);
    setInvalid(undefined);
    setVerdict(undefined);
  }
  // Latency of an attempt: since the variant was shown (set once it is on screen) or last checked.
  const shownAt = useRef(0);
  useEffect(() => {
    shownAt.current = Date.now();
  }, [variantId]);

  const update = (patch: Partial<VariantRecord>) =>
    store.update((p) => patchVariant(p, problem.id, key, patch));
  const wrongSoFar = record.solved ? 0 : record.attempts;

  const announce = (tools: InputTools, typed: string, correct: boolean) => {
    const detail = tools.attemptDetail(instance, typed, correct, Date.now() - shownAt.current);
    shownAt.current = Date.now();
    try {
      window.dispatchEvent(new CustomEvent(ATTEMPT_EVENT, { detail }));
    } catch {
      /* nothing listens */
    }
  };

  return {
    instance,
    record,
    variant,
    fixedSeed,
    mode,
    canChangeVariant: fixedSeed === undefined,
    input,
    setInput(v) {
      setInputState(v);
      setInvalid(undefined);
      update({ lastInput: v });
    },
    invalid,
    verdict,
    check() {
      const typed = input;
      void loadInputTools().then((tools) => {
        const v = tools.checkAnswer(instance, typed);
        if (v.kind === 'invalid') {
          setInvalid(v.message);
          return;
        }
        setInvalid(undefined);
        setVerdict(v);
        // Read the record now, not from the render that started the check.
        const now = variantRecord(store.get(), problem.id, key);
        // Attempts count the tries it took to solve: checks after that are practice and not
        // counted (re-checking the accepted answer must not raise the count instructors see).
        if (now.solved) {
          update({ lastInput: typed });
          return;
        }
        if (v.kind === 'correct') {
          // Graded: only a solution the student opened counts (it never opens by itself there).
          const withSolution = now.solutionShown || (!mode.graded && now.attempts >= SOLUTION_AFTER_WRONG);
          update({
            lastInput: typed,
            attempts: now.attempts + 1,
            solved: true,
            solvedWithSolution: withSolution,
            solvedInput: typed.slice(0, MAX_STORED_INPUT),
          });
          announce(tools, typed, true);
          return;
        }
        // A wrong attempt unlocks (and shows) the next hint.
        update({
          lastInput: typed,
          attempts: now.attempts + 1,
          hintsUsed: Math.min(instance.hints.length, now.hintsUsed + 1),
        });
        announce(tools, typed, false);
      });
    },
    showHint() {
      update({ hintsUsed: Math.min(instance.hints.length, record.hintsUsed + 1) });
    },
    showSolution() {
      update({ solutionShown: true });
    },
    newVariant() {
      if (fixedSeed !== undefined) return;
      store.update((p) => setCurrentVariant(p, problem.id, Math.min(MAX_VARIANT, variant + 1)));
    },
    solutionVisible:
      record.solved || record.solutionShown || (!mode.graded && wrongSoFar >= SOLUTION_AFTER_WRONG),
  };
}
