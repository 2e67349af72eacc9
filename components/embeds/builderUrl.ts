import type { EmbedTheme } from './embedParams.ts';

/** One thing the builder can embed. */
export interface BuilderItem {
  kind: 'widget' | 'problem' | 'problems';
  /** Widget id, problem id or lesson slug. */
  id: string;
  title: string;
  lessonTitle: string;
  /** Site path of the embed page, e.g. `/embed/sgd-paths/`. */
  path: string;
  /** Starting height (px) of the snippet; problems: in graded mode (its note) if different. */
  height: number;
  gradedHeight?: number;
}

export interface BuilderChoice {
  /** The setup's own query (the widget's URL state), as read from the live setup frame. */
  state: string;
  hide: string[];
  theme: EmbedTheme;
  /** Problems only: a fixed seed (every student sees the same variants), or undefined. */
  seed?: number;
  /** Problems only: graded mode (a solve with the worked solution open does not count). */
  graded?: boolean;
}

const EMBED_KEYS = new Set(['hide', 'theme', 'seed', 'graded']);

/**
 * The embed URL for a choice: the widget's own state keys from the setup (embed parameters the
 * setup frame had are dropped and set again from the choice), then hide and theme; for problems
 * the seed and graded mode.
 */
export function embedUrl(origin: string, item: BuilderItem, choice: BuilderChoice): string {
  const url = new URL(item.path, origin);
  const state = new URLSearchParams(choice.state);
  for (const [k, v] of state) if (!EMBED_KEYS.has(k) && item.kind === 'widget') url.searchParams.append(k, v);
  if (choice.hide.length > 0) url.searchParams.set('hide', choice.hide.join(','));
  if (choice.theme !== 'auto') url.searchParams.set('theme', choice.theme);
  if (item.kind === 'widget') return url.href;
  if (choice.seed !== undefined && Number.isInteger(choice.seed) && choice.seed >= 0 && choice.seed < 2 ** 32)
    url.searchParams.set('seed', String(choice.seed));
  if (choice.graded) url.searchParams.set('graded', '1');
  return url.href;
}
