// Builds one SCORM 1.2 package per lesson with problems, from the built problem-set embed pages:
// dist/instructors/scorm/<lesson>.zip holding imsmanifest.xml, index.html (the embed page with
// every path made relative), config.js (the package's settings: graded, no fixed seed), scorm.js
// (the LMS runtime, bundled from src/lib/scorm/scormRuntime.ts) and exactly the files the page
// loads: followed through the client build's chunk graph (scripts/scorm/chunkGraph.ts), taking of
// the lazily loaded problem modules only the lesson's own, and of the fonts only the woff2 files.
// Run by `npm run build` after `astro build`; fails loudly when an assumption stops holding.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { packageConfigScript } from '../src/lib/scorm/packageConfig.ts';
import { scormManifest } from '../src/lib/scorm/scormManifest.ts';
import { SUSPEND_DATA_LIMIT, worstCase } from '../src/lib/scorm/suspendData.ts';
import { siteUrl } from '../src/lib/siteUrl.ts';
import { CHUNK_GRAPH_FILE, type ChunkNode } from './scorm/chunkGraph.ts';
import { zip } from './scorm/zip.ts';

const root = process.cwd();
const dist = resolve(root, process.env.DESCENT_OUT_DIR ?? 'dist');
const SITE = siteUrl(process.env.DESCENT_SITE_URL);

function fail(message: string): never {
  throw new Error(`build-scorm: ${message}`);
}

const graphPath = join(dist, CHUNK_GRAPH_FILE);
if (!existsSync(graphPath))
  fail(`${graphPath} is missing: run \`astro build\` first (astro.config's chunkGraph plugin)`);
const graph = JSON.parse(readFileSync(graphPath, 'utf8')) as Record<string, ChunkNode>;

/** Problem chunks by lesson, from their source path content/problems/<lesson>/<id>.ts. */
const problemChunks = new Map<string, { lesson: string; id: string }>();
for (const [file, node] of Object.entries(graph)) {
  const m = /^content\/problems\/([a-z0-9-]+)\/([a-z0-9-]+)\.ts$/.exec(node.source ?? '');
  if (m) problemChunks.set(file, { lesson: m[1], id: m[2] });
}

/**
 * `@font-face` rules keep only their woff2 sources (every browser that runs the player reads
 * woff2; the woff and ttf fallbacks tripled the fonts' weight). Returns the CSS and how many rules
 * were rewritten; a rule without a woff2 source fails the build.
 */
function woff2Only(css: string, name: string): { css: string; rewritten: number } {
  let rewritten = 0;
  let out = '';
  let from = 0;
  for (const m of css.matchAll(/@font-face\s*\{/g)) {
    const open = m.index + m[0].length;
    const close = open + splitTopLevel(css.slice(open), /\}/)[0].length;
    const at = css.indexOf('src:', open);
    if (at < 0 || at > close) fail(`a @font-face rule in ${name} has no src`);
    // The value ends at the first ";" or "}" outside parentheses and quotes (a data: URL has ";").
    const end = at + 4 + splitTopLevel(css.slice(at + 4), /[;}]/)[0].length;
    const sources = splitTopLevel(css.slice(at + 4, end), /,/);
    const kept = sources.filter((x) => /format\(\s*["']woff2["']\s*\)\s*$/.test(x));
    if (kept.length === 0)
      fail(`a @font-face rule in ${name} has no woff2 source: ${css.slice(m.index, m.index + 120)}`);
    if (kept.length < sources.length) rewritten++;
    out += css.slice(from, at + 4) + kept.join(',');
    from = end;
  }
  return { css: out + css.slice(from), rewritten };
}

/** `text` split at the separators (`,`, or `;`/`}`) that stand outside parentheses and quotes. */
function splitTopLevel(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && separator.test(c)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

// Vite's preload helper prefixes the site root to "_astro/<file>" and resolves the result against
// its own URL (inside _astro/): in a package, "../" is the package root. The helper is one chunk;
// exactly one rewrite must happen there, or the build stops (a new Vite may have changed it).
const PRELOAD_BASE = /function\((\w)\)\{return`\/`\+\1\}/g;
function patchPreloadHelper(text: string, file: string): string {
  const count = [...text.matchAll(PRELOAD_BASE)].length;
  if (count !== 1)
    fail(`expected 1 site-root prefix in Vite's preload helper ${file}, found ${count}: update PRELOAD_BASE`);
  return text.replace(PRELOAD_BASE, 'function($1){return`../`+$1}');
}

/** The runtime, one self-contained script (the page's modules load after it). */
const runtime = buildSync({
  entryPoints: [join(root, 'src/lib/scorm/scormRuntime.ts')],
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2019',
  platform: 'browser',
  write: false,
  legalComments: 'none',
}).outputFiles[0].contents;

/** Every file under _astro/ the lesson's page needs, with its contents as packaged. */
function assets(html: string, lesson: string, ids: string[]): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const queue: string[] = [];
  const add = (name: string, from: string) => {
    if (files.has(name) || queue.includes(name)) return;
    if (!existsSync(join(dist, name))) fail(`${from} refers to ${name}, which is not in the build`);
    queue.push(name);
  };
  for (const m of html.matchAll(/\/(_astro\/[\w.-]+)/g)) add(m[1], 'the page');
  let preloadHelpers = 0;
  const included = new Set<string>();
  while (queue.length > 0) {
    const name = queue.shift()!;
    let data = readFileSync(join(dist, name));
    if (name.endsWith('.js')) {
      const node = graph[name] ?? fail(`${name} is not in the chunk graph`);
      const problem = problemChunks.get(name);
      if (problem) included.add(problem.id);
      for (const dep of [...node.imports, ...node.css, ...node.assets]) add(dep, name);
      for (const dep of node.dynamicImports) {
        const other = problemChunks.get(dep);
        if (!other || other.lesson === lesson) add(dep, name);
      }
      if (/preload-helper/.test(node.source ?? name)) {
        data = Buffer.from(patchPreloadHelper(data.toString('utf8'), name));
        preloadHelpers++;
      }
    } else if (name.endsWith('.css')) {
      const { css } = woff2Only(data.toString('utf8'), name);
      const text = css.replace(/url\(\/_astro\//g, 'url(./');
      for (const m of text.matchAll(/url\(["']?\.\/([\w.-]+)["']?\)/g)) add(`_astro/${m[1]}`, name);
      data = Buffer.from(text);
    }
    files.set(name, data);
  }
  if (preloadHelpers !== 1)
    fail(`expected Vite's preload helper once in the ${lesson} package, found ${preloadHelpers}`);
  const missing = ids.filter((id) => !included.has(id));
  if (missing.length > 0) fail(`the ${lesson} package lacks the chunks of ${missing.join(', ')}`);
  const foreign = [...included].filter((id) => !ids.includes(id));
  if (foreign.length > 0)
    fail(`the ${lesson} package would carry other lessons' problems: ${foreign.join(', ')}`);
  for (const name of files.keys())
    if (/\.(woff|ttf|eot|otf)$/.test(name))
      fail(`${name} in the ${lesson} package: only woff2 fonts are packaged`);
  return files;
}

const unescapeHtml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function packageFor(lesson: string) {
  const page = join(dist, 'embed/problems', lesson, 'index.html');
  const source = readFileSync(page, 'utf8');
  const ids = [...source.matchAll(/data-embed-problem="([a-z0-9-]+)"/g)].map((m) => m[1]);
  if (ids.length === 0) fail(`no problems on ${page}`);
  const bound = worstCase(ids);
  if (bound.length > SUSPEND_DATA_LIMIT)
    fail(
      `${lesson}: worst-case suspend data ${bound.length} > ${SUSPEND_DATA_LIMIT} characters (too many problems)`,
    );
  const title = unescapeHtml(/<title>([^<]*)<\/title>/.exec(source)?.[1] ?? lesson);
  const files = assets(source, lesson, ids);
  // Paths: site assets become relative to the package root; links out go to the public site.
  let html = source
    .replace(/(["'(])\/_astro\//g, '$1./_astro/')
    .replace(/href="\/favicon\.png"/g, 'href="./favicon.png"')
    .replace(/href="\/(?!\/)/g, `href="${SITE}`)
    .replace(/<link rel="alternate" type="application\/json\+oembed"[^>]*>/, '');
  if (!html.includes('</title>')) fail(`no <title> in ${page}`);
  html = html.replace(
    '</title>',
    '</title><script src="./config.js"></script><script src="./scorm.js"></script>',
  );
  const entries: { name: string; data: Buffer; store?: boolean }[] = [
    { name: 'index.html', data: Buffer.from(html) },
    {
      name: 'config.js',
      data: Buffer.from(packageConfigScript({ lesson, title, problems: ids, graded: true })),
      store: true,
    },
    { name: 'scorm.js', data: Buffer.from(runtime) },
    { name: 'favicon.png', data: readFileSync(join(dist, 'favicon.png')), store: true },
    ...[...files.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, data]) => ({ name, data })),
  ];
  const manifest = scormManifest({ lesson, title, files: entries.map((e) => e.name) });
  return { zip: zip([{ name: 'imsmanifest.xml', data: Buffer.from(manifest) }, ...entries]), bound };
}

const out = join(dist, 'instructors/scorm');
mkdirSync(out, { recursive: true });
const lessons = readdirSync(join(dist, 'embed/problems'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
for (const lesson of lessons) {
  const { zip: buf, bound } = packageFor(lesson);
  writeFileSync(join(out, `${lesson}.zip`), buf);
  console.log(
    `SCORM package instructors/scorm/${lesson}.zip: ${(buf.length / 1024).toFixed(0)} kB (worst-case suspend data ${bound.length} / ${SUSPEND_DATA_LIMIT})`,
  );
}
// The graph describes the build, not the site: it is not served.
rmSync(graphPath);
