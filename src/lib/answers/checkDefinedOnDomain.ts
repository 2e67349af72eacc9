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

const list = (names: string[]) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
const range = (v: ExpressionVariable) => `${v.min} ≤ ${v.name} ≤ ${v.max}`;

/**
 * Whether an expression answer can be checked at all. It is evaluated at up to
 * {@link DOMAIN_POINTS} Halton points of the declared domain and must be finite at
 * {@link MIN_COMPARED_POINTS} of them (the number `expressionsAgree` compares), and not underflow to
 * 0 at every finite point. An expression that is non-finite everywhere (`sigma^2/0`, `sqrt(-b)`,
 * `exp(1000 b)`) or at so many points that too few remain to compare, or whose every value is an
 * underflow (`exp(-1000 b)`), is unreadable input, not a wrong answer; the message names what went
 * wrong and for which variables. Underflow at some points only is kept: a key such as `beta^t`
 * underflows for large t too, and 0 compares equal to 0.
 */
export function checkDefinedOnDomain(
  evaluate: Evaluator,
  variables: readonly ExpressionVariable[],
  used: ReadonlySet<string>,
): { ok: true } | { ok: false; message: string } {
  const failures: Record<Failure, number> = { undefined: 0, 'too-large': 0, 'too-small': 0 };
  let finite = 0;
  let representable = 0;
  for (let i = 1; i <= DOMAIN_POINTS && (finite < MIN_COMPARED_POINTS || representable === 0); i++) {
    const trace: EvalTrace = { overflow: false, underflow: false };
    const r = evaluate(samplePoint(i, variables), trace);
    if (!Number.isFinite(r)) {
      failures[trace.overflow ? 'too-large' : 'undefined']++;
      continue;
    }
    finite++;
    if (r === 0 && trace.underflow) failures['too-small']++;
    else representable++;
  }
  if (finite >= MIN_COMPARED_POINTS && representable > 0) return { ok: true };
  // Too few finite points: say why they were not finite; finite but all underflows: too small.
  const worst: Failure =
    finite < MIN_COMPARED_POINTS
      ? failures['too-large'] > failures.undefined
        ? 'too-large'
        : 'undefined'
      : 'too-small';
  const usedVars = variables.filter((v) => used.has(v.name));
  if (usedVars.length === 0)
    return { ok: false, message: `This expression is ${WHAT[worst]}: ${WHY[worst]}.` };
  const where = `${list(usedVars.map((v) => v.name))} (${usedVars.map(range).join(', ')})`;
  if (worst === 'too-small' || finite === 0)
    return {
      ok: false,
      message: `This expression is ${WHAT[worst]} for every value of ${where}: ${WHY[worst]}.`,
    };
  return {
    ok: false,
    message: `This expression is ${WHAT[worst]} for almost every value of ${where}: it is finite at only ${finite} of the ${DOMAIN_POINTS} points checked, too few to compare it with the answer (${WHY[worst]}).`,
  };
}
