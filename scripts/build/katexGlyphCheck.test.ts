import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import katex from 'katex';
import { afterEach, describe, expect, it } from 'vitest';
import katexGlyphCheck from './katexGlyphCheck.ts';

const logger = { info: () => {}, warn: () => {}, error: () => {} };

async function builtSite(pages: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'glyph-check-'));
  for (const [path, body] of Object.entries(pages)) {
    await mkdir(join(dir, path), { recursive: true });
    await writeFile(join(dir, path, 'index.html'), `<!doctype html><html><body>${body}</body></html>`);
  }
  return dir;
}

async function check(dir: string) {
  const hook = katexGlyphCheck().hooks['astro:build:done'] as unknown as (o: object) => void;
  hook({ dir: pathToFileURL(dir + '/'), logger });
}

describe('katexGlyphCheck', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('passes a site whose formulas draw only characters of the set', async () => {
    dir = await builtSite({
      'lessons/a': katex.renderToString(String.raw`\theta_t = \theta_{t-1} - \eta \nabla f`),
    });
    await expect(check(dir)).resolves.toBeUndefined();
  });

  it('fails naming each missing character and its page, and says how to add them', async () => {
    dir = await builtSite({
      'lessons/a': katex.renderToString(String.raw`\aleph_0`),
      'lessons/b': `<p>ℵ in prose is not a formula</p>${katex.renderToString('x')}`,
    });
    const error = await check(dir).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).toMatch(/lessons\/a\/index\.html: ℵ \(U\+2135\)/);
    expect(error).not.toMatch(/lessons\/b/);
    expect(error).toMatch(/npm run katex:glyphs/);
  });
});
