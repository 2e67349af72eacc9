import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** builtPages(dir) → every built HTML page under `dir` (not the bundler's assets or the search index). */
export function builtPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === '_astro' || e.name === 'pagefind' ? [] : builtPages(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}
