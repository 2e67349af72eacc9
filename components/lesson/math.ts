import katex from 'katex';
import { Fragment, jsx } from 'astro/jsx-runtime';
import { tex } from '../../src/lib/typeset/tex.ts';
import { proseNumber, type NumberFormat } from '../../src/lib/typeset/texNumber.ts';
import { LESSON_KATEX } from '../../src/lib/typeset/lessonKatexOptions.ts';
import { equationPiecesHtml } from '../../src/lib/typeset/rehypeEquationPieces.ts';

// LESSON_KATEX: the options rehype-katex gets in astro.config.mjs, so a formula with numbers in it
// has the same markup as every `$…$` of the lesson (and may colour a symbol with \htmlClass).
const KATEX = LESSON_KATEX;

// A displayed formula's equations break apart as `$$…$$`'s do (rehypeEquationPieces in astro.config.mjs).
const rendered = (source: string, displayMode: boolean) => {
  const html = katex.renderToString(source, { ...KATEX, displayMode });
  return jsx(Fragment, { 'set:html': displayMode ? equationPiecesHtml(html) : html });
};

/**
 * A formula with build-time numbers inside it, for MDX: write the formula as you would between
 * `$…$` and put computed values in `${…}` holes,
 *
 *     {math`\theta_1 = 1 - ${lr}\cdot ${g} = ${theta1}`}
 *
 * The numbers are set by {@link tex} (the formula's minus, `\,` digit groups, brackets after an
 * operator; `figures(x, 3)` / `places(x, 4)` for a promised precision) and the whole formula is
 * rendered by KaTeX when the page is built, exactly as `$…$` is: one font, one size, no script on
 * the page. `math.display` gives a displayed formula (`$$…$$`).
 */
export function math(template: TemplateStringsArray, ...values: unknown[]) {
  return rendered(tex(template, ...values), false);
}
math.display = (template: TemplateStringsArray, ...values: unknown[]) =>
  rendered(tex(template, ...values), true);

/**
 * A computed number in running text (outside any formula): the minus sign U+2212, narrow spaces
 * between digit groups, "× 10⁻⁵" for tiny and huge values; `format` as for `texNumber` (src/lib/typeset/texNumber.ts).
 */
export const num = (x: number, format?: NumberFormat): string => proseNumber(x, format);
