import { parseExpressionAnswer } from '../answers/parseExpressionAnswer.ts';
import { parseNumberAnswer } from '../answers/parseNumberAnswer.ts';
import { parseVectorAnswer } from '../answers/parseVectorAnswer.ts';
import type { InstanceAnswer } from './problemTypes.ts';

export { checkAnswer } from './checkAnswer.ts';
export { attemptDetail } from './attemptDetail.ts';

/**
 * How the current input reads (TeX), for the live preview; undefined while it is unreadable.
 * Lives with the checker so the parser (mathjs) is one lazily loaded chunk: the player fetches it
 * when the student first focuses an answer, not when the page loads.
 */
export function previewOf(answer: InstanceAnswer, input: string): string | undefined {
  if (input.trim() === '' || answer.kind === 'choice') return undefined;
  const r =
    answer.kind === 'number'
      ? parseNumberAnswer(input)
      : answer.kind === 'vector'
        ? parseVectorAnswer(input, answer.length)
        : parseExpressionAnswer(input, answer.variables);
  return r.ok ? r.tex : undefined;
}
