import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { JS_BEFORE_INTERACTION_KB } from '../scripts/bench/budgets.ts';
import {
  jsBeforeInteraction,
  staticImports,
  type ScriptCache,
} from '../scripts/bench/jsBeforeInteraction.ts';
import { expect, test } from './fixtures/site.ts';

// The size budget: JavaScript before interaction on every built page, against its page type's
// budget (scripts/bench/budgets.mjs). Read from the build, no browser: a check, not a benchmark.

const dist = resolve(process.cwd(), process.env.DESCENT_OUT_DIR ?? 'dist');

/** Every HTML page of the build, embeds included, as site paths ("/lessons/sgd/", "/404.html"). */
function allPages(dir = dist, prefix = '/'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory())
      return e.name === '_astro' || e.name === 'pagefind'
        ? []
        : allPages(join(dir, e.name), `${prefix}${e.name}/`);
    if (!e.name.endsWith('.html')) return [];
    return [e.name === 'index.html' ? prefix : `${prefix}${e.name}`];
  });
}

const pages = allPages();
const cache: ScriptCache = new Map();
const typeOf = (path: string) => JS_BEFORE_INTERACTION_KB.find((t) => t.match.test(path));

test('every built page has a JavaScript budget', () => {
  expect(pages.length).toBeGreaterThan(50);
  expect(pages.filter((p) => !typeOf(p))).toEqual([]);
  for (const t of JS_BEFORE_INTERACTION_KB)
    expect(
      pages.some((p) => typeOf(p) === t),
      `a built page of type "${t.type}"`,
    ).toBe(true);
});

for (const t of JS_BEFORE_INTERACTION_KB) {
  test(`JavaScript before interaction on ${t.type} pages is at most ${t.budget} KB (gzip)`, async () => {
    const own = pages.filter((p) => typeOf(p) === t);
    const sizes = await Promise.all(
      own.map(async (p) => ({ p, kb: (await jsBeforeInteraction(dist, p, cache)).bytes / 1024 })),
    );
    const heaviest = sizes.reduce((a, b) => (b.kb > a.kb ? b : a));
    console.log(
      `${t.type}: ${own.length} pages, heaviest ${heaviest.p} ${heaviest.kb.toFixed(1)} KB ≤ ${t.budget} KB`,
    );
    expect(sizes.filter((s) => s.kb > t.budget).map((s) => `${s.p} ${s.kb.toFixed(1)} KB`)).toEqual([]);
  });
}

// Build-time results written into a page as island props keep eight significant digits
// (components/widgets/kit/roundForIsland.ts): the digits beyond were most of the props' bytes.
test('island props on every built page carry numbers at eight significant digits at most', () => {
  const significant = (n: string) =>
    n.replace(/^-/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '').length;
  let fractional = 0;
  const over: string[] = [];
  for (const p of pages) {
    const file = p.endsWith('/') ? join(dist, p, 'index.html') : join(dist, p);
    const html = readFileSync(file, 'utf8');
    for (const [, props] of html.matchAll(/<astro-island[^>]*\sprops="([^"]*)"/g)) {
      for (const n of props!.match(/-?\d+\.\d+(e[+-]?\d+)?/gi) ?? []) {
        fractional++;
        if (significant(n) > 8) over.push(`${p}: ${n}`);
      }
    }
  }
  expect(fractional, 'numbers with a fraction in island props').toBeGreaterThan(1000);
  expect(over.slice(0, 10)).toEqual([]);
});

// Recharts, where a chart is studied (issue 32): only /reference/ draws Recharts charts with the
// page; elsewhere the run explorer loads it when a reader opens it (a dynamic import).
test('Recharts code is in the islands of /reference/ only', async () => {
  const astroDir = join(dist, '_astro');
  const recharts = readdirSync(astroDir)
    .filter((f) => f.endsWith('.js') && readFileSync(join(astroDir, f), 'utf8').includes('recharts-'))
    .map((f) => `/_astro/${f}`);
  expect(recharts.length, 'chunks holding Recharts').toBeGreaterThan(0);
  const withRecharts: string[] = [];
  for (const p of pages) {
    const file = p.endsWith('/') ? join(dist, p, 'index.html') : join(dist, p);
    const html = readFileSync(file, 'utf8');
    const entries = [...html.matchAll(/(?:component-url|renderer-url|src)="(\/_astro\/[^"]+\.js)"/g)].map(
      (m) => m[1]!,
    );
    const seen = new Set<string>();
    const queue = [...entries];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const source = readFileSync(join(dist, path), 'utf8');
      for (const s of await staticImports(source))
        queue.push(s.startsWith('/') ? s : posix.join(posix.dirname(path), s));
    }
    if (recharts.some((r) => seen.has(r))) withRecharts.push(p);
  }
  expect(withRecharts).toEqual(['/reference/']);
});
