import { allowedError } from '../answers/isClose.ts';
import { formatNumber } from './formatNumber.ts';
import { precisionPhrase } from './precision.ts';
import type { ProblemInstance } from './problemTypes.ts';

const letter = (i: number) => String.fromCharCode(97 + i);

/**
 * answerKey(instance) → the answer of one variant as an answer key prints it (Markdown with
 * $math$): the key, the precision the label asks for and what the checker accepts; for choice
 * problems the correct options by letter; for expressions the key and one way to type it.
 */
export function answerKey(instance: ProblemInstance): string {
  const a = instance.answer;
  switch (a.kind) {
    case 'number': {
      const phrase = precisionPhrase(a.value, a);
      const within = formatNumber(allowedError(a.value, a), { digits: 2 });
      const accepted = allowedError(a.value, a) > 0 ? `accepted within $\\pm ${within}$` : 'exact';
      return `$${formatNumber(a.value)}$${a.unit ? ` ${a.unit}` : ''} (${phrase ? `${phrase}; ` : ''}${accepted})`;
    }
    case 'vector': {
      const phrase = precisionPhrase(a.value, a);
      return `$\\left[${a.value.map((v) => formatNumber(v)).join(',\\ ')}\\right]$${phrase ? ` (${phrase})` : ''}`;
    }
    case 'expression':
      return `$${a.tex}$ (typed, e.g. \`${a.typed}\`; any equivalent expression is accepted)`;
    case 'choice': {
      const right = a.options.flatMap((o, i) => (o.correct ? [`(${letter(i)}) ${o.label}`] : []));
      return right.join('; ');
    }
  }
}

/** The letter an option is printed with on sheets and keys: (a), (b), … */
export const optionLetter = letter;
