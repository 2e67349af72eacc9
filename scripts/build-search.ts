// `npm run build` step: the Pagefind search index over the built site (dist/, or DESCENT_OUT_DIR),
// built with Pagefind's Node API from each page as searchableHtml() rewrites it for indexing:
// formulas read as words, blocks kept apart (src/lib/search/searchableHtml.ts). The served pages
// are not changed. Pages opt in with data-pagefind-body (lessons, problems, reference,
// instructors); widget and player chrome carry data-pagefind-ignore.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { searchableHtml } from '../src/lib/search/searchableHtml.ts';

const site = resolve(process.env.DESCENT_OUT_DIR ?? 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory())
      return e.name === 'pagefind' || e.name === '_astro' ? [] : htmlFiles(join(dir, e.name));
    return e.name.endsWith('.html') ? [join(dir, e.name)] : [];
  });
}

const { index, errors } = await pagefind.createIndex({
  excludeSelectors: ['.lesson-toc', '.lesson-pager'],
});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
let pages = 0;
for (const file of htmlFiles(site)) {
  const html = readFileSync(file, 'utf8');
  if (!html.includes('data-pagefind-body')) continue;
  const added = await index.addHTMLFile({
    url: `/${relative(site, file)
      .replace(/\\/g, '/')
      .replace(/index\.html$/, '')}`,
    content: searchableHtml(html),
  });
  if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
  pages++;
}
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length)
  throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`Search index: ${pages} pages in ${relative(process.cwd(), written.outputPath)}`);
