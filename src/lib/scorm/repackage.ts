import { packageConfigScript, readPackageConfigScript, type PackageConfig } from './packageConfig.ts';
import { scormManifest } from './scormManifest.ts';

/**
 * A copy of a built SCORM package with other settings (practice instead of graded, an
 * instructor's fixed seed), made in the instructor's browser: every entry is copied as it is
 * (compressed bytes untouched) except config.js and imsmanifest.xml, which are written anew.
 * Reads and writes plain ZIP (no zip64, no encryption), as scripts/scorm/zip.ts writes it.
 */

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (ISO 3309, as ZIP uses it). */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Entry {
  name: string;
  method: number;
  crc: number;
  size: number;
  packed: Uint8Array;
  time: number;
  date: number;
}

/** The entries of a ZIP file, from its central directory. Throws on anything else. */
export function readZipEntries(zip: Uint8Array): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) throw new Error('not a ZIP file');
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error('damaged ZIP central directory');
    const nameLen = view.getUint16(p + 28, true);
    const local = view.getUint32(p + 42, true);
    const packedSize = view.getUint32(p + 20, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({
      name: decoder.decode(zip.subarray(p + 46, p + 46 + nameLen)),
      method: view.getUint16(p + 10, true),
      time: view.getUint16(p + 12, true),
      date: view.getUint16(p + 14, true),
      crc: view.getUint32(p + 16, true),
      size: view.getUint32(p + 24, true),
      packed: zip.subarray(start, start + packedSize),
    });
    p += 46 + nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

function writeZip(entries: Entry[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = encoder.encode(e.name);
    const local = new DataView(new ArrayBuffer(30));
    const head = new DataView(new ArrayBuffer(46));
    for (const [view, base] of [
      [local, 4],
      [head, 6],
    ] as const) {
      view.setUint16(base, 20, true); // version needed
      view.setUint16(base + 2, 0x0800, true); // UTF-8 names
      view.setUint16(base + 4, e.method, true);
      view.setUint16(base + 6, e.time, true);
      view.setUint16(base + 8, e.date, true);
      view.setUint32(base + 10, e.crc, true);
      view.setUint32(base + 14, e.packed.length, true);
      view.setUint32(base + 18, e.size, true);
      view.setUint16(base + 22, name.length, true);
    }
    local.setUint32(0, 0x04034b50, true);
    head.setUint32(0, 0x02014b50, true);
    head.setUint16(4, 20, true); // version made by
    head.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), name, e.packed);
    central.push(new Uint8Array(head.buffer), name);
    offset += 30 + name.length + e.packed.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of all) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

/** The title a copy is known by in the LMS: the lesson's, plus what differs from the default. */
export function packageTitle(base: string, c: Pick<PackageConfig, 'graded' | 'seed'>): string {
  const notes = [c.graded ? '' : 'practice', c.seed === undefined ? '' : `seed ${c.seed}`].filter(Boolean);
  return notes.length ? `${base} (${notes.join(', ')})` : base;
}

/**
 * repackage(zip, { graded, seed }) → the package with these settings in config.js and a manifest
 * title that says them. The build stores config.js uncompressed, so it is read here as is.
 */
export function repackage(zip: Uint8Array, settings: Pick<PackageConfig, 'graded' | 'seed'>): Uint8Array {
  const entries = readZipEntries(zip);
  const names = entries.map((e) => e.name);
  for (const needed of ['imsmanifest.xml', 'config.js', 'index.html'])
    if (!names.includes(needed)) throw new Error(`not a Descent package: ${needed} is missing`);
  const current = entries.find((e) => e.name === 'config.js')!;
  const base =
    current.method === 0 ? readPackageConfigScript(new TextDecoder().decode(current.packed)) : undefined;
  if (!base) throw new Error('not a Descent package: its config.js cannot be read');
  const config: PackageConfig = {
    lesson: base.lesson,
    title: base.title,
    problems: base.problems,
    graded: settings.graded,
  };
  if (settings.seed !== undefined) config.seed = settings.seed;
  const encoder = new TextEncoder();
  const stored = (name: string, text: string, like: Entry): Entry => {
    const data = encoder.encode(text);
    return { ...like, name, method: 0, crc: crc32(data), size: data.length, packed: data };
  };
  return writeZip(
    entries.map((e) =>
      e.name === 'config.js'
        ? stored(e.name, packageConfigScript(config), e)
        : e.name === 'imsmanifest.xml'
          ? stored(
              e.name,
              scormManifest({
                lesson: config.lesson,
                title: packageTitle(config.title, config),
                files: names,
              }),
              e,
            )
          : e,
    ),
  );
}
