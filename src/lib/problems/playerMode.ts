import { lmsBridge } from '../scorm/lmsBridge.ts';
import { seedFromQuery } from './hashSeed.ts';

/**
 * How the problem player behaves on this page. Practice (lessons, /problems/, embeds by default):
 * the worked solution also opens by itself after three wrong attempts. Graded (SCORM packages by
 * default, embeds with `graded=1`): a problem solved with its worked solution open earns no point,
 * so the solution opens only when asked, after a confirmation. A fixed seed (an instructor's
 * `seed=`, or the package's) gives everyone the same variant and hides "New variant".
 */
export interface PlayerMode {
  graded: boolean;
  fixedSeed?: number;
  /** Where the mode came from: a SCORM package's LMS session, an embed's parameters, or the site. */
  source: 'lms' | 'embed' | 'site';
}

/**
 * playerModeFrom(search, isEmbed, lms?, packageSeed?) → the mode; pure, for tests. A package opened
 * without an LMS is a practice page, with the package's fixed seed if it has one.
 */
export function playerModeFrom(
  search: string,
  isEmbed: boolean,
  lms?: { graded: boolean; fixedSeed?: number },
  packageSeed?: number,
): PlayerMode {
  if (lms) return { graded: lms.graded, fixedSeed: lms.fixedSeed, source: 'lms' };
  const fixedSeed = packageSeed ?? seedFromQuery(search);
  if (!isEmbed) return { graded: false, fixedSeed, source: 'site' };
  let graded = false;
  try {
    graded = new URLSearchParams(search).get('graded') === '1';
  } catch {
    graded = false;
  }
  return { graded, fixedSeed, source: 'embed' };
}

/** The mode of the page this runs in (read once per problem, when its player mounts). */
export function currentPlayerMode(): PlayerMode {
  if (typeof window === 'undefined') return { graded: false, source: 'site' };
  const config = (window as unknown as { descentScormConfig?: { seed?: unknown } }).descentScormConfig;
  const seed = config?.seed;
  return playerModeFrom(
    window.location.search,
    document.documentElement.hasAttribute('data-embed'),
    lmsBridge()?.mode,
    typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32 ? seed : undefined,
  );
}
