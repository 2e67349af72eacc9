import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages } from './builtPages.ts';
import { YIELD_POINT, insertParserYieldPoints } from '../../src/lib/parserYieldPoints.ts';

/**
 * When `astro build` finishes, every built page with a lesson body or a `data-parser-yield` list (the
 * quick reference) gets parser yield points between its blocks (src/lib/parserYieldPoints.ts says why: the parser's
 * long tasks on the long lessons). Done on the built file, where the whole lesson body is one
 * article, rather than in the MDX pipeline, where a lesson is many components. `astro dev` serves
 * lessons without them (nothing there is measured).
 */
export default function parserYieldPoints(): AstroIntegration {
  return {
    name: 'descent-parser-yield-points',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const counts: string[] = [];
        for (const file of builtPages(root)) {
          const html = readFileSync(file, 'utf8');
          if (!html.includes('lesson-body') && !html.includes('data-parser-yield')) continue;
          const out = insertParserYieldPoints(html);
          if (out === html) continue;
          writeFileSync(file, out);
          counts.push(`${relative(root, dirname(file)) || '/'} ${out.split(YIELD_POINT).length - 1}`);
        }
        logger.info(`parser yield points: ${counts.join(', ') || 'none'}`);
      },
    },
  };
}
