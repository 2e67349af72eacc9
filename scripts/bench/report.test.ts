import { describe, expect, it } from 'vitest';
import { clsText, formatReport, lighthouseMisses, lighthouseRow, median, normalisePage, pageMisses, pagesFromFiles, parseArgs, summarise, widgetMisses } from './report.mjs';

describe('bench:site options', () => {
  it('defaults: build, 16 presses, 1× and 4×, port from BENCH_PORT, out dir from DESCENT_OUT_DIR', () => {
    const o = parseArgs([], { BENCH_PORT: '4999', DESCENT_OUT_DIR: '/tmp/x' });
    expect(o).toMatchObject({ reuse: false, quick: false, presses: 16, rates: [1, 4], port: 4999, outDir: '/tmp/x', pages: [] });
    expect(parseArgs([], {}).port).toBe(4403);
  });
  it('--quick is 8 presses at 1× only; --page repeats and is normalised', () => {
    const o = parseArgs(['--quick', '--page', 'lessons/momentum', '--page=/lessons/sgd/', '--reuse'], {});
    expect(o).toMatchObject({ quick: true, presses: 8, rates: [1], reuse: true, pages: ['/lessons/momentum/', '/lessons/sgd/'] });
    expect(parseArgs(['--quick', '--presses', '20'], {}).presses).toBe(20);
  });
  it('--widget repeats and matches titles case-insensitively', () => {
    expect(parseArgs(['--widget', 'Ravine', '--widget=adam,'], {}).widgets).toEqual(['ravine', 'adam,']);
    expect(parseArgs([], {}).widgets).toEqual([]);
    expect(() => parseArgs(['--widget'], {})).toThrow(/needs a value/);
  });
  it('refuses unknown flags and bad values with a message', () => {
    expect(() => parseArgs(['--fast'], {})).toThrow(/unknown option --fast/);
    expect(() => parseArgs(['--port', 'x'], {})).toThrow(/--port/);
    expect(() => parseArgs(['--presses', '1'], {})).toThrow(/--presses/);
    expect(() => parseArgs(['--page'], {})).toThrow(/needs a value/);
  });
  it('normalises page paths and URLs', () => {
    expect(normalisePage('http://127.0.0.1:4403/problems')).toBe('/problems/');
    expect(normalisePage('/')).toBe('/');
  });
});

describe('bench:site pages and statistics', () => {
  it('finds pages in the build, home first, 404 left out', () => {
    expect(pagesFromFiles(['lessons/sgd/index.html', '404.html', 'index.html', '_astro/a.js', 'problems/index.html', 'lessons/notation/index.html']))
      .toEqual(['/', '/lessons/notation/', '/lessons/sgd/', '/problems/']);
  });
  it('median of odd and even samples; worst is the maximum', () => {
    expect(median([24, 16, 40])).toBe(24);
    expect(median([16, 16, 24, 32])).toBe(20);
    expect(summarise([16, 48, 16])).toEqual({ n: 3, median: 16, worst: 48, after: 0 });
    expect(summarise([16, 16], [72, 56]).after).toBe(72);
    expect(Number.isNaN(summarise([]).median)).toBe(true);
  });
});

describe('bench:site budgets', () => {
  const row = (m1: number, w1: number, m4: number, w4: number) => ({ page: '/p/', title: 'W', sliders: 2, byRate: { 1: { n: 16, median: m1, worst: w1 }, 4: { n: 16, median: m4, worst: w4 } } });
  it('a widget at the budgets passes; one over any budget is named with the figure', () => {
    expect(widgetMisses(row(16, 50, 33, 100))).toEqual([]);
    expect(widgetMisses(row(24, 50, 33, 104))).toEqual(['median 24 > 16 ms at 1×', 'worst 104 > 100 ms at 4×']);
    expect(widgetMisses({ ...row(16, 16, 16, 16), sliders: 0 })).toEqual(['no sliders or selects found']);
    // Work moved out of the press's frame is still held to the worst budget in the frames after it.
    const late = row(16, 24, 24, 48);
    late.byRate[1] = { ...late.byRate[1], after: 64 } as (typeof late.byRate)[1];
    late.byRate[4] = { ...late.byRate[4], after: 96 } as (typeof late.byRate)[4];
    expect(widgetMisses(late)).toEqual(['a frame after a press took 64 > 50 ms at 1×']);
  });
  it('home weight applies to / only; any layout shift misses', () => {
    expect(pageMisses({ page: '/', jsBefore: 15 * 1024, cls: { 390: 0, 1280: 0 } })).toEqual([]);
    expect(pageMisses({ page: '/', jsBefore: 65_000, cls: { 390: 0, 1280: 0.0003 } })).toEqual(['home JS before interaction 63.5 KB > 15.0 KB', 'CLS 0.0003 > 0 at 1280 px']);
    expect(pageMisses({ page: '/problems/', jsBefore: 65_000, cls: { 390: 0, 1280: 0 } })).toEqual([]);
    expect(clsText(0)).toBe('0');
    expect(clsText(0.0362)).toBe('0.036');
  });
  it('the report lists every row and every miss', () => {
    const text = formatReport({ widgets: [row(16, 24, 40, 64)], pages: [{ page: '/p/', jsBefore: 2048, jsAfter: 4096, cls: { 390: 0, 1280: 0.01 } }], rates: [1, 4], presses: 16 });
    expect(text).toContain('| /p/ | W | 2 | 16 / 24 ms | 40 / 64 ms |');
    const later = row(16, 24, 40, 64);
    later.byRate[4] = { ...later.byRate[4], after: 120 } as (typeof later.byRate)[4];
    expect(formatReport({ widgets: [later], pages: [], rates: [1, 4], presses: 16 })).toContain('| /p/ | W | 2 | 16 / 24 ms | 40 / 64 ms, then 120 ms |');
    expect(text).toContain('| /p/ | 2.0 KB | 4.0 KB | 0 | 0.010 |');
    expect(text).toContain('- /p/ · W: median 40 > 33 ms at 4×');
    expect(text).toContain('- /p/: CLS 0.010 > 0 at 1280 px');
  });
});

describe('Lighthouse rows', () => {
  const report = (perf: number, a11y: number, tbt: number, cls: number) => ({
    categories: { performance: { score: perf }, accessibility: { score: a11y } },
    audits: {
      'total-blocking-time': { numericValue: tbt },
      'cumulative-layout-shift': { numericValue: cls },
      'largest-contentful-paint': { numericValue: 1834.2 },
    },
  });
  it('reads the scores out of 100 and the timings from a report', () => {
    expect(lighthouseRow(report(0.93, 1, 149.4, 0))).toEqual({ performance: 93, accessibility: 100, tbt: 149, cls: 0, lcp: 1834.2 });
    expect(lighthouseRow({ runtimeError: { message: 'NO_FCP' } })).toEqual({ error: 'NO_FCP' });
  });
  it('misses: anything below 100, TBT over 50 ms, any shift', () => {
    expect(lighthouseMisses(lighthouseRow(report(1, 1, 50, 0)))).toEqual([]);
    expect(lighthouseMisses(lighthouseRow(report(0.99, 0.97, 51, 0.002)))).toEqual([
      'Lighthouse performance 99',
      'Lighthouse accessibility 97',
      'total blocking time 51 ms',
      expect.stringMatching(/^Lighthouse CLS 0\.002/),
    ]);
  });
  it('--pages-only is Lighthouse alone and refuses options that turn Lighthouse off or time widgets', () => {
    expect(parseArgs([], {}).pagesOnly).toBe(false);
    expect(parseArgs(['--pages-only', '--reuse', '--page', 'lessons/sgd'], {})).toMatchObject({
      pagesOnly: true,
      lighthouse: true,
      reuse: true,
      pages: ['/lessons/sgd/'],
    });
    expect(() => parseArgs(['--pages-only', '--no-lighthouse'], {})).toThrow(/cannot be combined with --no-lighthouse/);
    expect(() => parseArgs(['--quick', '--pages-only'], {})).toThrow(/cannot be combined with --quick/);
    expect(() => parseArgs(['--pages-only', '--widget', 'adam'], {})).toThrow(/cannot be combined with --widget/);
  });
  it('a --pages-only report is the Lighthouse table, its misses and its budget, with no timing tables', () => {
    const text = formatReport({
      widgets: [],
      pages: [
        { page: '/', lighthouse: lighthouseRow(report(1, 1, 7, 0)) },
        { page: '/lessons/sgd/', lighthouse: lighthouseRow(report(0.9, 1, 246, 0)) },
      ],
      rates: [1, 4],
      presses: 16,
      load: '1.00, 1.00, 1.00 at the start, 1.00, 1.00, 1.00 at the end',
      pagesOnly: true,
    });
    expect(text).not.toContain('Keypress to next paint');
    expect(text).not.toContain('Page weight');
    expect(text).toContain('| / | 100 | 100 | 7 ms | 0 | 1.8 s |');
    expect(text).toContain('| /lessons/sgd/ | 90 | 100 | 246 ms | 0 | 1.8 s |');
    expect(text).toContain('Over budget (2):\n- /lessons/sgd/: Lighthouse performance 90\n- /lessons/sgd/: total blocking time 246 ms');
    expect(text).toContain('Budgets: Lighthouse performance and accessibility 100, total blocking time ≤ 50 ms, CLS 0.');
    expect(text).toContain('Machine load (1, 5, 15 min): 1.00, 1.00, 1.00 at the start');
  });
  it('--no-lighthouse, and --quick, skip it; the report lists it when measured', () => {
    expect(parseArgs([], {}).lighthouse).toBe(true);
    expect(parseArgs(['--no-lighthouse'], {}).lighthouse).toBe(false);
    expect(parseArgs(['--quick'], {}).lighthouse).toBe(false);
    const text = formatReport({
      widgets: [],
      pages: [{ page: '/', jsBefore: 1000, jsAfter: 2000, cls: { 1280: 0, 390: 0 }, lighthouse: lighthouseRow(report(0.98, 1, 80, 0)) }],
      rates: [1],
      presses: 8,
    });
    expect(text).toContain('| / | 98 | 100 | 80 ms | 0 | 1.8 s |');
    expect(text).toContain('/: Lighthouse performance 98');
  });
});
