import { describe, expect, it } from 'vitest';
import { problemsOfLesson } from '../problems/catalog.ts';
import { LESSON_SLUGS } from '../problems/problemTypes.ts';
import {
  isSolved,
  patchVariant,
  setCurrentVariant,
  solvedOnlyWithSolution,
} from '../progress/progressOps.ts';
import type { Progress, ProblemRecord, VariantRecord } from '../progress/progressSchema.ts';
import { emptyProgress } from '../progress/readProgress.ts';
import { escapeInput, unescapeInput } from './escapeInput.ts';
import { earnsPoint } from './lessonScore.ts';
import {
  decodeSuspendData,
  encodeSuspendData,
  MAX_ATTEMPTS,
  MAX_HINTS,
  MAX_INPUT_CHARS,
  MAX_VARIANT,
  SUSPEND_DATA_LIMIT,
  worstCase,
} from './suspendData.ts';

const lessons = LESSON_SLUGS.map((slug) => ({ slug, ids: problemsOfLesson(slug).map((p) => p.id) })).filter(
  (l) => l.ids.length > 0,
);

/** A long input of the costliest characters to escape: astral symbols (12 characters each). */
const costly = '😀'.repeat(10_000);

/**
 * The longest record a problem can have: every count at (beyond) its cap, flags all set, both
 * inputs 20,000 characters of the costliest kind, and another variant solved unaided beside a
 * shown variant solved with the solution (so the "best" fields are written too).
 */
function longestRecord(fixedSeed?: number): ProblemRecord {
  const shownKey = fixedSeed === undefined ? String(MAX_VARIANT) : `seed-${fixedSeed}`;
  const shown: VariantRecord = {
    lastInput: costly,
    attempts: MAX_ATTEMPTS + 500,
    solved: true,
    hintsUsed: MAX_HINTS + 9,
    solutionShown: true,
    solvedWithSolution: true,
    solvedInput: costly,
  };
  const other: VariantRecord = {
    lastInput: costly,
    attempts: MAX_ATTEMPTS,
    solved: true,
    hintsUsed: 3,
    solutionShown: false,
    solvedWithSolution: false,
    solvedInput: costly,
  };
  const otherKey = fixedSeed === undefined ? String(MAX_VARIANT - 1) : `seed-${2 ** 32 - 2}`;
  return {
    current: fixedSeed === undefined ? MAX_VARIANT : 0,
    variants: { [shownKey]: shown, [otherKey]: other },
  };
}

const facts = (p: Progress, ids: readonly string[]) =>
  ids.map((id) => ({
    id,
    solved: isSolved(p, id),
    helped: solvedOnlyWithSolution(p, id),
    graded: earnsPoint(p, id, true),
    practice: earnsPoint(p, id, false),
  }));

describe('encodeSuspendData / decodeSuspendData', () => {
  it.each(lessons)(
    'the worst case of lesson "$slug" fits 4096 characters and keeps every solve',
    ({ ids }) => {
      for (const fixedSeed of [undefined, 2 ** 32 - 1]) {
        const problems = Object.fromEntries(ids.map((id) => [id, longestRecord(fixedSeed)]));
        const text = encodeSuspendData({ problems, basis: 'b'.repeat(64) }, ids, fixedSeed);
        expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
        expect(text.length).toBeLessThanOrEqual(worstCase(ids).length);
        const back = decodeSuspendData(text, ids);
        if (!back.ok) throw new Error(back.reason);
        expect(back.damaged).toBe(0);
        const p: Progress = { version: 2, browserId: 'x', problems: back.state.problems };
        for (const f of facts(p, ids))
          expect(f).toEqual({ id: f.id, solved: true, helped: false, graded: true, practice: true });
        // The shown variant keeps its counts (at their caps) and a readable share of each input.
        for (const id of ids) {
          const shownKey = fixedSeed === undefined ? String(MAX_VARIANT) : `seed-${fixedSeed}`;
          const shown = back.state.problems[id].variants[shownKey];
          expect(shown).toMatchObject({
            attempts: MAX_ATTEMPTS,
            hintsUsed: MAX_HINTS,
            solvedWithSolution: true,
          });
          expect(shown.lastInput.length).toBeGreaterThan(0);
          expect(costly.startsWith(shown.lastInput)).toBe(true);
        }
      }
    },
  );

  it('worstCase(ids) bounds every lesson within the limit and leaves each input room to be read', () => {
    for (const { ids } of lessons) {
      expect(worstCase(ids).length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
      // Every input keeps at least 40 characters of its escaped form (3 of the costliest symbols).
      expect(worstCase(ids).perInput).toBeGreaterThanOrEqual(40);
    }
    // The bound holds for a lesson much larger than any today (60 problems with long ids).
    const many = Array.from({ length: 60 }, (_, i) => `a-rather-long-problem-identifier-${i}`);
    const problems = Object.fromEntries(many.map((id) => [id, longestRecord()]));
    const text = encodeSuspendData({ problems, basis: 'b'.repeat(64) }, many);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    const back = decodeSuspendData(text, many);
    if (!back.ok) throw new Error(back.reason);
    expect(Object.keys(back.state.problems)).toHaveLength(60);
  });

  it('each input keeps at least 40 characters of typical answers in every lesson', () => {
    for (const { ids } of lessons) {
      const typical = '1/(1-0.9)^2 + sqrt(2)*[0.5, -1] - 1.2e-3 '.repeat(10);
      const problems = Object.fromEntries(ids.map((id) => [id, longestRecord()]));
      for (const id of ids) problems[id].variants[String(MAX_VARIANT)].lastInput = typical;
      const back = decodeSuspendData(encodeSuspendData({ problems }, ids), ids);
      if (!back.ok) throw new Error(back.reason);
      for (const id of ids)
        expect(back.state.problems[id].variants[String(MAX_VARIANT)].lastInput.length).toBeGreaterThanOrEqual(
          40,
        );
    }
  });

  it('round-trips a realistic record exactly, and re-encodes to the same text', () => {
    const ids = lessons[0].ids;
    let p = emptyProgress('unused');
    p = patchVariant(p, ids[0], '0', {
      attempts: 2,
      solved: true,
      lastInput: '3/4',
      solvedInput: '3/4',
      solvedWithSolution: false,
    });
    p = setCurrentVariant(p, ids[1], 3);
    p = patchVariant(p, ids[1], '1', {
      attempts: 4,
      solved: true,
      solvedWithSolution: true,
      solutionShown: true,
      solvedInput: '0.1',
    });
    p = patchVariant(p, ids[1], '3', {
      attempts: 1,
      hintsUsed: 1,
      lastInput: 'e^(-t) × 2, "quoted" | piped; =',
    });
    p = patchVariant(p, ids[2], '0', { solutionShown: true, hintsUsed: 2 });
    const text = encodeSuspendData({ problems: p.problems }, ids);
    expect(text).toMatch(/^[\x20-\x7e]*$/); // plain ASCII
    const back = decodeSuspendData(text, ids);
    if (!back.ok) throw new Error(back.reason);
    expect(back.format).toBe('d1');
    const q: Progress = { version: 2, browserId: 'unused', problems: back.state.problems };
    expect(facts(q, ids)).toEqual(facts(p, ids));
    expect(back.state.problems[ids[1]].current).toBe(3);
    expect(back.state.problems[ids[1]].variants['3']).toEqual(p.problems[ids[1]].variants['3']);
    expect(back.state.problems[ids[0]].variants['0']).toEqual(p.problems[ids[0]].variants['0']);
    expect(encodeSuspendData(back.state, ids)).toBe(text);
  });

  it('keeps the best solve of earlier variants: unaided beats solved with the solution', () => {
    const id = lessons[0].ids[0];
    let p = emptyProgress('x');
    p = patchVariant(p, id, '0', { attempts: 1, solved: true, solvedWithSolution: false });
    p = patchVariant(p, id, '1', {
      attempts: 1,
      solved: true,
      solvedWithSolution: true,
      solutionShown: true,
    });
    p = setCurrentVariant(p, id, 2);
    const back = decodeSuspendData(encodeSuspendData({ problems: p.problems }, [id]), [id]);
    if (!back.ok) throw new Error(back.reason);
    const q: Progress = { version: 2, browserId: 'x', problems: back.state.problems };
    expect(earnsPoint(q, id, true)).toBe(true);
    expect(q.problems[id].current).toBe(2);
  });

  it('keeps the seed basis only when given, and fixed-seed keys as the player names them', () => {
    const id = lessons[0].ids[0];
    const p = patchVariant(emptyProgress('x'), id, 'seed-42', { attempts: 1, solved: true });
    const text = encodeSuspendData({ problems: p.problems, basis: 'r-abc123' }, [id], 42);
    const back = decodeSuspendData(text, [id]);
    if (!back.ok) throw new Error(back.reason);
    expect(back.state.basis).toBe('r-abc123');
    expect(Object.keys(back.state.problems[id].variants)).toEqual(['seed-42']);
    expect(decodeSuspendData(encodeSuspendData({ problems: p.problems }, [id], 42), [id])).toMatchObject({
      ok: true,
      state: { basis: undefined },
    });
  });

  it('reads the first format (the progress JSON of earlier packages), keeping its browser id as the basis', () => {
    const [a, b] = lessons[0].ids;
    const old = {
      version: 2,
      browserId: '6f1c2c1e-3b7e-4a54-9d1e-0c1f6a5b7c3d',
      problems: {
        [a]: {
          current: 1,
          variants: {
            '0': {
              lastInput: '',
              attempts: 3,
              solved: true,
              hintsUsed: 1,
              solutionShown: false,
              solvedWithSolution: false,
            },
            '1': { lastInput: '0.2', attempts: 1, solved: false, hintsUsed: 0, solutionShown: false },
          },
        },
        [b]: {
          current: 0,
          variants: {
            '0': {
              lastInput: '',
              attempts: 5,
              solved: true,
              hintsUsed: 2,
              solutionShown: true,
              solvedWithSolution: true,
            },
          },
        },
        'not-in-this-lesson': { current: 0, variants: {} },
      },
    };
    const back = decodeSuspendData(JSON.stringify(old), lessons[0].ids);
    if (!back.ok) throw new Error(back.reason);
    expect(back.format).toBe('json');
    expect(back.state.basis).toBe(old.browserId);
    expect(Object.keys(back.state.problems).sort()).toEqual([a, b].sort());
    const q: Progress = { version: 2, browserId: 'x', problems: back.state.problems };
    expect([earnsPoint(q, a, true), earnsPoint(q, b, true), earnsPoint(q, b, false)]).toEqual([
      true,
      false,
      true,
    ]);
    // Re-encoded in the current format, nothing is lost.
    const again = decodeSuspendData(encodeSuspendData(back.state, lessons[0].ids), lessons[0].ids);
    if (!again.ok) throw new Error(again.reason);
    expect(facts({ ...q, problems: again.state.problems }, lessons[0].ids)).toEqual(facts(q, lessons[0].ids));
  });

  it('skips a damaged record and keeps the others; unreadable text is an error, never a throw', () => {
    const ids = lessons[0].ids;
    const p = patchVariant(
      patchVariant(emptyProgress('x'), ids[0], '0', { attempts: 1, solved: true }),
      ids[1],
      '0',
      {
        attempts: 2,
      },
    );
    const text = encodeSuspendData({ problems: p.problems }, ids);
    const damaged = text.replace(`|${ids[1]},`, `|${ids[1]},zz!,`);
    const back = decodeSuspendData(damaged, ids);
    expect(back).toMatchObject({ ok: true, damaged: 1 });
    if (back.ok) expect(Object.keys(back.state.problems)).toEqual([ids[0]]);
    for (const raw of ['garbage', 'd2|x', '{"version":9}', '{', 'd1;b=!!|a,b']) {
      expect(() => decodeSuspendData(raw, ids)).not.toThrow();
    }
    expect(decodeSuspendData('garbage', ids).ok).toBe(false);
    expect(decodeSuspendData('', ids)).toMatchObject({ ok: true, format: 'empty', state: { problems: {} } });
  });
});

describe('escapeInput / unescapeInput', () => {
  it('round-trips any text, keeps answer characters readable, and never splits an escape or a pair', () => {
    const samples = [
      '0.25',
      '1.2×10^-3',
      '−0.5',
      '[0.9, 1.8]',
      'sqrt(2)/2',
      '%u12',
      'a|b,c;d=e<f>"g\'',
      '😀x😀',
      '\u0000\n',
    ];
    for (const s of samples) expect(unescapeInput(escapeInput(s))).toBe(s);
    expect(escapeInput('1/(1-0.9)^2')).toBe('1/(1-0.9)^2');
    for (let max = 0; max < 30; max++) {
      const e = escapeInput('😀a×b', max);
      expect(e.length).toBeLessThanOrEqual(max);
      expect(unescapeInput(e)).toBeDefined();
      expect('😀a×b'.startsWith(unescapeInput(e)!)).toBe(true);
    }
    expect(unescapeInput('%zz')).toBeUndefined();
    expect(unescapeInput('a,b')).toBeUndefined();
    expect(MAX_INPUT_CHARS).toBeGreaterThan(40);
  });
});
