import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { YIELD_POINT, insertParserYieldPoints } from '../../src/lib/parserYieldPoints.ts';

/**
 * When `astro build` finishes, every built lesson page (<outDir>/lessons/<slug>/index.html) gets
 * parser yield points between its blocks (src/lib/parserYieldPoints.ts says why: the parser's
 * long tasks on the long lessons). Done on the built file, where the whole lesson body is one
 * article, rather than in the MDX pipeline, where a lesson is many components. `astro dev` serves
 * lessons without them (nothing there is measured).
 */
export default function parserYieldPoints(): AstroIntegration {
  return {
    name: 'descent-parser-yield-points',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const lessons = join(fileURLToPath(dir), 'lessons');
        if (!existsSync(lessons)) return;
        const counts: string[] = [];
        for (const slug of readdirSync(lessons)) {
          const file = join(lessons, slug, 'index.html');
          if (!existsSync(file)) continue;
          const html = readFileSync(file, 'utf8');
          const out = insertParserYieldPoints(html);
          if (out === html) continue;
          writeFileSync(file, out);
          counts.push(`${slug} ${out.split(YIELD_POINT).length - 1}`);
        }
        logger.info(`parser yield points: ${counts.join(', ') || 'none'}`);
      },
    },
  };
}
