/**
 * What a SCORM package is set to, in its `config.js` (`window.descentScormConfig = {…}`), read by
 * the runtime before the page's modules run. The build writes it; the instructors page rewrites it
 * when it makes a practice or fixed-seed copy of a package (repackage.ts).
 */
export interface PackageConfig {
  lesson: string;
  /** The activity's title, as in imsmanifest.xml. */
  title: string;
  /** The lesson's problem ids: the score is the share of these that earn their point. */
  problems: string[];
  /** Graded (the default): a problem solved with its worked solution open earns no point. */
  graded: boolean;
  /** An instructor's fixed seed: every student gets the same variant and "New variant" is hidden. */
  seed?: number;
}

export const CONFIG_GLOBAL = 'descentScormConfig';
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** readPackageConfig(value) → the config, or undefined when anything in it is off. */
export function readPackageConfig(v: unknown): PackageConfig | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const c = v as Record<string, unknown>;
  if (typeof c.lesson !== 'string' || !ID.test(c.lesson) || typeof c.title !== 'string') return undefined;
  if (!Array.isArray(c.problems) || !c.problems.every((p) => typeof p === 'string' && ID.test(p)))
    return undefined;
  if (typeof c.graded !== 'boolean') return undefined;
  const seed = c.seed;
  if (seed !== undefined && !(Number.isInteger(seed) && (seed as number) >= 0 && (seed as number) < 2 ** 32))
    return undefined;
  return {
    lesson: c.lesson,
    title: c.title.slice(0, 200),
    problems: c.problems as string[],
    graded: c.graded,
    ...(seed === undefined ? {} : { seed: seed as number }),
  };
}

/** The text of config.js for a config (JSON with `<` escaped, so it can never close a script). */
export function packageConfigScript(c: PackageConfig): string {
  const json = JSON.stringify(c).replace(/</g, '\\u003c');
  return `window.${CONFIG_GLOBAL} = ${json};\n`;
}

/** readPackageConfigScript(text) → the config a config.js holds (for the repackager and tests). */
export function readPackageConfigScript(text: string): PackageConfig | undefined {
  const m = /^window\.descentScormConfig = (\{.*\});\s*$/s.exec(text);
  if (!m) return undefined;
  try {
    return readPackageConfig(JSON.parse(m[1]));
  } catch {
    return undefined;
  }
}
