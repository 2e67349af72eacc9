import { formatNumber } from './formatNumber.ts';

interface TextState {
  inline: boolean;
  display: boolean;
  code: boolean;
}

/**
 * Where text that follows `s` sits, given the state before it: inside math ($ and $$ toggle) or
 * inside a code span (in raw template text a backtick is written \`).
 */
function stateAfter(s: string, state: TextState): TextState {
  let { inline, display, code } = state;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') {
      if (s[i + 1] === '`') code = !code;
      i++;
      continue;
    }
    if (s[i] !== '$' || code) continue;
    if (s[i + 1] === '$' && !inline) {
      display = !display;
      i++;
    } else inline = !inline;
  }
  return { inline, display, code };
}

/** A number that {@link md} brackets whenever it is negative, wherever it stands: `md\`${paren(g)}\``. */
export interface Paren {
  readonly paren: number;
}
export const paren = (x: number): Paren => ({ paren: x });
const isParen = (v: unknown): v is Paren =>
  typeof v === 'object' && v !== null && typeof (v as Paren).paren === 'number';

/** Math text ends with a binary operator (so a negative number after it needs brackets: `0.2 \cdot (-1)`). */
const AFTER_OPERATOR = /(?:[-+*/−·×]|\\cdot|\\times|\\pm|\\mp|\\,)\s*$/;
/** Math text ends with a super- or subscript mark (a number after it needs braces: `0.9^{-1}`). */
const AFTER_SCRIPT = /[\^_]\s*$/;

/**
 * How a TeX number `s` is written after the math text `before` and before `after`: a negative
 * number after a binary operator or before `^` gets brackets (`1 + (-0.95)`, `(-3)^2`), and any
 * number of more than one character after `^`/`_` gets braces. Elsewhere (`x = -0.5`) it stays.
 */
function placeInMath(s: string, negative: boolean, before: string, after: string, force: boolean): string {
  if (AFTER_SCRIPT.test(before)) return s.length > 1 ? `{${s}}` : s;
  if (negative && (force || AFTER_OPERATOR.test(before) || /^\s*\^/.test(after))) return `(${s})`;
  return s;
}

/**
 * Template tag for prompts, hints and solutions: Markdown-lite text with `$…$` / `$$…$$` math.
 * Interpolated numbers are formatted with {@link formatNumber}, as TeX inside math and wrapped in
 * `$…$` outside it (math mode is tracked through the `$` and `$$` in the literal parts); inside
 * a code span they are plain text.
 * **Negative numbers are bracketed** where a reader would otherwise see two signs in a row or a
 * misread power: after a binary operator (`+ - * / · × \cdot \times \pm \,`) and before `^`,
 * so `${a} - ${lr} \cdot ${g}` reads `0.5 - 0.1 \cdot (-3)`, not `0.5 - 0.1 \cdot -3`. Wrap a
 * value in {@link paren} to bracket it whenever it is negative (e.g. a number standing alone in
 * a sum written across two interpolations). After `^` or `_` numbers are braced: `e^{-2}`.
 * Interpolated strings are inserted as they are: they are authored TeX, never user input.
 * `NaN` and `undefined` are written out literally, so the problem tests catch them.
 */
export function md(template: TemplateStringsArray, ...values: unknown[]): string {
  // Raw strings, so TeX such as \theta or \beta is not read as a JavaScript escape (\t, \b).
  const strings = template.raw;
  let out = strings[0];
  let state = stateAfter(strings[0], { inline: false, display: false, code: false });
  values.forEach((v, i) => {
    const inMath = state.inline || state.display;
    const next = strings[i + 1];
    if (typeof v === 'number' || isParen(v)) {
      const x = typeof v === 'number' ? v : v.paren;
      const s = formatNumber(x, { tex: !state.code });
      if (state.code) out += s;
      else if (inMath) out += placeInMath(s, x < 0, out, next, isParen(v));
      else out += `$${isParen(v) && x < 0 ? `(${s})` : s}$`;
    } else {
      out += String(v);
    }
    state = stateAfter(next, state);
    out += next;
  });
  return out.replace(/\\`/g, '`');
}
