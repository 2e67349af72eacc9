import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkChromium, HOW_TO_GET_CHROMIUM, pickChromium } from './findChromium.ts';

const dir = mkdtempSync(join(tmpdir(), 'fake-chromium-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function fakeBrowser(name: string, script: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
  return path;
}
const missing = join(dir, 'no-such-chromium');
const none = { env: {}, systemPath: missing, managedPath: join(dir, 'no-managed-chrome') };

describe('pickChromium(opts)', () => {
  it('pickChromium prefers CHROMIUM_PATH, even when it does not exist', () => {
    expect(pickChromium({ ...none, env: { CHROMIUM_PATH: missing } })).toEqual({
      path: missing,
      source: 'CHROMIUM_PATH',
    });
  });
  it('pickChromium falls back to the system Chromium, then to a Playwright-managed one that exists', () => {
    const system = fakeBrowser('system-chromium', 'echo Chromium 1');
    const managed = fakeBrowser('managed-chrome', 'echo Chromium 2');
    expect(pickChromium({ ...none, systemPath: system, managedPath: managed })).toEqual({
      path: system,
      source: 'system',
    });
    expect(pickChromium({ ...none, managedPath: managed })).toEqual({ path: managed, source: 'playwright' });
    expect(pickChromium(none)).toBeUndefined();
  });
});

describe('checkChromium(opts)', () => {
  it('checkChromium with no browser anywhere says in one line how to get one', () => {
    const r = checkChromium(none);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).not.toContain('\n');
      expect(r.message).toContain('apt-get install chromium');
      expect(r.message).toContain('npx playwright install chromium');
    }
  });
  it('checkChromium refuses a CHROMIUM_PATH that is missing or does not run, naming it', () => {
    expect(checkChromium({ ...none, env: { CHROMIUM_PATH: missing } })).toEqual({
      ok: false,
      message: `npm test: CHROMIUM_PATH=${missing} is not a usable Chromium (ENOENT); ${HOW_TO_GET_CHROMIUM}.`,
    });
    const broken = fakeBrowser('broken-chromium', 'echo "snap is not installed" >&2; exit 3');
    expect(checkChromium({ ...none, env: { CHROMIUM_PATH: broken } })).toMatchObject({
      ok: false,
      message: expect.stringContaining('(--version exited with 3)'),
    });
    const notExecutable = join(dir, 'plain-file');
    writeFileSync(notExecutable, 'not a program');
    expect(checkChromium({ ...none, env: { CHROMIUM_PATH: notExecutable } })).toMatchObject({
      ok: false,
      message: expect.stringContaining('(EACCES)'),
    });
  });
  it('checkChromium accepts a browser that answers --version', () => {
    const good = fakeBrowser('good-chromium', 'echo "Chromium 156.0 built on Debian"');
    expect(checkChromium({ ...none, env: { CHROMIUM_PATH: good } })).toEqual({
      ok: true,
      choice: { path: good, source: 'CHROMIUM_PATH' },
      version: 'Chromium 156.0 built on Debian',
    });
    expect(checkChromium({ ...none, managedPath: good })).toMatchObject({
      ok: true,
      choice: { source: 'playwright' },
    });
  });
});

describe('scripts/check-chromium.ts, as npm test runs it', { timeout: 30_000 }, () => {
  it('check-chromium exits 1 at once with the one line when CHROMIUM_PATH is wrong', () => {
    const started = Date.now();
    const r = spawnSync(process.execPath, ['scripts/check-chromium.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: missing },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `npm test: CHROMIUM_PATH=${missing} is not a usable Chromium (ENOENT); ${HOW_TO_GET_CHROMIUM}.\n`,
    );
    expect(Date.now() - started).toBeLessThan(20_000);
  });
  it('check-chromium exits 0 silently with a working CHROMIUM_PATH', () => {
    const good = fakeBrowser('cli-good-chromium', 'echo Chromium 1');
    const r = spawnSync(process.execPath, ['scripts/check-chromium.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: good },
    });
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
  });
  it('npm test runs the check before the type checks, the unit tests and the build', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    const steps = scripts.test.split('&&').map((s) => s.trim());
    expect(steps[0]).toBe('node scripts/check-chromium.ts');
    expect(steps.indexOf('npm run build')).toBeGreaterThan(0);
    expect(scripts['test:e2e'].startsWith('node scripts/check-chromium.ts && ')).toBe(true);
  });
});
