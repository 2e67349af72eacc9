import { MIN_COMPARED_POINTS } from './expressionsAgree.ts';
import { LARGEST_DOUBLE } from './readExpression.ts';
import type { ExpressionVariable } from './parseExpressionAnswer.ts';
import { samplePoint } from './samplePoint.ts';
import type { EvalTrace, Evaluator } from './types.ts';

/** Domain points an expression is tried at before it is called unusable. */
export const DOMAIN_POINTS = 200;

type Failure = 'undefined' | 'too-large' | 'too-small';

const WHAT: Record<Failure, string> = {
  undefined: 'undefined',
  'too-large': 'too large to represent',
  'too-small': 'too small to represent',
};
const WHY: Record<Failure, string> = {
  undefined: 'it divides by zero, or takes the square root or logarithm of a negative number',
  'too-large': `it overflows past the largest double, about ${LARGEST_DOUBLE}`,
  'too-small': 'it underflows to 0',
};

const list = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);
const range = (v: ExpressionVariable) => `${v.min} ≤ ${v.name} ≤ ${v.max}`;

/**
 * Whether an expression answer can be checked at all: it is evaluated at up to
 * {@link DOMAIN_POINTS} Halton points of the declared domain, and must give a representable value
 * (finite, and not an underflow to 0) at {@link MIN_COMPARED_POINTS} of them, the number
 * `expressionsAgree` compares. An expression that fails everywhere (`sigma^2/0`, `sqrt(-b)`,
 * `exp(1000 b)`), or at so many points that too few remain to compare, is unreadable input, not a
 * wrong answer; the message names what went wrong and for which variables.
 */
export function checkDefinedOnDomain(evaluate: Evaluator, variables: readonly ExpressionVariable[], used: ReadonlySet<string>): { ok: true } | { ok: false; message: string } {
  const failures: Record<Failure, number> = { undefined: 0, 'too-large': 0, 'too-small': 0 };
  let good = 0;
  for (let i = 1; i <= DOMAIN_POINTS && good < MIN_COMPARED_POINTS; i++) {
    const trace: EvalTrace = { overflow: false, underflow: false };
    const r = evaluate(samplePoint(i, variables), trace);
    if (!Number.isFinite(r)) failures[trace.overflow ? 'too-large' : 'undefined']++;
    else if (r === 0 && trace.underflow) failures['too-small']++;
    else good++;
  }
  if (good >= MIN_COMPARED_POINTS) return { ok: true };
  const worst = (Object.keys(failures) as Failure[]).reduce((a, b) => (failures[b] > failures[a] ? b : a));
  const usedVars = variables.filter((v) => used.has(v.name));
  if (usedVars.length === 0) return { ok: false, message: `This expression is ${WHAT[worst]}: ${WHY[worst]}.` };
  const where = `${list(usedVars.map((v) => v.name))} (${usedVars.map(range).join(', ')})`;
  if (good === 0) return { ok: false, message: `This expression is ${WHAT[worst]} for every value of ${where}: ${WHY[worst]}.` };
  return {
    ok: false,
    message: `This expression is ${WHAT[worst]} for almost every value of ${where}: it gives a usable value at only ${good} of the ${DOMAIN_POINTS} points checked, too few to compare it with the answer (${WHY[worst]}).`,
  };
}
