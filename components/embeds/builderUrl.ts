import type { EmbedTheme } from './embedParams.ts';

/** One thing the builder can embed. */
export interface BuilderItem {
  kind: 'widget' | 'problems';
  /** Widget id or lesson slug. */
  id: string;
  title: string;
  lessonTitle: string;
  /** Site path of the embed page, e.g. `/embed/sgd-paths/`. */
  path: string;
  height: number;
}

export interface BuilderChoice {
  /** The setup's own query (the widget's URL state), as read from the live setup frame. */
  state: string;
  hide: string[];
  theme: EmbedTheme;
  /** Problems only: a fixed seed (every student sees the same variants), or undefined. */
  seed?: number;
}

const EMBED_KEYS = new Set(['hide', 'theme', 'seed']);

/**
 * The embed URL for a choice: the widget's own state keys from the setup (embed parameters the
 * setup frame had are dropped and set again from the choice), then hide, theme and seed.
 */
export function embedUrl(origin: string, item: BuilderItem, choice: BuilderChoice): string {
  const url = new URL(item.path, origin);
  const state = new URLSearchParams(choice.state);
  for (const [k, v] of state) if (!EMBED_KEYS.has(k) && item.kind === 'widget') url.searchParams.append(k, v);
  if (choice.hide.length > 0) url.searchParams.set('hide', choice.hide.join(','));
  if (choice.theme !== 'auto') url.searchParams.set('theme', choice.theme);
  if (
    item.kind === 'problems' &&
    choice.seed !== undefined &&
    Number.isInteger(choice.seed) &&
    choice.seed >= 0 &&
    choice.seed < 2 ** 32
  )
    url.searchParams.set('seed', String(choice.seed));
  return url.href;
}
