import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');

/**
 * Runs Astro's content sync on a scratch copy of the site whose only lesson has the given
 * frontmatter, and returns what Astro printed. Syncing validates every entry against the
 * schema exactly as the build does, in a fraction of the time.
 */
async function syncWithLesson(file: string, frontmatter: string): Promise<{ ok: boolean; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'descent-content-'));
  dirs.push(dir);
  // Everything astro.config.mjs imports (its integrations and Vite plugins) must be there too.
  for (const entry of ['src', 'components', 'packages', 'scripts', 'node_modules'])
    symlinkSync(join(root, entry), join(dir, entry));
  cpSync(join(root, 'astro.config.mjs'), join(dir, 'astro.config.mjs'));
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  cpSync(join(root, 'tsconfig.json'), join(dir, 'tsconfig.json'));
  cpSync(join(root, 'tsconfig.base.json'), join(dir, 'tsconfig.base.json'));
  mkdirSync(join(dir, 'content/lessons'), { recursive: true });
  writeFileSync(join(dir, 'content/lessons', file), `---\n${frontmatter}\n---\n\nBody text.\n`);
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules/.bin/astro'), ['sync'], {
      cwd: dir,
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    return { ok: true, output: stdout + stderr };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const valid = `title: A valid lesson
summary: A summary that is long enough.
order: 1
minutes: 10
objectives:
  - First objective here
  - Second objective here
  - Third objective here`;

describe('content collection: lessons', () => {
  it('accepts a lesson with valid frontmatter', async () => {
    const r = await syncWithLesson('01-valid.mdx', valid);
    expect(r.output).not.toMatch(/InvalidContentEntryDataError/);
    expect(r.ok).toBe(true);
  }, 120_000);

  it('fails naming the file and the field when frontmatter is wrong', async () => {
    const r = await syncWithLesson('07-broken.mdx', valid.replace('order: 1', 'order: "first"'));
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/07-broken/);
    expect(r.output).toMatch(/order/);
  }, 120_000);

  it('fails naming the field when objectives are missing', async () => {
    const r = await syncWithLesson('08-no-objectives.mdx', valid.split('objectives:')[0]);
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/08-no-objectives/);
    expect(r.output).toMatch(/objectives/);
  }, 120_000);
});
