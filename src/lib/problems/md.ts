import { formatNumber } from './formatNumber.ts';

/** Whether text that follows `s` is inside math, given the state before it ($$ and $ toggle). */
function mathStateAfter(s: string, state: { inline: boolean; display: boolean }): { inline: boolean; display: boolean } {
  let { inline, display } = state;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') { i++; continue; }
    if (s[i] !== '$') continue;
    if (s[i + 1] === '$' && !inline) { display = !display; i++; } else inline = !inline;
  }
  return { inline, display };
}

/**
 * Template tag for prompts, hints and solutions: Markdown-lite text with `$…$` / `$$…$$` math.
 * Interpolated numbers are formatted with {@link formatNumber}, as TeX inside math and wrapped in
 * `$…$` outside it (math mode is tracked through the `$` and `$$` in the literal parts).
 * Interpolated strings are inserted as they are: they are authored TeX, never user input.
 * `NaN` and `undefined` are written out literally, so the problem tests catch them.
 */
export function md(template: TemplateStringsArray, ...values: unknown[]): string {
  // Raw strings, so TeX such as \theta or \beta is not read as a JavaScript escape (\t, \b).
  const strings = template.raw;
  let out = strings[0];
  let state = mathStateAfter(strings[0], { inline: false, display: false });
  values.forEach((v, i) => {
    const inMath = state.inline || state.display;
    if (typeof v === 'number') {
      const s = formatNumber(v, { tex: true });
      out += inMath ? s : `$${s}$`;
    } else {
      out += String(v);
    }
    const next = strings[i + 1];
    state = mathStateAfter(next, state);
    out += next;
  });
  return out.replace(/\\`/g, '`');
}
