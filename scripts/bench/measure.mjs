// The browser side of `npm run bench:site`: loads one page in Chromium, measures its script
// weight and layout shift while it loads and hydrates, and times every slider of every widget.
import { summarise } from './report.mjs';

/** Runs in the page before any of its scripts: layout shifts and slow events, from the start. */
function installObservers() {
  const bench = { cls: 0, sources: [], events: [], frames: [] };
  Object.defineProperty(window, '__bench', { value: bench });
  const describe = (node) => {
    if (!node || !node.tagName) return '?';
    const cls = typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
    return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${cls}`;
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        bench.cls += e.value;
        bench.sources.push(`${e.value.toFixed(4)} ${(e.sources ?? []).map((s) => describe(s.node)).join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch { /* no Layout Instability API: CLS stays 0 and the row says so below */ bench.noLayoutShift = true; }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.events.push({ name: e.name, duration: e.duration, id: e.interactionId ?? 0, start: e.startTime });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch { bench.noEventTiming = true; }
  // Animation frames over 50 ms (Long Animation Frames API): the frames after a press, where a
  // widget that paints the press first does the rest of its work.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.frames.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch { bench.noLongFrames = true; }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until the server has seen no request for `quietMs` (at most `maxMs`). */
async function networkQuiet(server, quietMs = 800, maxMs = 15_000) {
  const t0 = Date.now();
  while (server.js.quietFor() < quietMs && Date.now() - t0 < maxMs) await sleep(50);
}

/** Two animation frames: whatever the last change was has been painted. */
const twoFrames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(undefined)))));

async function scrollThrough(page, server) {
  const { height, step } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, step: Math.round(window.innerHeight * 0.8) }));
  for (let y = 0; y <= height; y += step) {
    await page.evaluate((yy) => window.scrollTo(0, yy), y);
    await sleep(120);
    await networkQuiet(server, 300, 5_000);
  }
  // Every island (astro-island loses `ssr` when hydrated) and every widget frame (data-hydrated).
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0
    && [...document.querySelectorAll('section.wk-frame')].every((f) => f.getAttribute('data-hydrated') === 'true'), undefined, { timeout: 60_000 }).catch(() => undefined);
  await networkQuiet(server, 800);
  await twoFrames(page);
}

/** Loads `path` at one viewport: JS gzip bytes before interaction and after scrolling, and CLS. */
async function loadAndHydrate(context, server, path) {
  const page = await context.newPage();
  await page.addInitScript(installObservers);
  server.js.reset();
  await page.goto(server.url + path, { waitUntil: 'load', timeout: 60_000 });
  await networkQuiet(server, 1_000);
  await twoFrames(page);
  const jsBefore = server.js.bytes();
  await scrollThrough(page, server);
  const jsAfter = server.js.bytes();
  const { cls, sources } = await page.evaluate(() => ({ cls: window.__bench.cls, sources: window.__bench.sources.slice(0, 6) }));
  return { page, jsBefore, jsAfter, cls, shiftSources: sources };
}

/** The position of a slider and which way it can still move. */
const sliderState = (el) => {
  const num = (v) => (v === null || v === '' ? NaN : Number(v));
  if (el instanceof HTMLInputElement) return { value: el.valueAsNumber, min: num(el.min), max: num(el.max), disabled: el.disabled };
  // A closed native <select> moves to the next or previous option on the arrow keys.
  if (el instanceof HTMLSelectElement) return { kind: 'select', value: el.selectedIndex, min: 0, max: el.options.length - 1, disabled: el.disabled };
  return { value: num(el.getAttribute('aria-valuenow')), min: num(el.getAttribute('aria-valuemin')), max: num(el.getAttribute('aria-valuemax')), disabled: el.getAttribute('aria-disabled') === 'true' };
};

/**
 * Presses arrow keys on one slider `presses` times (right for the first half, then back left,
 * turning round at either end) and returns each press's keypress-to-next-paint in ms: the longest
 * Event Timing entry (keydown or keyup) of its interaction.
 */
async function timeSlider(page, slider, presses, gapMs) {
  // In the middle of the viewport, not just inside it. In headless Chromium here a change in the
  // bottom ~80 px of the emulated 1280 × 800 viewport is not drawn ("Draw skipped" in the trace;
  // without emulation an 800 px window shows 713 px of page, so the surface is likely that): a
  // press there changed nothing on screen and Event Timing waited for the next frame that did,
  // the widget's deferred redraw. The Adam stepper's ε slider, which the old scroll left at
  // y ≈ 774, read 48 ms on every press at 1× with 31 ms of main-thread time; β₂ and Updates moved
  // there read the same; all three read 16 ms at y = 600.
  await slider.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }));
  await slider.focus();
  await sleep(gapMs);
  const first = await page.evaluate(() => window.__bench.events.length);
  const pressedAt = [];
  let made = 0;
  let dir = 1;
  for (let k = 0; k < presses; k++) {
    if (k === presses >> 1) dir = -dir;
    const s = await slider.evaluate(sliderState);
    if (s.disabled) break;
    if (dir > 0 && s.value >= s.max) dir = -1;
    else if (dir < 0 && s.value <= s.min) dir = 1;
    pressedAt.push(await page.evaluate(() => performance.now()));
    await page.keyboard.press(s.kind === 'select' ? (dir > 0 ? 'ArrowDown' : 'ArrowUp') : (dir > 0 ? 'ArrowRight' : 'ArrowLeft'));
    made++;
    await twoFrames(page);
    await sleep(gapMs);
  }
  // Entries are delivered after the paint that ends them; let the last ones arrive.
  await twoFrames(page);
  await sleep(300);
  const entries = await page.evaluate((n) => window.__bench.events.slice(n).filter((e) => e.id > 0 && (e.name === 'keydown' || e.name === 'keyup')), first);
  const byInteraction = new Map();
  for (const e of entries) byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
  // Event Timing reports only events of 16 ms or more: a press without an entry was painted in
  // the next frame, and counts as 16 (an upper bound).
  const out = [...byInteraction.values()].slice(0, made).map((d) => Math.max(16, d));
  while (out.length < made) out.push(16);
  // The longest animation frame over 50 ms that began after each press and before the next one
  // (or within half a second of the last).
  const frames = await page.evaluate(() => window.__bench.frames);
  const after = pressedAt.map((t, k) => {
    const end = Math.min(pressedAt[k + 1] ?? Infinity, t + 500);
    return Math.max(0, ...frames.filter((f) => f.start >= t && f.start < end).map((f) => f.duration));
  });
  return { durations: out, after };
}

/**
 * measurePage(browser, server, path, opts) → { page: page row, widgets: widget rows }.
 * Desktop (1280 × 800): weight, CLS, then every widget's sliders at each CPU rate. Phone width
 * (390 × 844): CLS again (a narrow column wraps differently, so it shifts differently).
 */
export async function measurePage(browser, server, path, { rates, presses, gapMs = 120, widgets: only = [], log = () => {} }) {
  const pageRow = { page: path, jsBefore: NaN, jsAfter: NaN, cls: { 1280: NaN, 390: NaN }, shiftSources: {} };
  const widgets = [];
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const { page, jsBefore, jsAfter, cls, shiftSources } = await loadAndHydrate(desktop, server, path);
    Object.assign(pageRow, { jsBefore, jsAfter });
    pageRow.cls[1280] = cls;
    pageRow.shiftSources[1280] = shiftSources;
    const cdp = await desktop.newCDPSession(page);
    const frames = page.locator('section.wk-frame');
    const count = await frames.count();
    for (let i = 0; i < count; i++) {
      const frame = frames.nth(i);
      const title = ((await frame.locator('.wk-title').first().textContent().catch(() => null)) ?? (await frame.getAttribute('id')) ?? `widget ${i + 1}`).trim();
      if (only.length && !only.some((w) => title.toLowerCase().includes(w))) continue;
      const row = { page: path, title, sliders: 0, byRate: {} };
      widgets.push(row);
      try {
        await frame.scrollIntoViewIfNeeded();
        await page.waitForFunction((el) => el.getAttribute('data-hydrated') === 'true', await frame.elementHandle(), { timeout: 30_000 });
        // A training board is timed while it trains: its controls must answer within a frame
        // while the worker streams frames and the charts follow (each press restarts the runs,
        // still playing).
        const play = frame.getByRole('button', { name: 'Play', exact: true });
        if ((await play.count()) > 0) {
          await play.first().click();
          row.training = true;
          await sleep(1_000);
        }
        // Sliders; a widget without any (one driven by another widget's state) is timed on its
        // selects instead, so that every widget is measured.
        let sliders = frame.locator('input[type=range], [role=slider]');
        if ((await sliders.count()) === 0) {
          sliders = frame.locator('select');
          row.controlKind = 'select';
        }
        const n = await sliders.count();
        const usable = [];
        // Element handles, resolved once: a locator re-runs its selector in the page on every
        // evaluate (tens of ms over a lesson's 15,000 elements), and that harness work, its garbage
        // and its style reads would land in the presses being timed.
        for (let j = 0; j < n; j++) {
          const handle = await sliders.nth(j).elementHandle();
          if (handle && !(await handle.evaluate(sliderState)).disabled) usable.push(handle);
        }
        row.sliders = usable.length;
        for (const rate of rates) {
          await cdp.send('Emulation.setCPUThrottlingRate', { rate });
          const samples = [];
          const after = [];
          for (const s of usable) {
            const { durations: own, after: ownAfter } = await timeSlider(page, s, presses, gapMs);
            samples.push(...own);
            after.push(...ownAfter);
            if (only.length) {
              const name = await s.evaluate((el) => el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.closest('label')?.textContent || el.id || el.tagName);
              const mine = summarise(own, ownAfter);
              log(`    ${rate}× ${name.trim().slice(0, 40)}: median ${mine.median} worst ${mine.worst} ms [${own.join(' ')}]${mine.after > 0 ? `, longest frame after a press ${Math.round(mine.after)} ms` : ''}`);
            }
          }
          row.byRate[rate] = summarise(samples, after);
          const longest = row.byRate[rate].after;
          log(`  ${title}: ${rate}× median ${row.byRate[rate].median} worst ${row.byRate[rate].worst} ms (${samples.length} presses)${longest > 0 ? `, longest frame after a press ${Math.round(longest)} ms` : ''}`);
        }
      } catch (err) {
        row.error = `could not be measured (${String(err.message ?? err).split('\n')[0]})`;
        log(`  ${title}: ${row.error}`);
      } finally {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
        // Stop what this row started, so that the next widget's row measures that widget: a board
        // left training (its worker streaming frames to the main thread) slowed every row after it
        // on the capstone page, the digits board's 1× worst from 40 to 56 ms.
        if (row.training) await frame.getByRole('button', { name: 'Pause', exact: true }).first().click().catch(() => undefined);
      }
    }
    const noApi = await page.evaluate(() => (window.__bench.noEventTiming ? 'Event Timing' : window.__bench.noLayoutShift ? 'Layout Instability' : null));
    if (noApi) pageRow.error = `this Chromium lacks the ${noApi} API`;
  } catch (err) {
    pageRow.error = `could not be measured (${String(err.message ?? err).split('\n')[0]})`;
  } finally {
    await desktop.close();
  }
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const { cls, shiftSources } = await loadAndHydrate(phone, server, path);
    pageRow.cls[390] = cls;
    pageRow.shiftSources[390] = shiftSources;
  } catch (err) {
    pageRow.error ??= `could not be measured at 390 px (${String(err.message ?? err).split('\n')[0]})`;
  } finally {
    await phone.close();
  }
  return { page: pageRow, widgets };
}
