import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import subsetFont from 'subset-font';

// KaTeX's faces carry every glyph TeX can ask of them: Latin, Greek and Cyrillic letters, accents,
// hundreds of operators and arrows. A lesson draws a few dozen of them, but a reader's phone
// downloaded the whole faces before the first formula could be drawn: the eight faces every math
// page preloads (src/layouts/katexFaces.ts) are 104 KB of woff2, more than the lesson's HTML, and
// on a slow connection they were most of the time to the largest paint (Lighthouse, issue 33).
// So the build ships each face cut down to the characters the course draws in KaTeX
// (KATEX_GLYPHS, src/styles/katexGlyphs.ts), and a build whose pages draw a character outside
// that set fails (katexGlyphCheck in scripts/build) rather than show it in a fallback font.

/** Where the cut-down faces are written, under the project root (served and bundled by Vite). */
export const KATEX_SUBSET_DIR = 'node_modules/.cache/descent-katex-fonts';

const KATEX_FONTS_DIR = 'node_modules/katex/dist/fonts';

/**
 * writeKatexSubsets(root, glyphs) → the directory holding every KaTeX woff2 face cut down to
 * `glyphs` (with HarfBuzz, through subset-font). The faces are written again only when the glyphs
 * or KaTeX's own files change (a stamp file records both), so a second build costs nothing.
 */
export async function writeKatexSubsets(root: string, glyphs: string): Promise<string> {
  const from = join(root, KATEX_FONTS_DIR);
  const to = join(root, KATEX_SUBSET_DIR);
  const faces = (await readdir(from)).filter((f) => f.endsWith('.woff2')).sort();
  const sources = await Promise.all(faces.map((f) => readFile(join(from, f))));
  const stamp = createHash('sha256').update(glyphs);
  sources.forEach((buf, k) => stamp.update(faces[k]).update(buf));
  const digest = stamp.digest('hex');
  const stampFile = join(to, 'stamp');
  if ((await readFile(stampFile, 'utf8').catch(() => '')) === digest) return to;
  await mkdir(to, { recursive: true });
  await Promise.all(
    faces.map(async (face, k) => {
      const cut = await subsetFont(sources[k], glyphs, { targetFormat: 'woff2' });
      await writeFile(join(to, face), cut);
    }),
  );
  await writeFile(stampFile, digest);
  return to;
}

/**
 * pointWoff2AtSubsets(css) → KaTeX's stylesheet with each face's woff2 source taken from the
 * cut-down faces (root-relative, so Vite bundles and hashes them like any asset). The woff and
 * ttf sources stay KaTeX's own: only a browser without woff2 reaches them. Throws when there is
 * no woff2 source to point (a KaTeX upgrade that moved its fonts must not ship the full faces
 * unnoticed).
 */
export function pointWoff2AtSubsets(css: string): string {
  let count = 0;
  const out = css.replace(/url\((["']?)fonts\/(KaTeX_[A-Za-z0-9-]+\.woff2)\1\)/g, (_, _q, file: string) => {
    count++;
    return `url(/${KATEX_SUBSET_DIR}/${file})`;
  });
  if (count === 0) throw new Error('katex.css names no woff2 font: update src/styles/katexFontSubset.ts');
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10),
      );
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * katexDrawnText(html) → the text of every formula's drawn part (`.katex-html`, the spans KaTeX
 * sets in its faces) in a page or fragment, decoded. The MathML copy beside it is for screen
 * readers and is not drawn in KaTeX's faces, so it is left out.
 */
export function katexDrawnText(html: string): string {
  let text = '';
  const opener = /<span\b[^>]*\bclass="katex-html"[^>]*>/g;
  for (let m = opener.exec(html); m; m = opener.exec(html)) {
    const token = /<(\/?)span\b[^>]*>|<[^>]*>|[^<]+/g;
    token.lastIndex = m.index + m[0].length;
    let depth = 1;
    while (depth > 0) {
      const t = token.exec(html);
      if (!t) break;
      if (t[0][0] !== '<') text += decodeEntities(t[0]);
      else if (/^<span\b/.test(t[0])) depth++;
      else if (/^<\/span/.test(t[0])) depth--;
    }
    opener.lastIndex = Math.max(opener.lastIndex, token.lastIndex);
  }
  return text;
}

/** Characters that need no glyph: line breaks and tabs between tags. */
const LAYOUT_WHITESPACE = /[\n\r\t]/;

/** glyphsOutside(text, glyphs) → the distinct characters of `text` that `glyphs` lacks, in order. */
export function glyphsOutside(text: string, glyphs: string): string[] {
  const have = new Set(glyphs);
  const missing = new Set<string>();
  for (const ch of text) if (!have.has(ch) && !LAYOUT_WHITESPACE.test(ch)) missing.add(ch);
  return [...missing];
}
