import type { Plugin } from 'vite';
import { pointWoff2AtSubsets } from './katexFontSubset.ts';

// KaTeX's stylesheet declares its faces with font-display: block: text set in a KaTeX font that has
// not arrived is laid out, invisibly, in a fallback font and laid out again when it does, so inline
// math changes width and the lines around it move (layout shift). With optional, a face that is not
// ready for the first rendering is never swapped in. An override stylesheet repeating the faces is
// not enough: two faces with the same descriptors both stay in the font set, and Chrome falls back
// from the optional one (given up on) to the block one, which swaps in whenever it loads: with the
// fonts held back 2.5 s the Adam stepper still moved by 6 px when they came. So the faces are
// rewritten where they are declared, and each KaTeX face exists once. The layouts preload the faces
// math pages use (KatexFontPreload.astro) so that they are ready for the first rendering. The
// size faces (delimiters, big operators) keep block: their fallback is a wrong glyph, not a
// slightly different one (see NEVER_FALL_BACK).

const KATEX_CSS = /[\\/]katex[\\/]dist[\\/]katex(\.min)?\.css$/;

/**
 * The faces that hold only delimiters and big operators (KaTeX_Size1–4): a fallback glyph there is
 * not a slightly different letter but a wrong one — text-sized parentheses around a matrix, a
 * small Σ — so they keep `block` (drawn once they arrive; preloaded, they are there for the first
 * rendering anyway). Every other face is optional.
 */
const NEVER_FALL_BACK = /font-family\s*:\s*["']?KaTeX_Size\d/;

/**
 * Rewrites every `font-display` in KaTeX's stylesheet to `optional`, or `block` for the size faces
 * (NEVER_FALL_BACK); throws when there is none.
 */
export function withOptionalFontDisplay(css: string): string {
  let faces = 0;
  const out = css.replace(/@font-face\s*\{[^}]*\}/g, (face) => {
    faces++;
    if (!/font-display\s*:/.test(face))
      throw new Error(`KaTeX @font-face without font-display: ${face.slice(0, 80)}`);
    const display = NEVER_FALL_BACK.test(face) ? 'block' : 'optional';
    return face.replace(/font-display\s*:\s*[a-z]+/, `font-display:${display}`);
  });
  // A KaTeX upgrade that moved its faces elsewhere must fail the build, not bring block back.
  if (faces === 0) throw new Error('katex.css declares no @font-face: update src/styles/katexFontDisplay.ts');
  return out;
}

export function katexOptionalFonts(): Plugin {
  return {
    name: 'descent:katex-optional-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!KATEX_CSS.test(id.split('?')[0])) return null;
      // The woff2 faces are the cut-down ones (katexFontSubset.ts), written before the build starts.
      return { code: pointWoff2AtSubsets(withOptionalFontDisplay(code)), map: null };
    },
  };
}

// KaTeX's own font files, and the cut-down woff2 faces the stylesheet points to (katexFontSubset.ts).
const KATEX_FONT_FILE =
  /[\\/](?:katex[\\/]dist[\\/]fonts|descent-katex-fonts)[\\/]KaTeX_[^\\/]+\.(woff2?|ttf)$/;

/**
 * Vite's `build.assetsInlineLimit`: never inline a KaTeX font as a data: URL (Vite's default
 * inlines files under 4 KB, which was KaTeX_Size3, the face of a two-row matrix's parentheses).
 * An inlined face cannot be preloaded, and Chrome decodes it only when a formula first uses it:
 * a formula typeset after the first paint (a problem statement) was laid out with the fallback
 * parenthesis and moved 8 px when the face arrived (a layout shift of 0.04 on the capstone
 * problem set). As a file it is preloaded with the other faces (KatexFontPreload.astro) and is in
 * the memory cache, ready, when the formula needs it. Every other asset keeps Vite's rule.
 */
export function keepKatexFontsAsFiles(filePath: string): false | undefined {
  return KATEX_FONT_FILE.test(filePath) ? false : undefined;
}
