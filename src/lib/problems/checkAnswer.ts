import { checkChoice } from '../answers/checkChoice.ts';
import { expressionsAgree } from '../answers/expressionsAgree.ts';
import { isClose, type Tolerance } from '../answers/isClose.ts';
import { parseExpressionAnswer } from '../answers/parseExpressionAnswer.ts';
import { parseNumberAnswer } from '../answers/parseNumberAnswer.ts';
import { parseVectorAnswer } from '../answers/parseVectorAnswer.ts';
import type { Evaluator } from '../answers/types.ts';
import type { ProblemInstance } from './problemTypes.ts';
import { NOT_QUITE, type Verdict } from './verdict.ts';

export { NOT_QUITE, type Verdict };

const tolOf = (t: Tolerance): Tolerance => ({ rtol: t.rtol, atol: t.atol, sigFigs: t.sigFigs });
const vectorClose = (x: readonly number[], y: readonly number[], tol: Tolerance) =>
  x.length === y.length && x.every((xi, i) => isClose(xi, y[i], tol));

/** A value read from the student's input, ready to judge. */
export type ReadValue = number | readonly number[] | Evaluator | readonly string[];

/**
 * Judges an already-read value against one variant: the key first, then each listed mistake in
 * order (with the key's tolerance), then the generic "not quite". Choice values are option ids.
 */
export function judgeValue(instance: ProblemInstance, value: ReadValue, tex?: string): Verdict {
  const a = instance.answer;
  const verdict = (
    matchesKey: boolean,
    matchesMistake: (m: ProblemInstance['mistakes'][number]['value']) => boolean,
  ): Verdict => {
    if (matchesKey) return { kind: 'correct', feedback: [], tex };
    const m = instance.mistakes.find((mk) => matchesMistake(mk.value));
    return m
      ? { kind: 'mistake', feedback: [m.feedback], tex }
      : { kind: 'wrong', feedback: [NOT_QUITE], tex };
  };
  switch (a.kind) {
    case 'number': {
      const x = value as number;
      const tol = tolOf(a);
      return verdict(isClose(x, a.value, tol), (v) => typeof v === 'number' && isClose(x, v, tol));
    }
    case 'vector': {
      const x = value as readonly number[];
      const tol = tolOf(a);
      return verdict(vectorClose(x, a.value, tol), (v) => Array.isArray(v) && vectorClose(x, v, tol));
    }
    case 'expression': {
      const f = value as Evaluator;
      const opts = { ...tolOf(a), offset: instance.seed % 997 };
      return verdict(
        expressionsAgree(f, a.value, a.variables, opts),
        (v) => typeof v === 'function' && expressionsAgree(f, v as Evaluator, a.variables, opts),
      );
    }
    case 'choice': {
      const r = checkChoice(value as readonly string[], a.options, a.multiple);
      if (!r.ok) return { kind: 'invalid', message: r.message };
      if (r.correct) return { kind: 'correct', feedback: r.feedback };
      return r.feedback.length > 0
        ? { kind: 'mistake', feedback: r.feedback }
        : { kind: 'wrong', feedback: [NOT_QUITE] };
    }
  }
}

/**
 * Checks raw input against one variant. Unreadable input comes back as `invalid` (not an attempt);
 * readable input goes to {@link judgeValue}. For choice problems `raw` is the selected option ids
 * joined by commas. Never throws on any input.
 */
export function checkAnswer(instance: ProblemInstance, raw: string): Verdict {
  const a = instance.answer;
  switch (a.kind) {
    case 'number': {
      const r = parseNumberAnswer(raw);
      return r.ok ? judgeValue(instance, r.value, r.tex) : { kind: 'invalid', message: r.message };
    }
    case 'vector': {
      const r = parseVectorAnswer(raw, a.length);
      return r.ok ? judgeValue(instance, r.value, r.tex) : { kind: 'invalid', message: r.message };
    }
    case 'expression': {
      const r = parseExpressionAnswer(raw, a.variables);
      return r.ok ? judgeValue(instance, r.value, r.tex) : { kind: 'invalid', message: r.message };
    }
    case 'choice':
      return judgeValue(
        instance,
        raw
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
  }
}

/** The key written as a student could type it (used by tests and "show solution" checks). */
export function answerAsInput(instance: ProblemInstance): string {
  const a = instance.answer;
  switch (a.kind) {
    case 'number':
      return String(a.value);
    case 'vector':
      return `[${a.value.join(', ')}]`;
    case 'choice':
      return a.options
        .filter((o) => o.correct)
        .map((o) => o.id)
        .join(',');
    case 'expression':
      return a.typed;
  }
}
