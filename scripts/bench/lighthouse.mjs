// Lighthouse in `npm run bench:site` (issue 33): every measured page through a pinned Lighthouse,
// mobile profile (its defaults: Moto G Power viewport, simulated slow 4G and 4× CPU), on the same
// gzip server as the widget timings. Lighthouse is fetched on first use by npx (pinned version, in
// the npm cache) rather than installed with the project: CI never runs it, and it brings ~40
// packages the site does not need.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lighthouseRow } from './report.mjs';

export const LIGHTHOUSE_VERSION = '12.2.3';

function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, err }));
  });
}

/** lighthouse(url, chromePath) → a report row { performance, accessibility, tbt, cls, lcp } or { error }. */
export async function lighthouse(url, chromePath) {
  const dir = await mkdtemp(join(tmpdir(), 'descent-lh-'));
  const out = join(dir, 'report.json');
  try {
    const { code, err } = await run(
      'npx',
      [
        '--yes',
        `lighthouse@${LIGHTHOUSE_VERSION}`,
        url,
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance,accessibility',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        '--quiet',
      ],
      { ...process.env, CHROME_PATH: chromePath },
    );
    if (code !== 0) return { error: `lighthouse exited ${code}: ${err.trim().split('\n').pop()}` };
    return lighthouseRow(JSON.parse(await readFile(out, 'utf8')));
  } catch (e) {
    return { error: String(e.message ?? e) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
