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
        // --hide-scrollbars, as Playwright and Puppeteer launch headless Chromium: with classic
        // scrollbars, headless Chromium 156 here presented a frame only about once a second while
        // a page loaded (frames between were dropped), so the observed first paint of a lesson
        // came at ~2.25 s though it was ready by ~0.4 s, and Lantern's speed index, estimated from
        // that filmstrip, read ~4.0 s (score 0.81) against 1.7 s with the flag; the home page's first
        // paint moved from 1.2 s to 0.25 s. A phone's overlay scrollbars take no part in painting.
        '--chrome-flags=--headless=new --hide-scrollbars --no-sandbox --disable-gpu',
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
