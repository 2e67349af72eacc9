import type { AttemptDetail } from './attemptEvent.ts';
import { cmiChoice, cmiDecimal, cmiFeedback, cmiIdentifier, cmiTime, cmiTimespan } from './cmiValues.ts';

/**
 * interactionValues(attempt, n, at) → the `cmi.interactions.n.*` elements that record one attempt,
 * in the order SCORM 1.2 LMSs expect (id first). The type is `numeric` when both the response and
 * the key are plain decimals, `choice` for choice problems (options as a, b, c…), otherwise
 * `fill-in` with the typed text; the result is `correct` or `wrong`.
 */
export function interactionValues(a: AttemptDetail, n: number, at: Date): [string, string][] {
  const p = `cmi.interactions.${n}`;
  let type: string, response: string, pattern: string | undefined;
  const value = a.value === undefined ? undefined : cmiDecimal(a.value);
  const keyValue = a.key.value === undefined ? undefined : cmiDecimal(a.key.value);
  const chosen = a.choices ? cmiChoice(a.choices) : undefined;
  const keyChoices = a.key.choices ? cmiChoice(a.key.choices) : undefined;
  if (a.kind === 'number' && value !== undefined && keyValue !== undefined) {
    [type, response, pattern] = ['numeric', value, keyValue];
  } else if (a.kind === 'choice' && chosen !== undefined && keyChoices !== undefined) {
    [type, response, pattern] = ['choice', chosen, keyChoices];
  } else {
    [type, response, pattern] = ['fill-in', cmiFeedback(a.response), cmiFeedback(a.key.typed) || undefined];
  }
  return [
    [`${p}.id`, cmiIdentifier(a.id)],
    [`${p}.type`, type],
    [`${p}.time`, cmiTime(at)],
    [`${p}.student_response`, response],
    [`${p}.result`, a.correct ? 'correct' : 'wrong'],
    [`${p}.latency`, cmiTimespan(a.latencyMs)],
    ...(pattern !== undefined ? [[`${p}.correct_responses.0.pattern`, pattern] as [string, string]] : []),
  ];
}
