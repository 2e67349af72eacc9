import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipBytes, jsBeforeInteraction, pageEntries } from './jsBeforeInteraction.ts';

/** A tiny build: files by site path. */
function build(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'js-before-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

const island = (client: string, component: string) =>
  `<astro-island client="${client}" component-url="${component}" renderer-url="/_astro/client.js"></astro-island>`;

describe('jsBeforeInteraction(distDir, pagePath)', () => {
  const files = {
    '/lessons/a/index.html': `<!doctype html><html><head>
      <script type="module" src="/_astro/page.js"></script>
      <script>var notAModule = 1;</script>
      <script type="module">import '/_astro/inline-dep.js';</script></head><body>
      ${island('load', '/_astro/Eager.js')}${island('visible', '/_astro/Lazy.js')}</body></html>`,
    '/_astro/page.js': `import{a}from"./shared.js";export*from"./reexported.js";const later=()=>import("./dynamic.js");a(later);`,
    '/_astro/shared.js': 'export const a = (f) => f;',
    '/_astro/reexported.js': 'export const r = 1;',
    '/_astro/dynamic.js': 'export default 1;',
    '/_astro/inline-dep.js': 'import "./shared.js"; console.log(1);',
    '/_astro/Eager.js': 'import{a}from"./shared.js";export default a;',
    '/_astro/client.js': 'export default () => {};',
    '/_astro/Lazy.js': 'export default 2;',
    '/static/index.html': '<p>no scripts</p>',
    '/broken/index.html': '<script type="module" src="/_astro/missing.js"></script>',
  };
  const dist = build(files);

  it('counts module scripts, inline modules, eager islands and their static imports, each file once', async () => {
    const r = await jsBeforeInteraction(dist, '/lessons/a/');
    expect(r.files.sort()).toEqual(
      [
        '/_astro/page.js',
        '/_astro/shared.js',
        '/_astro/reexported.js',
        '/_astro/inline-dep.js',
        '/_astro/Eager.js',
        '/_astro/client.js',
      ].sort(),
    );
    const expected = r.files.reduce((s, f) => s + gzipBytes(Buffer.from(files[f as keyof typeof files])), 0);
    expect(r.bytes).toBe(expected);
  });
  it('leaves out dynamic import() and islands that hydrate when visible', async () => {
    const r = await jsBeforeInteraction(dist, '/lessons/a/');
    expect(r.files).not.toContain('/_astro/dynamic.js');
    expect(r.files).not.toContain('/_astro/Lazy.js');
  });
  it('is 0 for a page without scripts', async () => {
    expect(await jsBeforeInteraction(dist, '/static/')).toEqual({ files: [], bytes: 0 });
  });
  it('throws naming a script the build does not have', async () => {
    await expect(jsBeforeInteraction(dist, '/broken/')).rejects.toThrow('/_astro/missing.js is not in the build');
  });
  it('pageEntries reads client:idle and client:only islands as eager too', () => {
    const { urls } = pageEntries(island('idle', '/i.js') + island('only', '/o.js') + island('media', '/m.js'));
    expect(urls).toEqual(['/i.js', '/_astro/client.js', '/o.js', '/_astro/client.js']);
  });
});
