import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { expect, test } from './fixtures/site.ts';
import noiseFloor from '../content/problems/sgd/sgd-noise-floor.ts';

// A SCORM package from the build, played by scorm-again (a real SCORM 1.2 runtime) acting as the
// LMS: the host page creates window.API and frames the package's index.html (the package's
// files are served from the zip itself, as an LMS would after import).
const dist = process.env.DESCENT_OUT_DIR ?? 'dist';

function unzip(buf: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10),
      size = buf.readUInt32LE(p + 20),
      nameLen = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30),
      comment = buf.readUInt16LE(p + 32),
      local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    p += 46 + nameLen + extra + comment;
  }
  return files;
}

const TYPES: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  svg: 'image/svg+xml',
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  xml: 'application/xml',
};
let server: Server;
let origin = '';
let pkg: Map<string, Buffer>;
let initial = 'null';

test.beforeAll(async () => {
  pkg = unzip(readFileSync(join(dist, 'instructors/scorm/sgd.zip')));
  const runtime = readFileSync(join(process.cwd(), 'node_modules/scorm-again/dist/scorm12.min.js'));
  server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (type: string, body: Buffer | string) => {
      res.writeHead(200, { 'Content-Type': type });
      res.end(body);
    };
    if (path === '/scorm12.js') return send('text/javascript', runtime);
    if (path === '/lms/') {
      return send(
        'text/html',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>LMS</title>
<script src="/scorm12.js"></script>
<script>
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  var start = ${initial};
  if (start) window.API.loadFromJSON(start);
  window.__commits = 0;
  window.API.on('LMSCommit', function () { window.__commits++; });
</script></head><body><main><h1>LMS</h1><iframe title="Activity" src="/pkg/index.html" style="width:100%;height:1600px;border:0"></iframe></main></body></html>`,
      );
    }
    const file = path.startsWith('/pkg/') ? pkg.get(decodeURIComponent(path.slice(5))) : undefined;
    if (!file) {
      res.writeHead(404);
      return res.end();
    }
    send(TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream', file);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

test('the package is self-contained and declares a SCORM 1.2 SCO', async () => {
  const manifest = pkg.get('imsmanifest.xml')!.toString('utf8');
  expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
  expect(manifest).toContain('adlcp:scormtype="sco" href="index.html"');
  const html = pkg.get('index.html')!.toString('utf8');
  // Every local file the page names is in the zip.
  for (const m of html.matchAll(/(?:src|href|component-url|renderer-url)="\.\/([^"]+)"/g))
    expect(pkg.has(m[1]), m[1]).toBe(true);
  expect(html).not.toMatch(/(?:src|component-url|renderer-url)="\/(?!\/)/);
  for (const name of pkg.keys())
    expect(manifest).toContain(`<file href="${name}"/>`.replace('imsmanifest.xml', 'index.html'));
});

test('scorm-again as the LMS records score and status, and a second launch resumes', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`${origin}/lms/`);
  const frame = page.frameLocator('iframe[title="Activity"]');
  await expect(frame.locator('[data-scorm="lms"]')).toBeVisible({ timeout: 20_000 });
  const s = frame.locator('section[data-problem-id="sgd-noise-floor"]');
  await s.scrollIntoViewIfNeeded();
  await expect(s.getByRole('button', { name: 'Check' })).toBeVisible({ timeout: 20_000 });
  // No fixed seed in an LMS: the variant is seeded by the browser id (stored progress), the problem
  // id and the variant number, so the test derives the same seed and the answer from the problem.
  const seedless = await frame.locator('html').evaluate(() => localStorage.getItem('descent:progress'));
  expect(seedless).not.toBeNull();
  const browserId = JSON.parse(seedless!).browserId as string;
  const { problemSeed } = await import('../src/lib/problems/hashSeed.ts');
  const a = noiseFloor.instantiate(problemSeed(browserId, 'sgd-noise-floor', 0)).answer;
  if (a.kind !== 'number') throw new Error('expected a number answer');
  await s.getByLabel(/Your answer/).fill(String(a.value));
  await s.getByRole('button', { name: 'Check' }).click();
  await expect(s.getByRole('status')).toContainText('Correct');
  const total = JSON.parse(
    pkg
      .get('index.html')!
      .toString('utf8')
      .match(/data-problems="([^"]+)"/)![1]
      .replace(/&quot;/g, '"'),
  ).length;
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (window as unknown as { API: { cmi: { core: { score: { raw: string } } } } }).API.cmi.core.score
            .raw,
      ),
    )
    .toBe(String(Math.round(100 / total)));
  const cmi = await page.evaluate(() => {
    const api = (
      window as unknown as {
        API: {
          cmi: { core: { lesson_status: string }; suspend_data: string };
          renderCMIToJSONObject: () => unknown;
        };
      }
    ).API;
    return {
      status: api.cmi.core.lesson_status,
      suspend: api.cmi.suspend_data,
      commits: (window as unknown as { __commits: number }).__commits,
      json: api.renderCMIToJSONObject(),
    };
  });
  expect(cmi.status).toBe('incomplete');
  expect(cmi.commits).toBeGreaterThan(0);
  expect(JSON.parse(cmi.suspend).problems['sgd-noise-floor']).toBeTruthy();

  // Second launch: a fresh browser profile (no local storage), the LMS hands back its record.
  initial = JSON.stringify({ suspend_data: cmi.suspend, core: { lesson_status: cmi.status } });
  const context = await page.context().browser()!.newContext();
  const second = await context.newPage();
  await second.goto(`${origin}/lms/`);
  const again = second
    .frameLocator('iframe[title="Activity"]')
    .locator('section[data-problem-id="sgd-noise-floor"]');
  await again.scrollIntoViewIfNeeded();
  await expect(again.getByText('Solved', { exact: true })).toBeVisible({ timeout: 20_000 });
  await context.close();
});

test('without an LMS the package is a practice page that says nothing is recorded', async ({ page }) => {
  await page.goto(`${origin}/pkg/index.html`);
  await expect(page.locator('[data-scorm="none"]')).toHaveText(/nothing is recorded/);
  const s = page.locator('section[data-problem-id]').first();
  await expect(s.getByRole('button', { name: 'Check' })).toBeVisible({ timeout: 20_000 });
});
