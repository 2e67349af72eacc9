import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages } from './builtPages.ts';
import { glueInlineMath } from '../../src/lib/typeset/inlineMathGlueHtml.ts';
import { MATH_LEAD_CLASS, MATH_TAIL_CLASS } from '../../src/lib/typeset/inlineMathGlue.ts';

/**
 * When `astro build` finishes, every built page's inline formulas are glued to the text they touch
 * (src/lib/typeset/inlineMathGlue.ts says why). Done on the built file because a lesson's formulas
 * come from Markdown and from `math` components, and only the page sees both with their
 * neighbouring text. `astro dev` serves pages without it.
 */
export default function inlineMathGlue(): AstroIntegration {
  return {
    name: 'descent-inline-math-glue',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const counts: string[] = [];
        for (const file of builtPages(root)) {
          const html = readFileSync(file, 'utf8');
          const out = glueInlineMath(html);
          if (out === html) continue;
          writeFileSync(file, out);
          const glued =
            out.split(`class="${MATH_TAIL_CLASS}"`).length +
            out.split(`class="${MATH_LEAD_CLASS}"`).length -
            2;
          counts.push(`${relative(root, dirname(file)) || '/'} ${glued}`);
        }
        logger.info(`inline formulas glued to their text: ${counts.join(', ') || 'none'}`);
      },
    },
  };
}
