import { isPrecise, texNumber, type Precise } from './texNumber.ts';

/** A number that {@link tex} brackets whenever it is negative, wherever it stands: `${paren(g)}`. */
export interface Paren {
  readonly paren: number | Precise;
}
export const paren = (x: number | Precise): Paren => ({ paren: x });
export const isParen = (v: unknown): v is Paren =>
  typeof v === 'object' &&
  v !== null &&
  (typeof (v as Paren).paren === 'number' || isPrecise((v as Paren).paren));

/** Math text ends with a binary operator (so a negative number after it needs brackets: `0.2 \cdot (-1)`). */
const AFTER_OPERATOR = /(?:[-+*/−·×]|\\cdot|\\times|\\pm|\\mp|\\,)\s*$/;
/** Math text ends with a super- or subscript mark (a number after it needs braces: `0.9^{-1}`). */
const AFTER_SCRIPT = /[\^_]\s*$/;

/**
 * How a TeX number `s` is written after the math text `before` and before `after`: a negative
 * number after a binary operator or before `^` gets brackets (`1 + (-0.95)`, `(-3)^2`), and any
 * number of more than one character after `^`/`_` gets braces. Elsewhere (`x = -0.5`) it stays.
 */
export function placeNumber(
  s: string,
  negative: boolean,
  before: string,
  after: string,
  bracket = false,
): string {
  if (AFTER_SCRIPT.test(before)) return s.length > 1 ? `{${s}}` : s;
  if (negative && (bracket || AFTER_OPERATOR.test(before) || /^\s*\^/.test(after))) return `(${s})`;
  // A number with a power of ten before a power or a product reads better bracketed: (2 × 10⁻³)².
  if (/\\times 10/.test(s) && /^\s*\^/.test(after)) return `(${s})`;
  return s;
}

/** The value and format of an interpolated number, if it is one. */
export function numberOf(v: unknown): { x: number; tex: string; bracket: boolean } | undefined {
  const bracket = isParen(v);
  const inner = bracket ? v.paren : v;
  if (typeof inner === 'number') return { x: inner, tex: texNumber(inner), bracket };
  if (isPrecise(inner)) return { x: inner.value, tex: texNumber(inner.value, inner.format), bracket };
  return undefined;
}

/**
 * Template tag for a formula with computed numbers in it: `tex\`\theta_1 = 1 - ${lr}\cdot ${g}\``.
 * The literal parts are TeX as written (raw, so `\theta` is not a tab); each number is written by
 * {@link texNumber} (`\,` digit groups, scientific form for tiny and huge values; wrap it with
 * `figures(x, 3)` or `places(x, 4)` for the precision the text promises) and bracketed where a
 * reader would otherwise see two signs in a row or a misread power (`0.1 \cdot (-3)`, `(-3)^2`,
 * `e^{-2}`); `paren(x)` brackets a negative value wherever it stands; an array of numbers is a
 * comma-separated list. Strings are inserted as they
 * are: they are authored TeX, never reader input. A non-finite number throws.
 */
export function tex(template: TemplateStringsArray, ...values: unknown[]): string {
  const strings = template.raw;
  let out = strings[0];
  values.forEach((v, i) => {
    const n = numberOf(v);
    const next = strings[i + 1];
    if (n) out += placeNumber(n.tex, n.tex.startsWith('-'), out, next, n.bracket);
    else if (Array.isArray(v) && v.every((x) => numberOf(x))) {
      // A list of numbers: "1, 2, -1, 3" (a negative one stays as it is after a comma).
      out += v.map((x) => numberOf(x)!.tex).join(', ');
    } else out += String(v);
    out += next;
  });
  return out;
}
