/**
 * The embed page's own query parameters, read defensively: anything unexpected is ignored (never
 * echoed, never executed). Pure, so it is unit-tested; the embed client applies the result.
 */
export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedParams {
  theme: EmbedTheme;
  /** Control names to hide: lower-case slugs, at most 40 of them, each at most 40 characters. */
  hide: string[];
}

const TOKEN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function readEmbedParams(search: string): EmbedParams {
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    q = new URLSearchParams();
  }
  const t = q.get('theme');
  const theme: EmbedTheme = t === 'light' || t === 'dark' ? t : 'auto';
  const raw = (q.get('hide') ?? '').slice(0, 2000);
  const hide = [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length <= 40 && TOKEN.test(s)),
    ),
  ].slice(0, 40);
  return { theme, hide };
}

/** Messages the embed posts to its parent (documented on /instructors/). */
export const HEIGHT_MESSAGE = 'descent:embed-height';
export const PROBLEM_MESSAGE = 'descent:problem';
export const PING_MESSAGE = 'descent:embed-ping';
