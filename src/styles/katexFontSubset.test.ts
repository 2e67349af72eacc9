import { copyFile, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import katex from 'katex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  KATEX_SUBSET_DIR,
  glyphsOutside,
  katexDrawnText,
  pointWoff2AtSubsets,
  writeKatexSubsets,
} from './katexFontSubset.ts';
import { KATEX_GLYPHS } from './katexGlyphs.ts';

const render = (tex: string, displayMode = false) =>
  katex.renderToString(tex, { displayMode, throwOnError: true });

async function codePoints(woff2: Uint8Array): Promise<Set<number>> {
  const face = new Face(new Blob(await fontverter.convert(woff2, 'truetype')));
  return new Set(face.collectUnicodes());
}

describe('katexDrawnText', () => {
  it('reads what a formula draws, not its MathML or TeX source', () => {
    // \mathbb{R} is the letter R drawn in KaTeX_AMS, whose R is the double-struck one.
    const text = katexDrawnText(render(String.raw`\mathbb{R}^d \le \eta`));
    expect(text).toBe('Rd≤η');
    expect(text).not.toContain('mathbb');
    expect(text).not.toContain('\\');
  });

  it('reads every formula of a page, inline and displayed, and only those', () => {
    const page = `<p>Prose ℵ with ${render('x < y')} and</p><div>${render(String.raw`\sum_i \theta_i`, true)}</div><p>more ∮ prose</p>`;
    const text = katexDrawnText(page);
    for (const ch of ['x', '<', 'y', '∑', 'i', 'θ']) expect(text).toContain(ch);
    expect(text).not.toContain('ℵ');
    expect(text).not.toContain('∮');
    expect(text).not.toContain('Prose');
  });

  it('decodes entities and gives nothing for a page without formulas', () => {
    expect(
      katexDrawnText(
        '<span class="katex-html" aria-hidden="true"><span>&lt;&#x2211;&#8730;&amp;</span></span>',
      ),
    ).toBe('<∑√&');
    expect(katexDrawnText('<p>No math here &lt;</p>')).toBe('');
  });
});

describe('glyphsOutside', () => {
  it('lists the distinct missing characters in order, ignoring line breaks', () => {
    expect(glyphsOutside('aβγβ\nα\t', 'aα')).toEqual(['β', 'γ']);
    expect(glyphsOutside('', '')).toEqual([]);
  });

  it('the committed set covers what every formula the safety margin names draws', () => {
    expect(
      glyphsOutside(
        katexDrawnText(render(String.raw`\nabla f(\theta) \cdot \mathbb{E}[g] \approx 0`)),
        KATEX_GLYPHS,
      ),
    ).toEqual([]);
  });
});

describe('pointWoff2AtSubsets', () => {
  const css =
    '@font-face{font-family:KaTeX_AMS;src:url(fonts/KaTeX_AMS-Regular.woff2) format("woff2"),url(fonts/KaTeX_AMS-Regular.woff) format("woff"),url(fonts/KaTeX_AMS-Regular.ttf) format("truetype")}';

  it('points the woff2 source at the cut-down face and leaves the others', () => {
    const out = pointWoff2AtSubsets(css);
    expect(out).toContain(`url(/${KATEX_SUBSET_DIR}/KaTeX_AMS-Regular.woff2) format("woff2")`);
    expect(out).toContain('url(fonts/KaTeX_AMS-Regular.woff) format("woff")');
    expect(out).toContain('url(fonts/KaTeX_AMS-Regular.ttf) format("truetype")');
  });

  it('points every face of the real stylesheet', async () => {
    const real = await readFile(join(process.cwd(), 'node_modules/katex/dist/katex.min.css'), 'utf8');
    const out = pointWoff2AtSubsets(real);
    expect(out).not.toMatch(/url\(fonts\/[^)]*\.woff2\)/);
    expect(out.match(/descent-katex-fonts\/KaTeX_/g)?.length).toBe(real.match(/\.woff2\)/g)?.length);
  });

  it('fails when the stylesheet names no woff2 font', () => {
    expect(() => pointWoff2AtSubsets('@font-face{src:url(x.woff)}')).toThrow(/no woff2/);
  });
});

describe('writeKatexSubsets', () => {
  let root: string;
  const faces = ['KaTeX_AMS-Regular.woff2', 'KaTeX_Main-Regular.woff2'];
  const katexFonts = join(process.cwd(), 'node_modules/katex/dist/fonts');

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'katex-subset-'));
    await mkdir(join(root, 'node_modules/katex/dist/fonts'), { recursive: true });
    for (const f of faces)
      await copyFile(join(katexFonts, f), join(root, 'node_modules/katex/dist/fonts', f));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('keeps exactly the glyphs asked for that each face has, in a smaller file', async () => {
    const glyphs = 'abcR≤η∑';
    const dir = await writeKatexSubsets(root, glyphs);
    const asked = new Set([...glyphs].map((c) => c.codePointAt(0)!));
    for (const f of faces) {
      const full = await readFile(join(katexFonts, f));
      const cut = await readFile(join(dir, f));
      expect(cut.length).toBeLessThan(full.length / 2);
      const had = await codePoints(full);
      const kept = await codePoints(cut);
      expect(
        [...had].filter((c) => asked.has(c) && !kept.has(c)),
        f,
      ).toEqual([]);
      // HarfBuzz may keep a glyph's relatives (≥ with ≤), but not the face.
      expect(kept.size, f).toBeLessThan(had.size / 4);
    }
    // AMS has the double-struck R (\mathbb{R}, at the code point of R) and Main has ≤.
    expect(await codePoints(await readFile(join(dir, 'KaTeX_AMS-Regular.woff2')))).toContain(0x52);
    expect(await codePoints(await readFile(join(dir, 'KaTeX_Main-Regular.woff2')))).toContain(0x2264);
  });

  it('writes again only when the glyphs change', async () => {
    const dir = await writeKatexSubsets(root, 'xyz');
    const file = join(dir, 'KaTeX_Main-Regular.woff2');
    const first = (await stat(file)).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    await writeKatexSubsets(root, 'xyz');
    expect((await stat(file)).mtimeMs).toBe(first);
    await writeKatexSubsets(root, 'xyzw');
    expect(await codePoints(await readFile(file))).toContain('w'.codePointAt(0)!);
  });
});

describe('the faces the build ships', () => {
  it('have every glyph of KATEX_GLYPHS that KaTeX’s own faces have', async () => {
    const dir = join(process.cwd(), KATEX_SUBSET_DIR);
    const katexFonts = join(process.cwd(), 'node_modules/katex/dist/fonts');
    const wanted = new Set([...KATEX_GLYPHS].map((c) => c.codePointAt(0)!));
    await writeKatexSubsets(process.cwd(), KATEX_GLYPHS);
    for (const f of [
      'KaTeX_Main-Regular.woff2',
      'KaTeX_Math-Italic.woff2',
      'KaTeX_AMS-Regular.woff2',
      'KaTeX_Size4-Regular.woff2',
    ]) {
      const had = await codePoints(await readFile(join(katexFonts, f)));
      const kept = await codePoints(await readFile(join(dir, f)));
      const lost = [...had].filter((c) => wanted.has(c) && !kept.has(c));
      expect(lost, f).toEqual([]);
    }
  });
});
