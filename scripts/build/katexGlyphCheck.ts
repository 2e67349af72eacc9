import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages } from './builtPages.ts';
import { KATEX_GLYPHS } from '../../src/styles/katexGlyphs.ts';
import { glyphsOutside, katexDrawnText } from '../../src/styles/katexFontSubset.ts';

/**
 * When `astro build` finishes, every built page's formulas are read, and the build fails if one
 * draws a character the cut-down KaTeX faces lack (src/styles/katexFontSubset.ts): that character
 * would be drawn in a fallback font. The message names the characters and the pages, and the
 * command that adds them (scripts/build/katexGlyphs.ts).
 */
export default function katexGlyphCheck(): AstroIntegration {
  return {
    name: 'descent-katex-glyph-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const problems: string[] = [];
        let pages = 0;
        for (const file of builtPages(root)) {
          const missing = glyphsOutside(katexDrawnText(readFileSync(file, 'utf8')), KATEX_GLYPHS);
          pages++;
          if (missing.length)
            problems.push(
              `${relative(root, file)}: ${missing.map((ch) => `${ch} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}`,
            );
        }
        if (problems.length)
          throw new Error(
            `Formulas draw characters the cut-down KaTeX faces lack (they would show in a fallback font):\n${problems.join('\n')}\nAdd them with: npm run katex:glyphs (reads this build), then build again.`,
          );
        logger.info(
          `KaTeX glyphs: ${pages} pages draw only the ${[...KATEX_GLYPHS].length} characters of the cut-down faces`,
        );
      },
    },
  };
}
