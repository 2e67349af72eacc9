// A static server for the built site with gzip, used only by `npm run bench:site`.
// It counts the gzip bytes of every JavaScript response, so the benchmark can say how much
// script a page shipped at each phase; and it can hold font responses back for a moment, so a
// layout shift caused by a late web font (KaTeX's) shows up the way it does on a real network.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzip } from './jsBeforeInteraction.ts';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml', '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.webmanifest']);
const isScript = (path) => path.endsWith('.js') || path.endsWith('.mjs');

/**
 * serveDist(root, { port, fontDelayMs }) → { url, close, js }. `js.reset()` starts a new count;
 * `js.bytes()` is the gzip bytes of distinct scripts served since; `js.lastRequestAt()` the time of
 * the most recent request of any kind (to wait until the network is quiet).
 */
export async function serveDist(root, { port, fontDelayMs = 0 }) {
  const cache = new Map();
  let served = new Map();
  let lastRequestAt = Date.now();
  let inFlight = 0;

  async function load(path) {
    if (cache.has(path)) return cache.get(path);
    const body = await readFile(path);
    const ext = extname(path);
    const gz = COMPRESSIBLE.has(ext) ? gzip(body) : null;
    const entry = { body, gz, type: TYPES[ext] ?? 'application/octet-stream' };
    cache.set(path, entry);
    return entry;
  }

  async function resolve(urlPath) {
    let rel = decodeURIComponent(urlPath.split('?')[0]);
    if (rel.endsWith('/')) rel += 'index.html';
    const full = normalize(join(root, rel));
    if (full !== normalize(root) && !full.startsWith(normalize(root) + sep)) return null;
    try {
      const s = await stat(full);
      if (s.isDirectory()) return (await stat(join(full, 'index.html')).catch(() => null)) ? join(full, 'index.html') : null;
      return full;
    } catch {
      return null;
    }
  }

  const server = createServer(async (req, res) => {
    inFlight++;
    lastRequestAt = Date.now();
    try {
      const path = await resolve(req.url ?? '/');
      const file = path ?? (await resolve('/404.html'));
      if (!file) { res.writeHead(404).end('not found'); return; }
      const { body, gz, type } = await load(file);
      if (fontDelayMs > 0 && /\.(woff2?|ttf)$/.test(file)) await new Promise((r) => setTimeout(r, fontDelayMs));
      const useGzip = gz !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const payload = useGzip ? gz : body;
      if (isScript(file)) served.set(req.url, gz ? gz.length : body.length);
      res.writeHead(path ? 200 : 404, {
        'content-type': type,
        'content-length': payload.length,
        'cache-control': 'no-store',
        ...(useGzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      res.end(payload);
    } catch (err) {
      res.writeHead(500).end(String(err));
    } finally {
      inFlight--;
      lastRequestAt = Date.now();
    }
  });
  await new Promise((ok, fail) => { server.once('error', fail); server.listen(port, '127.0.0.1', ok); });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(ok)),
    js: {
      reset: () => { served = new Map(); },
      bytes: () => [...served.values()].reduce((a, b) => a + b, 0),
      files: () => [...served.keys()],
      quietFor: () => (inFlight > 0 ? 0 : Date.now() - lastRequestAt),
    },
  };
}
