import { readFileSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { keepKatexFontsAsFiles, withOptionalFontDisplay } from './katexFontDisplay';

const katexCss = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8');
const faces = (css: string) => css.match(/@font-face\s*\{[^}]*\}/g) ?? [];

describe('withOptionalFontDisplay', () => {
  it('makes every face of the installed KaTeX optional but the size faces (block), and leaves the rest alone', () => {
    const before = faces(katexCss);
    const out = withOptionalFontDisplay(katexCss);
    const after = faces(out);
    expect(before.length).toBeGreaterThan(15);
    expect(after).toHaveLength(before.length);
    for (const face of after)
      expect(face).toMatch(/KaTeX_Size\d/.test(face) ? /font-display:block/ : /font-display:optional/);
    expect(after.filter((f) => /font-display:block/.test(f))).toHaveLength(4);
    expect(out).not.toMatch(/font-display\s*:\s*(swap|fallback|auto)/);
    const rest = (css: string) => css.replace(/@font-face\s*\{[^}]*\}/g, '');
    expect(rest(out)).toBe(rest(katexCss));
  });

  it('declares each family, style and weight once, so no second face can swap in late', () => {
    const keys = faces(withOptionalFontDisplay(katexCss)).map((face) =>
      ['font-family', 'font-style', 'font-weight']
        .map((p) => face.match(new RegExp(`${p}\\s*:\\s*([^;}]+)`))?.[1].trim())
        .join('|'),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('refuses a stylesheet without faces or a face without font-display', () => {
    expect(() => withOptionalFontDisplay('.katex{font-size:1.21em}')).toThrow(/no @font-face/);
    expect(() => withOptionalFontDisplay('@font-face{font-family:KaTeX_Main;src:url(a.woff2)}')).toThrow(
      /without font-display/,
    );
  });
});

describe('keepKatexFontsAsFiles', () => {
  it("keeps every face of the installed KaTeX a file, the smallest included, and leaves other assets to Vite's rule", () => {
    const fontsDir = dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css')) + '/fonts';
    const files = readdirSync(fontsDir);
    expect(files.some((f) => f.startsWith('KaTeX_Size3') && f.endsWith('.woff2'))).toBe(true);
    for (const f of files) expect(keepKatexFontsAsFiles(`${fontsDir}/${f}`)).toBe(false);
    expect(keepKatexFontsAsFiles('/repo/public/icon.png')).toBeUndefined();
    expect(keepKatexFontsAsFiles('/repo/node_modules/other/fonts/Inter.woff2')).toBeUndefined();
  });
});
