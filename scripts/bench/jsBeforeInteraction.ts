// JavaScript a built page loads before the reader does anything, read from the built files: the
// page's module scripts, the islands that hydrate without waiting for the reader (client:load,
// client:idle, client:only) and everything those import statically. Islands that hydrate when
// scrolled into view (client:visible, client:media) and dynamic import() load later and are not
// counted. Bytes are counted as `npm run bench:site` counts what it serves: gzip at level 9, each
// distinct file once (`gzip`, which its server uses too). The bench measures in a browser
// at 1280 × 800, so above-the-fold client:visible islands add to its figure; this one is the
// floor every reader pays, and fast enough for `npm test` (tests/size-budget.spec.ts).
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse as parseModule } from 'es-module-lexer';
import { parse as parseHtml } from 'parse5';

/** `body` gzipped at level 9, as `npm run bench:site` serves it (and weighs its scripts). */
export function gzip(body: Uint8Array): Buffer {
  return gzipSync(body, { level: 9 });
}

/** The weight of a script: its gzip (level 9) bytes. */
export function gzipBytes(body: Uint8Array): number {
  return gzip(body).length;
}

/** Hydration directives that load an island's code with the page, not on a reader's scroll. */
const EAGER = new Set(['load', 'idle', 'only']);

interface HtmlNode {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  value?: string;
}

const attr = (n: HtmlNode, name: string) => n.attrs?.find((a) => a.name === name)?.value;

/** The entry points of a page: module script URLs, and inline module scripts' source. */
export function pageEntries(html: string): { urls: string[]; inline: string[] } {
  const urls: string[] = [];
  const inline: string[] = [];
  const walk = (n: HtmlNode) => {
    if (n.nodeName === 'script' && attr(n, 'type') === 'module') {
      const src = attr(n, 'src');
      if (src) urls.push(src);
      else inline.push((n.childNodes ?? []).map((c) => c.value ?? '').join(''));
    }
    if (n.nodeName === 'astro-island' && EAGER.has(attr(n, 'client') ?? '')) {
      for (const a of ['component-url', 'renderer-url', 'before-hydration-url']) {
        const url = attr(n, a);
        if (url) urls.push(url);
      }
    }
    for (const c of n.childNodes ?? []) walk(c);
    if (n.content) walk(n.content);
  };
  walk(parseHtml(html) as unknown as HtmlNode);
  return { urls, inline };
}

/** Specifiers a module imports statically (`import … from`, `import '…'`, `export … from`). */
export async function staticImports(source: string): Promise<string[]> {
  await init;
  const [imports] = parseModule(source);
  // d === -1: a static import or re-export; dynamic import() (d ≥ 0) and import.meta (d = −2) load later or nothing.
  return imports.filter((i) => i.d === -1 && i.n !== undefined).map((i) => i.n!);
}

export interface PageScripts {
  /** Site paths of the scripts, each once, in the order found. */
  files: string[];
  /** Their gzip bytes (level 9), summed. */
  bytes: number;
}

/** What one built script weighs and imports; pass one Map to several calls to read each file once. */
export type ScriptCache = Map<string, { bytes: number; imports: string[] }>;

/**
 * jsBeforeInteraction(distDir, pagePath) → the scripts `/lessons/sgd/` (say) loads before any
 * interaction and their gzip weight. Throws, naming the file, when a script or import it names
 * is not in the build (a budget over files that do not exist would pass for the wrong reason).
 */
export async function jsBeforeInteraction(
  distDir: string,
  pagePath: string,
  cache: ScriptCache = new Map(),
): Promise<PageScripts> {
  const htmlFile = join(distDir, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);
  const { urls, inline } = pageEntries(readFileSync(htmlFile, 'utf8'));
  const seen = new Set<string>();
  let bytes = 0;
  const queue: string[] = [];
  const enqueue = (specifier: string, base: string) => {
    if (/^[a-z]+:/i.test(specifier)) throw new Error(`${pagePath}: external script ${specifier}`);
    const path = specifier.startsWith('/') ? specifier : posix.join(posix.dirname(base), specifier);
    if (!seen.has(path)) {
      seen.add(path);
      queue.push(path);
    }
  };
  for (const url of urls) enqueue(url, pagePath);
  for (const source of inline) for (const s of await staticImports(source)) enqueue(s, pagePath);
  while (queue.length > 0) {
    const path = queue.shift()!;
    let script = cache.get(path);
    if (!script) {
      let body: Buffer;
      try {
        body = readFileSync(join(distDir, path));
      } catch {
        throw new Error(`${pagePath}: ${path} is not in the build (${distDir})`);
      }
      script = { bytes: gzipBytes(body), imports: await staticImports(body.toString('utf8')) };
      cache.set(path, script);
    }
    bytes += script.bytes;
    for (const s of script.imports) enqueue(s, path);
  }
  return { files: [...seen], bytes };
}
