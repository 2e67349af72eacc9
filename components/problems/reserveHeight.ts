import type { Problem } from '../../src/lib/problems/problemTypes.ts';
import { hashString } from '../../src/lib/problems/hashSeed.ts';

/**
 * Variants measured. A reader's variant is seeded by a hash of their browser id (or an
 * instructor's `?seed=`), so the sample is hashed seeds too, not 0, 1, 2…: those share digits.
 */
const SAMPLED_SEEDS = Array.from({ length: 24 }, (_, i) => hashString(`reserve-height-${i}`));

/**
 * The page widths a slot reserves for, from wide to narrow. Each band's estimate must hold at its
 * narrowest width, where the text wraps most: `charsPerLine` is the prompt's characters per line in
 * the column there, and `chromeRem` what the player adds around the text (title, answer row,
 * buttons, meta line), which grows as the buttons wrap. Calibrated on the built /problems/ page
 * (641, 361 and 320 px, five seeds: the largest shortfall of the text estimate, plus 1 rem for
 * variants the sample misses, 1.5 in the narrow band, where one came within 0.05 rem); the e2e
 * test `problem slots reserve the height their players take` checks every problem near each band's
 * narrowest width (641, 359 and 320 px) with other seeds. `maxWidthRem` must match problems.css.
 */
export const SLOT_BANDS = [
  { name: 'wide', maxWidthRem: Infinity, charsPerLine: 73, chromeRem: 13.5 },
  { name: 'narrow', maxWidthRem: 40, charsPerLine: 37, chromeRem: 18 },
  // Below 358 px: the common 360 px phones take the narrow band (its estimate holds there and
  // leaves less empty space than this one, made for 320 px).
  { name: 'small', maxWidthRem: 22.4, charsPerLine: 31, chromeRem: 22 },
] as const;

export type SlotBand = (typeof SLOT_BANDS)[number];

/**
 * A build-time estimate of a player's height (rem) in one band: the tallest of the sampled
 * variants. Reserving it before hydration keeps the page from jumping when the island renders
 * its reader's variant (a shorter one leaves a little space below; a taller one would push the
 * page down, which is why the estimate errs high).
 */
export function reserveHeight(problem: Problem, band: Pick<SlotBand, 'charsPerLine' | 'chromeRem'>): number {
  let tallest = 0;
  for (const seed of SAMPLED_SEEDS) tallest = Math.max(tallest, variantHeight(problem, seed, band));
  return Math.ceil(tallest);
}

/**
 * The widths (in characters of prose) of the pieces a line can break between: words; inline math,
 * which KaTeX never breaks, at about half its TeX; code, monospaced and so wider, breaking at its
 * spaces. Markdown emphasis marks take no room.
 */
function pieces(text: string): number[] {
  const out: number[] = [];
  for (const part of text.split(/(\$[^$]*\$|`[^`]*`)/)) {
    if (part.startsWith('$') && part.length > 1) out.push(Math.ceil((part.length - 2) * MATH_WIDTH));
    else if (part.startsWith('`') && part.length > 1)
      out.push(
        ...part
          .slice(1, -1)
          .split(/\s+/)
          .filter(Boolean)
          .map((w) => Math.ceil(w.length * CODE_WIDTH)),
      );
    else
      out.push(
        ...part
          .replace(/[*_]/g, '')
          .split(/\s+/)
          .filter(Boolean)
          .map((w) => w.length),
      );
  }
  return out;
}
const MATH_WIDTH = 0.5;
/** One table row: a line of 0.95 rem text plus the cells' padding (global.css). */
const TABLE_ROW_REM = 2.6;
const CODE_WIDTH = 1.3;

/** Lines the text takes when filled greedily into lines of `width` characters (a piece wider than a line gets its own lines). */
function wrappedLines(text: string, width: number): number {
  let lines = 0;
  let used = Infinity;
  for (const w of pieces(text)) {
    if (used + 1 + w <= width) used += 1 + w;
    else {
      lines += Math.max(1, Math.ceil(w / width));
      used = w > width ? w % width : w;
    }
  }
  return lines;
}

/** The estimate for one variant: prompt lines, display formulas and the answer field, plus chrome. */
function variantHeight(
  problem: Problem,
  seed: number,
  { charsPerLine, chromeRem }: Pick<SlotBand, 'charsPerLine' | 'chromeRem'>,
): number {
  const sample = problem.instantiate(seed);
  // A displayed formula takes a line of about 3.2 rem; on a narrow column one wider than the line
  // breaks at its relations (global.css) and takes a line more for every line's width it has.
  const displays = (sample.prompt.match(/\$\$[\s\S]*?\$\$/g) ?? []).reduce(
    (n, d) => n + 1 + 0.7 * Math.max(0, Math.ceil(((d.length - 4) * MATH_WIDTH) / charsPerLine) - 1),
    0,
  );
  const paragraphs = sample.prompt
    .replace(/\$\$[\s\S]*?\$\$/g, '')
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '');
  // A Markdown table (every line a `| … |` row) renders as rows, one line each at most widths,
  // taller than a line of text (cell padding); its delimiter row takes no room.
  const isTable = (p: string) =>
    p
      .trim()
      .split('\n')
      .every((l) => l.trim().startsWith('|'));
  const tableRows = paragraphs.filter(isTable).reduce(
    (n, p) =>
      n +
      p
        .trim()
        .split('\n')
        .filter((l) => !/^\|[\s:|-]+\|$/.test(l.trim())).length,
    0,
  );
  const lines = paragraphs.filter((p) => !isTable(p)).reduce((n, p) => n + wrappedLines(p, charsPerLine), 0);
  const a = sample.answer;
  // A choice row is indented past its box, so it holds fewer characters than the prompt.
  const field =
    a.kind === 'choice'
      ? 2 +
        a.options.reduce((n, o) => n + wrappedLines(o.label, charsPerLine * 0.9), 0) * 1.75 +
        a.options.length * 0.7
      : 8.5; // label, field, the reserved preview line (AnswerField.tsx) and the Check row
  return (
    chromeRem + lines * 1.75 + tableRows * TABLE_ROW_REM + paragraphs.length * 0.7 + displays * 3.2 + field
  );
}
