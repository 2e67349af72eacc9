import type { Plugin } from 'vite';

// KaTeX's stylesheet declares its faces with font-display: block: text set in a KaTeX font that has
// not arrived is laid out, invisibly, in a fallback font and laid out again when it does, so inline
// math changes width and the lines around it move (layout shift). With optional, a face that is not
// ready for the first rendering is never swapped in. An override stylesheet repeating the faces is
// not enough: two faces with the same descriptors both stay in the font set, and Chrome falls back
// from the optional one (given up on) to the block one, which swaps in whenever it loads: with the
// fonts held back 2.5 s the Adam stepper still moved by 6 px when they came. So the faces are
// rewritten where they are declared, and each KaTeX face exists once. The layouts preload the faces
// math pages use (KatexFontPreload.astro) so that they are ready for the first rendering.

const KATEX_CSS = /[\\/]katex[\\/]dist[\\/]katex(\.min)?\.css$/;

/** Rewrites every `font-display` in KaTeX's stylesheet to `optional`; throws when there is none. */
export function withOptionalFontDisplay(css: string): string {
  let faces = 0;
  const out = css.replace(/@font-face\s*\{[^}]*\}/g, (face) => {
    faces++;
    if (!/font-display\s*:/.test(face))
      throw new Error(`KaTeX @font-face without font-display: ${face.slice(0, 80)}`);
    return face.replace(/font-display\s*:\s*[a-z]+/, 'font-display:optional');
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
      return { code: withOptionalFontDisplay(code), map: null };
    },
  };
}
