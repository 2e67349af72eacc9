import type { Problem } from '../../src/lib/problems/problemTypes.ts';
import { reserveHeight, SLOT_BANDS } from '../problems/reserveHeight.ts';

/**
 * The starting height (px) of a problem or problem-set embed, for snippets and oEmbed: each slot
 * reserves its problem's build-time height (reserveHeight.ts, the tallest sampled variant, in the
 * wide band: the oEmbed width of 800 px and most course pages), plus the page around the slots.
 * Measured on the built embeds: a slot's 1 rem margin; around a set, the heading and attribution
 * (80 px); around one problem, the attribution (39 px); the graded-mode note (56 px, two lines).
 * The host script then fits the frame to its content at the reader's width.
 */
const REM = 16;
const SLOT_MARGIN = 16;
const AROUND_SET = 80;
const AROUND_ONE = 39;
const GRADED_NOTE = 56;

export function problemEmbedHeight(
  problems: readonly Problem[],
  kind: 'problem' | 'problems',
  graded = false,
): number {
  const wide = SLOT_BANDS[0];
  const slots = problems.reduce((h, p) => h + reserveHeight(p, wide) * REM + SLOT_MARGIN, 0);
  return Math.ceil(slots + (kind === 'problems' ? AROUND_SET : AROUND_ONE) + (graded ? GRADED_NOTE : 0));
}

/** Snippet heights are clamped to this range (px); a long problem set is over 4,000 px tall. */
export const MIN_EMBED_HEIGHT = 200;
export const MAX_EMBED_HEIGHT = 12_000;
