#!/usr/bin/env node
// `npm run bench:site`: the site benchmark (issue 10). A report, not a test: it prints tables and
// exits 0 whatever the numbers are; it exits 1 only when it cannot run (no build, no browser, port
// taken). See README "Commands" and scripts/bench/*.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { LIGHTHOUSE_VERSION, lighthouse } from './bench/lighthouse.mjs';
import { measurePage } from './bench/measure.mjs';
import { serveDist } from './bench/server.mjs';
import { USAGE, formatReport, pagesFromFiles, parseArgs } from './bench/report.mjs';

const log = (...a) => console.error(...a);

function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2), process.env);
  } catch (err) {
    log(`bench:site: ${err.message}\n\n${USAGE}`);
    return 1;
  }
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  const outDir = resolve(opts.outDir);
  if (!opts.reuse || !existsSync(join(outDir, 'index.html'))) {
    if (opts.reuse) log(`bench:site: no build in ${outDir}; building it.`);
    log(`bench:site: building the site into ${outDir} …`);
    const built = spawnSync('npx', ['astro', 'build'], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DESCENT_OUT_DIR: outDir },
    });
    if (built.status !== 0) {
      log('bench:site: the build failed.');
      return 1;
    }
  }
  const found = pagesFromFiles(listFiles(outDir));
  const pages = opts.pages.length ? opts.pages : found;
  for (const p of opts.pages)
    if (!found.includes(p))
      log(`bench:site: ${p} is not in the build (pages: ${found.join(' ')}); measuring it anyway.`);

  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    log(`bench:site: no Chromium at ${executablePath} (set CHROMIUM_PATH).`);
    return 1;
  }
  // --pages-only needs neither the timing server nor a browser of its own: Lighthouse brings its
  // Chromium, and scores pages served without the font delay.
  let server;
  if (!opts.pagesOnly) {
    try {
      server = await serveDist(outDir, { port: opts.port, fontDelayMs: opts.fontDelayMs });
    } catch (err) {
      log(
        `bench:site: cannot serve on port ${opts.port} (${err.code ?? err.message}); pass --port or BENCH_PORT.`,
      );
      return 1;
    }
  }
  // Lighthouse gets its own server without the font delay (which is there to expose font-swap shifts
  // to the layout-shift measurement, not to slow every page Lighthouse scores).
  let lighthouseServer;
  if (opts.lighthouse) {
    try {
      lighthouseServer = await serveDist(outDir, { port: opts.port + 1, fontDelayMs: 0 });
    } catch (err) {
      log(`bench:site: cannot serve on port ${opts.port + 1} for Lighthouse (${err.code ?? err.message}).`);
      await server?.close();
      return 1;
    }
  }
  const browser = opts.pagesOnly
    ? undefined
    : await chromium.launch({
        executablePath,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      });
  const loadBefore = loadavg();
  log(
    opts.pagesOnly
      ? `bench:site: Lighthouse ${LIGHTHOUSE_VERSION} over ${pages.length} page(s) at ${lighthouseServer.url}; load ${loadBefore.map((x) => x.toFixed(2)).join(' ')}`
      : `bench:site: ${server.url}, ${pages.length} page(s), ${opts.presses} presses per slider at ${opts.rates.map((r) => `${r}×`).join(' and ')} CPU; load ${loadBefore.map((x) => x.toFixed(2)).join(' ')}`,
  );
  const widgetRows = [];
  const pageRows = [];
  try {
    for (const path of pages) {
      log(`${path}`);
      const { page, widgets } = opts.pagesOnly
        ? { page: { page: path }, widgets: [] }
        : await measurePage(browser, server, path, {
            rates: opts.rates,
            presses: opts.presses,
            widgets: opts.widgets,
            log,
          });
      if (opts.lighthouse) {
        log(`  Lighthouse ${LIGHTHOUSE_VERSION} (mobile) …`);
        page.lighthouse = await lighthouse(lighthouseServer.url + path, executablePath);
        log(`  Lighthouse: ${JSON.stringify(page.lighthouse)}`);
      }
      pageRows.push(page);
      widgetRows.push(...widgets);
    }
  } finally {
    await browser?.close();
    await server?.close();
    await lighthouseServer?.close();
  }
  const loadAfter = loadavg();
  const load = `${loadBefore.map((x) => x.toFixed(2)).join(', ')} at the start, ${loadAfter.map((x) => x.toFixed(2)).join(', ')} at the end`;
  console.log(
    formatReport({
      widgets: widgetRows,
      pages: pageRows,
      rates: opts.rates,
      presses: opts.presses,
      load,
      pagesOnly: opts.pagesOnly,
    }),
  );
  const shifted = pageRows.filter((p) => Object.values(p.cls ?? {}).some((c) => c > 0));
  if (shifted.length) {
    console.log('\nLayout shifts (value, elements that moved):');
    for (const p of shifted)
      for (const [w, s] of Object.entries(p.shiftSources))
        if (s?.length) console.log(`- ${p.page} at ${w} px: ${s.join('; ')}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    log(`bench:site: ${err.stack ?? err}`);
    process.exit(1);
  },
);
