import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** Debian's Chromium, which CI installs (`apt-get install chromium`). */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** The one line `npm test` prints when it cannot run the end-to-end tests. */
export const HOW_TO_GET_CHROMIUM =
  'install one (Debian: apt-get install chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH to a Chromium binary';

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'playwright';
export interface ChromiumChoice {
  path: string;
  source: ChromiumSource;
}

export interface FindOptions {
  env?: Readonly<Record<string, string | undefined>>;
  systemPath?: string;
  /** Where a Playwright-managed Chromium would be (`chromium.executablePath()`); it may not exist. */
  managedPath?: string;
  isExecutable?: (path: string) => boolean;
}

export const isExecutableFile = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The Chromium the end-to-end tests use, by existence alone (cheap enough for playwright.config.ts,
 * which every worker loads): `CHROMIUM_PATH` when set (even if wrong: an explicit choice is never
 * silently replaced), else Debian's `/usr/bin/chromium`, else a Playwright-managed browser that is
 * already installed. Undefined when there is none: Playwright must never download one.
 */
export function pickChromium(opts: FindOptions = {}): ChromiumChoice | undefined {
  const env = opts.env ?? process.env;
  const isExec = opts.isExecutable ?? isExecutableFile;
  if (env.CHROMIUM_PATH) return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  const system = opts.systemPath ?? SYSTEM_CHROMIUM;
  if (isExec(system)) return { path: system, source: 'system' };
  if (opts.managedPath && isExec(opts.managedPath)) return { path: opts.managedPath, source: 'playwright' };
  return undefined;
}

/** Runs `<path> --version`; the browser is usable when that exits 0 within the time limit. */
export function probeChromium(
  path: string,
  timeoutMs = 20_000,
): { ok: true; version: string } | { ok: false; reason: string } {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: timeoutMs });
  if (r.error) return { ok: false, reason: (r.error as NodeJS.ErrnoException).code ?? r.error.message };
  if (r.status !== 0) return { ok: false, reason: `--version exited with ${r.status ?? r.signal}` };
  return { ok: true, version: r.stdout.trim() };
}

/**
 * Whether the end-to-end tests can run here: the {@link pickChromium} choice exists and answers
 * `--version`. Otherwise one line saying what is missing and how to get it.
 */
export function checkChromium(
  opts: FindOptions & { probe?: typeof probeChromium } = {},
): { ok: true; choice: ChromiumChoice; version: string } | { ok: false; message: string } {
  const choice = pickChromium(opts);
  if (!choice)
    return { ok: false, message: `npm test: no Chromium for the end-to-end tests; ${HOW_TO_GET_CHROMIUM}.` };
  const probed = (opts.probe ?? probeChromium)(choice.path);
  if (!probed.ok) {
    const what = choice.source === 'CHROMIUM_PATH' ? `CHROMIUM_PATH=${choice.path}` : choice.path;
    return {
      ok: false,
      message: `npm test: ${what} is not a usable Chromium (${probed.reason}); ${HOW_TO_GET_CHROMIUM}.`,
    };
  }
  return { ok: true, choice, version: probed.version };
}
