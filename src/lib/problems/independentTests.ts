// Test-only helper (imports vitest): never import it from site code.
import { describe, expect, it } from 'vitest';
import { expressionsAgree } from '../answers/expressionsAgree.ts';
import type { Evaluator } from '../answers/types.ts';
import { parseExpressionAnswer } from '../answers/parseExpressionAnswer.ts';
import { checkAnswer, judgeValue } from './checkAnswer.ts';
import { roundToPrecision } from './precision.ts';
import type { Problem, ProblemInstance } from './problemTypes.ts';

/** Fixed, spread-out 32-bit seeds the independent tests run over (plus 0 and 1). */
export const INDEPENDENT_SEEDS: readonly number[] = [
  0,
  1,
  ...Array.from({ length: 38 }, (_, k) => Math.imul(k + 7, 0x85ebca6b) >>> 0),
];

type Value = number | readonly number[] | Evaluator;

/** What the test computes by its own route, from the variant's params. */
export interface IndependentSpec<P> {
  /** The key by another route (by hand, or a different package function): a number, a vector,
   *  an evaluator for expression answers, or the ids of the correct options for choice answers. */
  key: (p: P) => Value | readonly string[];
  /** Each listed mistake's value by the test's own route, in the problem's order (NaN: does not
   *  apply to this variant). Required, one per listed mistake, for number, vector and expression. */
  mistakes?: readonly ((p: P) => Value)[];
  /** What listed mistake i's feedback must say (regex per mistake, same order; undefined: skip). */
  mistakeFeedback?: readonly (RegExp | undefined)[];
  /** Choice problems: what each wrong option's feedback must say (checked with the regex). */
  optionFeedback?: Readonly<Record<string, RegExp>>;
  seeds?: readonly number[];
}

const typed = (v: number | readonly number[]) => (typeof v === 'number' ? String(v) : `[${v.join(', ')}]`);
const agreeTight = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const isNaNValue = (v: Value) => typeof v === 'number' && Number.isNaN(v);

/** A number or vector rounded entrywise to the precision the answer states. */
function rounded(inst: ProblemInstance, v: number | readonly number[]): number | number[] {
  const a = inst.answer;
  if (a.kind !== 'number' && a.kind !== 'vector')
    throw new Error('rounded() is for number and vector answers');
  return typeof v === 'number' ? roundToPrecision(v, a) : v.map((x) => roundToPrecision(x, a));
}

/** Negative numbers written after an operator without brackets: "0.2 \cdot -1", "1 + -0.95". */
export const UNBRACKETED_NEGATIVE = /(?:[-+*/−·×]|\\cdot|\\times|\\pm)\s*-\s*\d/;

/**
 * The **independent answer tests** every problem needs (issue 19): for fixed seeds,
 * 1. the problem's key equals the key the test recomputes its own way (to 1e-9);
 * 2. the recomputed key, rounded to the precision the answer label states, is typed and accepted;
 * 3. each listed mistake, recomputed by the test and rounded the same way, is rejected with that
 *    mistake's own feedback (so a mistake that computes the wrong slip fails here);
 * 4. number and vector labels state their precision, and the worked solution brackets negatives.
 * Expression problems: a format example in the prompt (a \`code\` span that parses) must not be
 * the key or a listed mistake. `mistakeFeedback[i]` checks what mistake i's feedback says.
 * Choice problems: the correct ids match, each wrong option is rejected with its feedback, which
 * must match `optionFeedback[id]` when given. Call it at the top level of a `*.test.ts` file.
 */
export function independentAnswerTests<P>(problem: Problem<P>, spec: IndependentSpec<P>): void {
  const seeds = spec.seeds ?? INDEPENDENT_SEEDS;
  describe(`${problem.id}: independent answer tests over ${seeds.length} fixed seeds`, () => {
    it('its key equals the independently recomputed one', () => {
      for (const seed of seeds) {
        const inst = problem.instantiate(seed);
        const p = problem.paramsOf(seed);
        const want = spec.key(p);
        const a = inst.answer;
        const where = `seed ${seed}`;
        if (a.kind === 'number')
          expect(
            agreeTight(a.value, want as number),
            `${where}: key ${a.value}, recomputed ${String(want)}`,
          ).toBe(true);
        else if (a.kind === 'vector') {
          const w = want as readonly number[];
          expect(w.length, where).toBe(a.length);
          expect(
            a.value.every((x, i) => agreeTight(x, w[i])),
            `${where}: key [${a.value.join(', ')}], recomputed [${w.join(', ')}]`,
          ).toBe(true);
        } else if (a.kind === 'expression') {
          expect(
            expressionsAgree(want as Evaluator, a.value, a.variables, { rtol: 1e-9, atol: 1e-12 }),
            where,
          ).toBe(true);
        } else {
          expect(
            a.options
              .filter((o) => o.correct)
              .map((o) => o.id)
              .sort(),
            where,
          ).toEqual([...(want as readonly string[])].sort());
        }
      }
    });

    it('the recomputed key, rounded to the stated precision, is accepted', () => {
      for (const seed of seeds) {
        const inst = problem.instantiate(seed);
        const want = spec.key(problem.paramsOf(seed));
        const a = inst.answer;
        if (a.kind === 'number' || a.kind === 'vector') {
          const r = rounded(inst, want as number | readonly number[]);
          expect(
            checkAnswer(inst, typed(r)).kind,
            `seed ${seed}: "${typed(r)}" for key ${typed(a.value)} (label "${a.label}")`,
          ).toBe('correct');
          const whole = (typeof a.value === 'number' ? [a.value] : a.value).every(Number.isInteger);
          if (!whole)
            expect(a.label, `seed ${seed}: the label states the precision`).toMatch(
              /significant figure|within ±/,
            );
        } else if (a.kind === 'expression') {
          expect(judgeValue(inst, want as Evaluator).kind, `seed ${seed}`).toBe('correct');
          // A format example in the prompt (a code span that reads as an expression) must be
          // neither the answer nor a listed mistake.
          for (const [, code] of inst.prompt.matchAll(/`([^`]+)`/g)) {
            const r = parseExpressionAnswer(code, a.variables);
            if (r.ok)
              expect(
                judgeValue(inst, r.value).kind,
                `seed ${seed}: the prompt's example \`${code}\` gives the answer away or is a listed mistake`,
              ).toBe('wrong');
          }
        } else {
          expect(checkAnswer(inst, (want as readonly string[]).join(',')).kind, `seed ${seed}`).toBe(
            'correct',
          );
        }
      }
    });

    it('each listed mistake, recomputed and rounded, is rejected with its own feedback', () => {
      let applied = 0;
      for (const seed of seeds) {
        const inst = problem.instantiate(seed);
        const p = problem.paramsOf(seed);
        const a = inst.answer;
        if (a.kind === 'choice') {
          for (const o of a.options.filter((x) => !x.correct)) {
            const v = checkAnswer(
              inst,
              a.multiple ? [...a.options.filter((x) => x.correct).map((x) => x.id), o.id].join(',') : o.id,
            );
            expect(v.kind, `seed ${seed}, option ${o.id}`).not.toBe('correct');
            if (o.feedback)
              expect(v, `seed ${seed}, option ${o.id}`).toMatchObject({
                kind: 'mistake',
                feedback: [o.feedback],
              });
            const re = spec.optionFeedback?.[o.id];
            if (re) expect(o.feedback ?? '', `seed ${seed}, option ${o.id}`).toMatch(re);
            applied++;
          }
          continue;
        }
        const mine = spec.mistakes ?? [];
        expect(mine.length, 'one recomputed value per listed mistake').toBe(inst.mistakes.length);
        mine.forEach((m, i) => {
          const v = m(p);
          const listed = inst.mistakes[i];
          const re = spec.mistakeFeedback?.[i];
          if (re) expect(listed.feedback, `seed ${seed}, mistake ${i + 1}'s feedback`).toMatch(re);
          expect(
            isNaNValue(v),
            `seed ${seed}, mistake ${i + 1}: applies in the test iff it applies in the problem`,
          ).toBe(isNaNValue(listed.value));
          if (isNaNValue(v)) return;
          applied++;
          const verdict =
            typeof v === 'function' ? judgeValue(inst, v) : checkAnswer(inst, typed(rounded(inst, v)));
          const shown = typeof v === 'function' ? 'expression' : typed(rounded(inst, v));
          expect(verdict, `seed ${seed}, mistake ${i + 1} typed as ${shown}`).toMatchObject({
            kind: 'mistake',
            feedback: [listed.feedback],
          });
        });
      }
      expect(applied, 'at least one mistake or wrong option is checked').toBeGreaterThan(0);
    });

    it('the worked solution brackets negative numbers after operators', () => {
      for (const seed of seeds) {
        const inst = problem.instantiate(seed);
        for (const [where, text] of [
          ['solution', inst.solution],
          ...inst.hints.map((h, i) => [`hint ${i + 1}`, h]),
        ] as const) {
          // Only math is checked (text outside $…$ may contain dashes).
          const math = text
            .split(/(?<!\\)\$+/)
            .filter((_, k) => k % 2 === 1)
            .join(' $ ');
          expect(math, `seed ${seed}, ${where}`).not.toMatch(UNBRACKETED_NEGATIVE);
        }
      }
    });
  });
}
