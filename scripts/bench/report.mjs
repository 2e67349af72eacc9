// Pure pieces of `npm run bench:site`: argument parsing, statistics, budgets and the tables.
// Tested in report.test.ts; no browser or file system here.

import { BUDGETS } from './budgets.ts';

export { BUDGETS };

/** parseArgs(argv, env) → options; throws a readable Error on a bad flag. */
export function parseArgs(argv, env = {}) {
  const opts = {
    reuse: false, quick: false, pages: [], widgets: [], port: Number(env.BENCH_PORT ?? 4403), presses: undefined,
    fontDelayMs: 300, outDir: env.DESCENT_OUT_DIR ?? 'dist', rates: [1, 4], lighthouse: true, pagesOnly: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '') throw new Error(`${a.split('=')[0]} needs a value`);
      return v;
    };
    const name = a.split('=')[0];
    if (name === '--reuse') opts.reuse = true;
    else if (name === '--quick') opts.quick = true;
    else if (name === '--page') opts.pages.push(normalisePage(value()));
    else if (name === '--widget') opts.widgets.push(value().toLowerCase());
    else if (name === '--port') opts.port = Number(value());
    else if (name === '--presses') opts.presses = Number(value());
    else if (name === '--font-delay') opts.fontDelayMs = Number(value());
    else if (name === '--no-lighthouse') opts.lighthouse = false;
    else if (name === '--pages-only') opts.pagesOnly = true;
    else if (name === '--help' || name === '-h') opts.help = true;
    else throw new Error(`unknown option ${a} (try --help)`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 1 || opts.port > 65535) throw new Error('--port must be an integer 1–65535');
  if (opts.presses !== undefined && (!Number.isInteger(opts.presses) || opts.presses < 2)) throw new Error('--presses must be an integer ≥ 2');
  if (!Number.isFinite(opts.fontDelayMs) || opts.fontDelayMs < 0) throw new Error('--font-delay must be ≥ 0 ms');
  // --pages-only is Lighthouse alone (a few minutes for every page, where the widget timings take
  // much longer): asking for it with an option that turns Lighthouse off or times widgets is a
  // mistake the run should not hide.
  if (opts.pagesOnly) {
    const clash = [
      !opts.lighthouse && '--no-lighthouse',
      opts.quick && '--quick',
      opts.widgets.length > 0 && '--widget',
    ].filter(Boolean);
    if (clash.length) throw new Error(`--pages-only runs Lighthouse alone; it cannot be combined with ${clash.join(', ')}`);
  }
  if (opts.quick) {
    opts.rates = [1];
    opts.lighthouse = false;
  }
  opts.presses ??= opts.quick ? 8 : 16;
  return opts;
}

/** "/lessons/momentum" or "lessons/momentum/" → "/lessons/momentum/". */
export function normalisePage(p) {
  let s = p.trim();
  if (/^https?:\/\//.test(s)) s = new URL(s).pathname;
  if (!s.startsWith('/')) s = `/${s}`;
  if (!s.endsWith('/') && !/\.html?$/.test(s)) s += '/';
  return s;
}

/** Pages from the built files: "lessons/sgd/index.html" → "/lessons/sgd/" (404 pages excluded). */
export function pagesFromFiles(files) {
  return files
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`)
    .filter((p) => !/^\/404\//.test(p))
    .sort((a, b) => (a === '/' ? -1 : b === '/' ? 1 : a.localeCompare(b)));
}

export function median(xs) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Summary of one widget's presses at one CPU rate. `after`: the longest animation frame that
 * began within half a second after a press (ms; 0 when none took over 50 ms, the Long Animation
 * Frames API's threshold) — work a widget moves out of the press's own frame still counts there.
 */
export function summarise(samples, after = []) {
  return {
    n: samples.length,
    median: median(samples),
    worst: samples.length ? Math.max(...samples) : NaN,
    after: after.length ? Math.max(0, ...after) : 0,
  };
}

/** Which budgets a widget row misses: e.g. ["median 24 > 16 ms at 1×"]. */
export function widgetMisses(row) {
  const out = [];
  for (const [rate, s] of Object.entries(row.byRate)) {
    const b = BUDGETS.latency[rate];
    if (!b) continue;
    if (!(s.n > 0)) { out.push(`no presses measured at ${rate}×`); continue; }
    if (s.median > b.median) out.push(`median ${fmt(s.median)} > ${b.median} ms at ${rate}×`);
    if (s.worst > b.worst) out.push(`worst ${fmt(s.worst)} > ${b.worst} ms at ${rate}×`);
    if (s.after > b.worst) out.push(`a frame after a press took ${fmt(s.after)} > ${b.worst} ms at ${rate}×`);
  }
  if (row.sliders === 0) out.push('no sliders or selects found');
  if (row.error) out.push(row.error);
  return out;
}

/** Which budgets a page misses (home weight before interaction; CLS at every width). */
export function pageMisses(row) {
  const out = [];
  if (row.page === '/' && row.jsBefore > BUDGETS.homeJsBeforeInteraction) out.push(`home JS before interaction ${kb(row.jsBefore)} > ${kb(BUDGETS.homeJsBeforeInteraction)}`);
  for (const [width, cls] of Object.entries(row.cls ?? {})) if (cls > BUDGETS.cls) out.push(`CLS ${clsText(cls)} > 0 at ${width} px`);
  if (row.error) out.push(row.error);
  return out;
}

const fmt = (x) => (Number.isFinite(x) ? String(Math.round(x)) : '—');
export const kb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '—');
/** 0 prints as 0; a shift too small for three decimals still shows (0.0003). */
export const clsText = (x) => (!Number.isFinite(x) ? '—' : x === 0 ? '0' : x < 0.001 ? x.toFixed(4) : x.toFixed(3));
const cell = (s) => String(s).replace(/\|/g, '\\|');

/**
 * The report: a markdown table of widgets, one of pages, then the misses.
 * @param {{ widgets: any[], pages: any[], rates: number[], presses: number, load?: string, pagesOnly?: boolean }} report (pagesOnly: the Lighthouse table alone, for --pages-only)
 */
export function formatReport({ widgets, pages, rates, presses, load, pagesOnly = false }) {
  const lines = [];
  if (!pagesOnly) timingTables(lines, { widgets, pages, rates, presses });
  const audited = pages.filter((p) => p.lighthouse);
  if (audited.length) {
    lines.push('Lighthouse (mobile: simulated slow 4G, 4× CPU; scores out of 100).');
    lines.push('');
    lines.push('| page | performance | accessibility | total blocking time | CLS | LCP |');
    lines.push('|---|---|---|---|---|---|');
    for (const p of audited) {
      const l = p.lighthouse;
      lines.push(l.error ? `| ${cell(p.page)} | could not be measured: ${cell(l.error)} | | | | |` : `| ${cell(p.page)} | ${l.performance} | ${l.accessibility} | ${l.tbt} ms | ${clsText(l.cls)} | ${(l.lcp / 1000).toFixed(1)} s |`);
    }
    lines.push('');
  }
  const misses = [
    ...widgets.flatMap((w) => widgetMisses(w).map((m) => `${w.page} · ${w.title}: ${m}`)),
    ...pages.flatMap((p) => pageMisses(p).map((m) => `${p.page}: ${m}`)),
    ...audited.flatMap((p) => lighthouseMisses(p.lighthouse).map((m) => `${p.page}: ${m}`)),
  ];
  lines.push(misses.length ? `Over budget (${misses.length}):` : 'Every row is within its budget.');
  for (const m of misses) lines.push(`- ${m}`);
  lines.push('');
  const lighthouseBudget = 'Lighthouse performance and accessibility 100, total blocking time ≤ 50 ms';
  lines.push(
    pagesOnly
      ? `Budgets: ${lighthouseBudget}, CLS 0.`
      : `Budgets: median ≤ 16 ms and worst ≤ 50 ms at 1×; median ≤ 33 ms and worst ≤ 100 ms at 4×; home ≤ ${kb(BUDGETS.homeJsBeforeInteraction)} JS before interaction; CLS 0${audited.length ? `; ${lighthouseBudget}` : ''}.`,
  );
  if (load) lines.push(`Machine load (1, 5, 15 min): ${load}.`);
  return lines.join('\n');
}

/** The widget latency table and the page weight / CLS table (every run but --pages-only). */
function timingTables(lines, { widgets, pages, rates, presses }) {
  lines.push(`Keypress to next paint (Event Timing; ≥ ${presses} presses per slider, or per select in a widget without sliders; durations are rounded to 8 ms, and a press painted within 16 ms counts as 16). "then N ms": the longest animation frame within 0.5 s after a press, where one took over 50 ms (Long Animation Frames API) — a widget that paints the press first and redraws in a later frame is held to the worst budget there too.`);
  lines.push('');
  lines.push(`| page | widget | controls timed | ${rates.map((r) => `median / worst, ${r}× CPU`).join(' | ')} |`);
  lines.push(`|---|---|---|${rates.map(() => '---|').join('')}`);
  for (const w of widgets) {
    lines.push(`| ${cell(w.page)} | ${cell(w.title)}${w.training ? " (while training)" : ""} | ${w.sliders}${w.controlKind === 'select' ? ' select' + (w.sliders === 1 ? '' : 's') : ''} | ${rates.map((r) => {
      const s = w.byRate[r];
      return s && s.n > 0 ? `${fmt(s.median)} / ${fmt(s.worst)} ms${s.after > 0 ? `, then ${fmt(s.after)} ms` : ''}` : '—';
    }).join(' | ')} |`);
  }
  if (widgets.length === 0) lines.push(`| — | no widgets on the measured pages | | ${rates.map(() => '').join(' | ')} |`);
  lines.push('');
  const widths = pages.length ? Object.keys(pages[0].cls) : [];
  lines.push('Page weight (JavaScript, gzip bytes) and cumulative layout shift while loading and hydrating.');
  lines.push('');
  lines.push(`| page | JS before interaction | JS after every island hydrated | ${widths.map((w) => `CLS ${w} px`).join(' | ')} |`);
  lines.push(`|---|---|---|${widths.map(() => '---|').join('')}`);
  for (const p of pages) lines.push(`| ${cell(p.page)} | ${kb(p.jsBefore)} | ${kb(p.jsAfter)} | ${widths.map((w) => clsText(p.cls[w])).join(' | ')} |`);
  lines.push('');
}

export const USAGE = `npm run bench:site -- [options]

Builds the site (or reuses it), serves it with gzip and measures, in headless Chromium, every
widget's keypress-to-next-paint on every slider at 1× and 4× CPU, and every page's JavaScript
weight and layout shift. Prints markdown tables; always exits 0 unless it cannot run.

  --reuse            use the existing build (DESCENT_OUT_DIR or dist/) instead of building
  --page /path/      measure only this page (repeatable)
  --widget TEXT      time only widgets whose title contains TEXT, case-insensitive (repeatable);
                     the log then lists every control's own median / worst
  --quick            8 presses per slider, 1× CPU only
  --presses N        presses per slider (default 16)
  --port N           port to serve on (default $BENCH_PORT or 4403)
  --font-delay MS    hold web fonts back this long (default 300), so font-swap shifts show
  --no-lighthouse     skip Lighthouse (by default every page is also scored by Lighthouse
                     12.2.3, mobile profile, fetched by npx on first use; --quick skips it too)
  --pages-only       Lighthouse alone: score every page (or each --page) and print only the
                     Lighthouse table, without timing widgets or measuring JS weight and CLS
`;

/**
 * lighthouseRow(report) → the figures the bench prints from a Lighthouse JSON report: the two
 * category scores out of 100, total blocking time (ms), CLS and LCP (ms).
 */
export function lighthouseRow(report) {
  const audit = (id) => report.audits?.[id]?.numericValue;
  const score = (id) => {
    const s = report.categories?.[id]?.score;
    return typeof s === 'number' ? Math.round(100 * s) : NaN;
  };
  if (report.runtimeError?.message) return { error: report.runtimeError.message };
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    tbt: Math.round(audit('total-blocking-time') ?? NaN),
    cls: audit('cumulative-layout-shift') ?? NaN,
    lcp: audit('largest-contentful-paint') ?? NaN,
  };
}

/** What a Lighthouse row misses of issue 33's goal: 100 and 100, TBT ≤ 50 ms, CLS 0. */
export function lighthouseMisses(l) {
  if (!l || l.error) return l?.error ? [`Lighthouse could not measure it (${l.error})`] : [];
  const out = [];
  if (!(l.performance >= 100)) out.push(`Lighthouse performance ${l.performance}`);
  if (!(l.accessibility >= 100)) out.push(`Lighthouse accessibility ${l.accessibility}`);
  if (!(l.tbt <= 50)) out.push(`total blocking time ${l.tbt} ms`);
  if (!(l.cls === 0)) out.push(`Lighthouse CLS ${clsText(l.cls)}`);
  return out;
}
