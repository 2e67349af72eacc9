import type { Problem } from '../../src/lib/problems/problemTypes.ts';

/** Variants measured: a reader's own variant (picked in the browser) can be any of them. */
const SAMPLED_VARIANTS = 12;

/**
 * A build-time estimate of a player's height (rem) at a given text width (characters per line):
 * the tallest of the first variants, plus a line of slack. Reserving it before hydration keeps
 * the page from jumping when the island renders its reader's variant (a shorter one leaves a
 * little space below; a taller one would push the page down).
 */
export function reserveHeight(problem: Problem, charsPerLine: number): number {
  let tallest = 0;
  for (let v = 0; v < SAMPLED_VARIANTS; v++) tallest = Math.max(tallest, variantHeight(problem, v, charsPerLine));
  return tallest + 1;
}

/** The estimate for one variant: controls, prompt lines, display formulas and choice rows. */
function variantHeight(problem: Problem, variant: number, charsPerLine: number): number {
  const sample = problem.instantiate(variant);
  const displays = (sample.prompt.match(/\$\$/g) ?? []).length / 2;
  const text = sample.prompt.replace(/\$\$[\s\S]*?\$\$/g, '').replace(/\$[^$]*\$/g, (m) => 'x'.repeat(Math.ceil(m.length / 2)));
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  const lines = paragraphs.reduce((n, p) => n + Math.ceil(p.length / charsPerLine), 0);
  const a = sample.answer;
  const field = a.kind === 'choice' ? 2 + a.options.reduce((n, o) => n + Math.ceil(o.label.length / (charsPerLine * 1.4)), 0) * 2.4 : 6.5;
  // Title, Check row, tools row and meta line.
  return Math.round(3 + lines * 1.75 + displays * 3.2 + field + 9);
}
