import { crc32 as zlibCrc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zip } from '../../../scripts/scorm/zip.ts';
import { packageConfigScript, readPackageConfigScript } from './packageConfig.ts';
import { crc32, packageTitle, readZipEntries, repackage } from './repackage.ts';
import { scormManifest } from './scormManifest.ts';

const base = { lesson: 'sgd', title: 'SGD: practice problems', problems: ['a-b', 'c-d'], graded: true };

function built() {
  const files = [
    { name: 'index.html', data: Buffer.from('<!doctype html><title>x</title>'.repeat(50)) },
    { name: 'config.js', data: Buffer.from(packageConfigScript(base)), store: true },
    { name: '_astro/app.js', data: Buffer.from('console.log(1);'.repeat(200)) },
  ];
  const manifest = scormManifest({ lesson: 'sgd', title: base.title, files: files.map((f) => f.name) });
  return new Uint8Array(zip([{ name: 'imsmanifest.xml', data: Buffer.from(manifest) }, ...files]));
}

/** Unzips with Node's zlib and checks every CRC: an independent reader. */
function unzipChecked(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readZipEntries(bytes)) {
    const data = e.method === 8 ? inflateRawSync(e.packed) : Buffer.from(e.packed);
    expect(data.length, e.name).toBe(e.size);
    expect(zlibCrc32(data) >>> 0, e.name).toBe(e.crc);
    out.set(e.name, data.toString('utf8'));
  }
  return out;
}

describe('repackage(zip, settings)', () => {
  it('crc32 agrees with zlib', () => {
    for (const s of ['', 'a', 'The quick brown fox', '😀'.repeat(100)])
      expect(crc32(new TextEncoder().encode(s))).toBe(zlibCrc32(Buffer.from(s)) >>> 0);
  });
  it('writes a practice, fixed-seed copy: new config and manifest title, every other file unchanged', () => {
    const original = built();
    const before = unzipChecked(original);
    const copy = repackage(original, { graded: false, seed: 42 });
    const after = unzipChecked(copy);
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect(readPackageConfigScript(after.get('config.js')!)).toEqual({ ...base, graded: false, seed: 42 });
    expect(after.get('imsmanifest.xml')).toContain(
      '<title>SGD: practice problems (practice, seed 42)</title>',
    );
    for (const name of ['index.html', '_astro/app.js']) expect(after.get(name)).toBe(before.get(name));
    // A copy of a copy starts from the package's own settings, not from the previous title.
    const again = unzipChecked(repackage(copy, { graded: true }));
    expect(readPackageConfigScript(again.get('config.js')!)).toEqual(base);
    expect(again.get('imsmanifest.xml')).toContain(`<title>${base.title}</title>`);
  });
  it('refuses what is not a Descent package', () => {
    expect(() => repackage(new Uint8Array(100), { graded: true })).toThrow(/not a ZIP/);
    const other = new Uint8Array(zip([{ name: 'x.txt', data: Buffer.from('x') }]));
    expect(() => repackage(other, { graded: true })).toThrow(/not a Descent package/);
  });
  it('packageTitle says what differs from the default', () => {
    expect(packageTitle('T', { graded: true })).toBe('T');
    expect(packageTitle('T', { graded: true, seed: 0 })).toBe('T (seed 0)');
    expect(packageTitle('T', { graded: false })).toBe('T (practice)');
  });
});
