import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import digitsAsset from './digitsIntegration.ts';

type Hook = (options: unknown) => void;

describe('digitsAsset() Astro integration', () => {
  const bytes = Uint8Array.from([68, 71, 84, 83, 1, 2, 3]);
  let builds = 0;
  const integration = digitsAsset(() => {
    builds++;
    return bytes;
  });
  const hook = (name: string) => (integration.hooks as Record<string, Hook>)[name];

  it('writes <outDir>/data/digits.bin when the build is done', () => {
    const dir = mkdtempSync(join(tmpdir(), 'digits-'));
    hook('astro:build:done')({ dir: pathToFileURL(`${dir}/`), logger: { info: () => {} } });
    expect(Array.from(readFileSync(join(dir, 'data/digits.bin')))).toEqual(Array.from(bytes));
  });

  it('serves the same bytes at <base>data/digits.bin in dev, and nothing else', () => {
    hook('astro:config:done')({ config: { base: '/course' } });
    let handler: (req: { url?: string }, res: unknown, next: () => void) => void = () => {};
    hook('astro:server:setup')({ server: { middlewares: { use: (h: typeof handler) => (handler = h) } } });
    const sent: unknown[] = [];
    const res = {
      setHeader: (k: string, v: string) => sent.push([k, v]),
      end: (b: Uint8Array) => sent.push(b),
    };
    let passed = 0;
    handler({ url: '/course/data/digits.bin?v=1' }, res, () => passed++);
    expect(sent).toEqual([['Content-Type', 'application/octet-stream'], bytes]);
    handler({ url: '/course/lessons/' }, res, () => passed++);
    expect(passed).toBe(1);
    expect(builds).toBe(1); // built once, reused
  });
});
