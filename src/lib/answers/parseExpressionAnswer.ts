import { checkDefinedOnDomain } from './checkDefinedOnDomain.ts';
import { readExpression } from './readExpression.ts';
import type { Evaluator, Parsed } from './types.ts';

/** A variable of an expression answer and the domain its check samples from. */
export interface ExpressionVariable {
  name: string;
  /** TeX for the preview, e.g. `\beta_1`. */
  tex: string;
  min: number;
  max: number;
  /** Sample integers only (e.g. a step count t). */
  integer?: boolean;
}

/**
 * Reads an expression in the declared variables, e.g. `1/sqrt(t)` or `sigma^2/b`, into an
 * evaluator plus a TeX preview of how it was read. Unknown names, forbidden constructs,
 * unreadable text, literals a double cannot hold and expressions that are not finite on the
 * domain (everywhere, or at too many points to check) come back as messages.
 */
export function parseExpressionAnswer(
  raw: string,
  variables: readonly ExpressionVariable[],
): Parsed<Evaluator> {
  const names = variables.map((v) => v.name).join(', ');
  const read = readExpression(raw, { variables, expecting: `an expression in ${names}`, maxLength: 300 });
  if (!read.ok) return read;
  const defined = checkDefinedOnDomain(read.value.evaluate, variables, read.value.symbols);
  if (!defined.ok) return defined;
  return { ok: true, value: read.value.evaluate, tex: read.tex };
}
