import { formatNumber } from './formatNumber.ts';

interface TextState { inline: boolean; display: boolean; code: boolean }

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
    if (s[i + 1] === '$' && !inline) { display = !display; i++; } else inline = !inline;
  }
  return { inline, display, code };
}

/**
 * Template tag for prompts, hints and solutions: Markdown-lite text with `$…$` / `$$…$$` math.
 * Interpolated numbers are formatted with {@link formatNumber}, as TeX inside math and wrapped in
 * `$…$` outside it (math mode is tracked through the `$` and `$$` in the literal parts); inside
 * a code span they are plain text.
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
    if (typeof v === 'number') {
      const s = formatNumber(v, { tex: !state.code });
      out += inMath || state.code ? s : `$${s}$`;
    } else {
      out += String(v);
    }
    const next = strings[i + 1];
    state = stateAfter(next, state);
    out += next;
  });
  return out.replace(/\\`/g, '`');
}
