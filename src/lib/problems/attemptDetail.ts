import type { ChoiceOption } from '../answers/checkChoice.ts';
import { parseNumberAnswer } from '../answers/parseNumberAnswer.ts';
import type { AttemptDetail } from '../scorm/attemptEvent.ts';
import { answerAsInput } from './checkAnswer.ts';
import type { ProblemInstance } from './problemTypes.ts';

/**
 * attemptDetail(instance, typed, correct, latencyMs) → what a counted attempt reports to the page
 * (and so to an LMS): the input as typed, the value it was read as (numbers) or the options chosen
 * (by position), and the key in the same terms.
 */
export function attemptDetail(
  instance: ProblemInstance,
  typed: string,
  correct: boolean,
  latencyMs: number,
): AttemptDetail {
  const a = instance.answer;
  const base = {
    id: instance.id,
    kind: a.kind,
    response: typed,
    correct,
    latencyMs: Math.max(0, Math.round(latencyMs)),
  };
  if (a.kind === 'number') {
    const r = parseNumberAnswer(typed);
    return {
      ...base,
      ...(r.ok ? { value: r.value } : {}),
      key: { value: a.value, typed: answerAsInput(instance) },
    };
  }
  if (a.kind === 'choice') {
    const chosen = new Set(typed.split(',').map((s) => s.trim()));
    const options = a.options;
    const positions = (pick: (o: ChoiceOption) => boolean) => options.flatMap((o, i) => (pick(o) ? [i] : []));
    return {
      ...base,
      choices: positions((o) => chosen.has(o.id)),
      key: { choices: positions((o) => o.correct), typed: answerAsInput(instance) },
    };
  }
  return { ...base, key: { typed: answerAsInput(instance) } };
}
