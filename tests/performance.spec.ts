import { expect, test } from './fixtures/site.ts';
import { widget } from './fixtures/widgets.ts';

// What issue 10 changed, checked functionally (the timings live in `npm run bench:site`, never here).

const solvedOne = (id: string) =>
  JSON.stringify({
    version: 2,
    browserId: 'test-browser',
    problems: {
      [id]: {
        current: 0,
        variants: { 0: { lastInput: '1', attempts: 1, solved: true, hintsUsed: 0, solutionShown: false } },
      },
    },
  });

/** Problem ids as the home page lists them (the build's catalog): all, and one lesson's. */
async function homeIds(page: import('@playwright/test').Page, lesson: string) {
  await page.goto('/');
  const all = (await page.locator('.hero .progress-count').getAttribute('data-ids'))!.split(' ');
  const own = (await page
    .locator(`.lesson-card[data-lesson-id="${lesson}"] .progress-count`)
    .getAttribute('data-ids'))!.split(' ');
  return { all, own };
}

test('the home page shows progress with a plain script: no framework runtime, no island', async ({
  page,
}) => {
  const { all, own } = await homeIds(page, 'sgd');
  expect(all.length).toBeGreaterThan(own.length);
  await page.evaluate((raw) => localStorage.setItem('descent:progress', raw), solvedOne(own[0]));
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.reload();
  await expect(page.locator('.hero .progress-count')).toHaveText(
    `Solved 1 / ${all.length} practice problems in total`,
  );
  await expect(page.locator('.lesson-card[data-lesson-id="sgd"] .progress-count')).toHaveText(
    `Solved 1 / ${own.length} practice problems in this lesson`,
  );
  await expect(
    page.locator('.lesson-card[data-lesson-id="variance-reduction"] .progress-count'),
  ).toContainText(/^Solved 0 \/ \d+ /);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('astro-island')).toHaveCount(0);
  expect(
    scripts.some((s) => /react|client\./i.test(s)),
    scripts.join(' '),
  ).toBe(false);
});

test('the progress counts follow another tab, and damaged data counts as the store counts it', async ({
  page,
}) => {
  const { own } = await homeIds(page, 'sgd');
  const [a, b] = own;
  // A damaged record is dropped (as the store drops it); the valid solved one still counts.
  const damaged = JSON.parse(solvedOne(a));
  damaged.problems[b] = { current: 'x', variants: { 0: { solved: true } } };
  await page.evaluate((raw) => localStorage.setItem('descent:progress', raw), JSON.stringify(damaged));
  await page.reload();
  await expect(page.locator('.hero .progress-count')).toContainText('Solved 1 /');
  // Another tab solves a second problem: the storage event updates the count without a reload.
  const both = JSON.parse(solvedOne(a));
  both.problems[b] = JSON.parse(solvedOne(b)).problems[b];
  await page.evaluate((raw) => {
    localStorage.setItem('descent:progress', raw);
    window.dispatchEvent(new StorageEvent('storage', { key: 'descent:progress' }));
  }, JSON.stringify(both));
  await expect(page.locator('.hero .progress-count')).toContainText('Solved 2 /');
});

test('widgets come with their default results in the HTML: no "Computing…", nothing to shift on hydration', async ({
  page,
  request,
}) => {
  for (const path of ['/lessons/sgd/', '/lessons/variance-reduction/', '/lessons/beyond-adamw/']) {
    const html = await (await request.get(path)).text();
    const summaries = [...html.matchAll(/class="wk-summary"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(summaries.length).toBeGreaterThan(2);
    for (const s of summaries) {
      expect(s).not.toMatch(/Computing|^\s*$/);
      expect(s).not.toMatch(/NaN|undefined/);
    }
    // Plot readouts carry their idle hint (a hint written on mount wrapped to four lines at 390 px).
    const readouts = [...html.matchAll(/data-testid="readout"><span>([^<]*)</g)].map((m) => m[1]);
    for (const r of readouts) expect(r, `a readout line on ${path}`).toMatch(/^Hover|^Click/);
  }
  expect(
    [...(await (await request.get('/lessons/beyond-adamw/')).text()).matchAll(/data-testid="readout"/g)]
      .length,
    'readout lines on /lessons/beyond-adamw/',
  ).toBeGreaterThan(0);
  // And hydrating with the defaults keeps what the server rendered.
  await page.goto('/lessons/variance-reduction/');
  const race = page.locator('#race');
  const before = await race.locator('.wk-summary').textContent();
  await race.scrollIntoViewIfNeeded();
  await expect(race).toHaveAttribute('data-hydrated', 'true');
  await expect(race.locator('.wk-summary')).toHaveText(before ?? '');
  await expect(race.locator('svg.wk-curve path').first()).toBeVisible();
});

test('lesson pages preload the KaTeX fonts they use, and the files exist', async ({ page, request }) => {
  const preloaded = () =>
    page
      .locator('link[rel="preload"][as="font"]')
      .evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
  const names = (hrefs: string[]) => hrefs.map((h) => h.split('/').pop()?.split('.')[0]).sort();
  await page.goto('/lessons/sgd/');
  const hrefs = await preloaded();
  expect(names(hrefs)).toEqual([
    'KaTeX_AMS-Regular',
    'KaTeX_Main-Regular',
    'KaTeX_Math-Italic',
    'KaTeX_Size1-Regular',
    'KaTeX_Size2-Regular',
    // Size3 (a two-row matrix's parentheses) too: the build keeps it a file instead of a data: URL
    // that could not be preloaded (a shift when a browser-typeset problem first used it).
    'KaTeX_Size3-Regular',
    'KaTeX_Size4-Regular',
    'KaTeX_Typewriter-Regular',
  ]);
  for (const h of hrefs) expect((await request.get(h)).status()).toBe(200);
  // …and no face is inlined into a stylesheet, where it could not be preloaded.
  const sheets = await page
    .locator('link[rel="stylesheet"]')
    .evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
  for (const sheet of sheets)
    expect(await (await request.get(sheet)).text()).not.toMatch(/url\(\s*["']?data:font/);
  // A lesson that writes \mathcal also preloads the calligraphic face.
  await page.goto('/lessons/adaptive-methods/');
  expect(names(await preloaded())).toContain('KaTeX_Caligraphic-Regular');
  // The home page's summaries use only the main and math italic faces.
  await page.goto('/');
  expect(names(await preloaded())).toEqual(['KaTeX_Main-Regular', 'KaTeX_Math-Italic']);
});

test('each KaTeX face is declared once, font-display: optional (block for the size faces), on lessons and embeds', async ({
  page,
}) => {
  // A second face with the same descriptors (KaTeX's own, font-display: block) is what Chrome
  // falls back to once the optional one is given up on, and it swaps in whenever it loads.
  for (const path of ['/lessons/sgd/', '/embed/adam-stepper/']) {
    await page.goto(path);
    const faces = await page.evaluate(() =>
      [...document.fonts]
        .filter((f) => f.family.replace(/"/g, '').startsWith('KaTeX_'))
        .map((f) => ({ key: `${f.family}|${f.style}|${f.weight}`, display: f.display })),
    );
    expect(faces.length, path).toBeGreaterThan(15);
    expect(new Set(faces.map((f) => f.key)).size, path).toBe(faces.length);
    // Delimiter and big-operator faces never fall back: a text-sized parenthesis is a wrong glyph.
    expect(
      faces.filter((f) => f.display !== (/KaTeX_Size\d/.test(f.key) ? 'block' : 'optional')),
      path,
    ).toEqual([]);
  }
});

test('a plot dimmed while its result is recomputed is not laid out again for it', async ({
  page,
  browser,
}) => {
  // Dimming changes only the plot's opacity. When that also made the plot a stacking context (and
  // undimming unmade it), Chromium laid out the whole SVG again, every axis label included, twice
  // per press. The trace's invalidation records say why each object was laid out.
  await page.goto('/lessons/momentum/');
  const w = await widget(page, 'momentum-noise');
  await w.evaluate((el) => {
    const record = window as unknown as { dimmed: number };
    record.dimmed = 0;
    new MutationObserver(() => {
      if (el.querySelector('.wk-pending svg')) record.dimmed++;
    }).observe(el, { subtree: true, attributes: true, attributeFilter: ['class'] });
  });
  const slider = w.getByRole('slider', { name: 'Momentum β' });
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.invalidationTracking'],
  });
  for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowRight']) {
    await slider.press(key);
    await expect(w.locator('[aria-busy="true"]')).toHaveCount(0);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  }
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: { name: string; args?: { data?: { nodeName?: string; reason?: string } } }[];
  };
  // The presses did dim the plots, and the trace saw the widget laid out: the last check can fail.
  expect(await page.evaluate(() => (window as unknown as { dimmed: number }).dimmed)).toBeGreaterThan(0);
  const layouts = traceEvents.filter((e) => e.name === 'LayoutInvalidationTracking').map((e) => e.args?.data);
  expect(layouts.some((d) => d?.reason === 'Text changed')).toBe(true);
  const plots = layouts.filter(
    (d) => /^(svg|canvas)\b/i.test(d?.nodeName ?? '') && d?.reason === 'Style changed',
  );
  expect(plots, 'plots laid out again because their style changed').toEqual([]);
});
