import { axeViolations } from './fixtures/axe.ts';
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures/site.ts';
import { foreignPage, problemsOnDisk, widgetsOnDisk } from './fixtures/embeds.ts';
import { snippetHtml } from '../components/embeds/snippet.ts';
import { siteUrl } from '../src/lib/siteUrl.ts';
import { readPackageConfigScript } from '../src/lib/scorm/packageConfig.ts';
import { readZipEntries } from '../src/lib/scorm/repackage.ts';
import { answerKey } from '../src/lib/problems/answerKey.ts';
import { answerAsInput } from '../src/lib/problems/checkAnswer.ts';
import { renderInlineMarkdown } from '../src/lib/problems/renderMarkdown.ts';

/** The public origin the build was made for (DESCENT_SITE_URL), as oEmbed and canonical links use it. */
const SITE = siteUrl(process.env.DESCENT_SITE_URL);
import noiseFloor from '../content/problems/sgd/sgd-noise-floor.ts';

const widgets = widgetsOnDisk();
const problems = problemsOnDisk();
const lessons = [...new Set(problems.map((p) => p.lesson))];
/** The embed is chrome-less, titled, discoverable by oEmbed and links back to the lesson. */
async function checkEmbedPage(page: Page, path: string, title: RegExp | string) {
  await expect(page).toHaveTitle(title);
  await expect(page.locator('header.site-header, nav, footer')).toHaveCount(0);
  const attribution = page.locator('.embed-attribution a');
  await expect(attribution).toHaveAttribute('href', /\/(lessons|problems)\/[a-z-]*\/?#[a-z0-9-]+$/);
  const oembed = await page
    .locator('link[rel="alternate"][type="application/json+oembed"]')
    .getAttribute('href');
  expect(oembed).toBe(`${SITE}${path.slice(1)}oembed.json`);
  const json = await (await page.request.get(`${path}oembed.json`)).json();
  expect(json).toMatchObject({
    version: '1.0',
    type: 'rich',
    provider_name: 'Descent',
    width: expect.any(Number),
    height: expect.any(Number),
  });
  expect(json.html).toContain(`src="${SITE}${path.slice(1)}"`);
  expect(json.title).toBeTruthy();
}

test.describe('every widget has an embed page', () => {
  expect(widgets.length).toBeGreaterThan(0);
  for (const w of widgets) {
    test(`/embed/${w.id}/ shows ${w.folder}`, async ({ page }) => {
      await page.goto(`/embed/${w.id}/`);
      const frame = page.locator(`section.wk-frame#${w.id}`);
      await expect(frame).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
      const title = (await frame.locator('h3').first().textContent())!.trim();
      await checkEmbedPage(page, `/embed/${w.id}/`, `${title} · Descent`);
      await expect(page.locator('.wk-embed-link')).toBeHidden();
      // Every control carries the name its widget declares: readable, unique on the page.
      const names = await page
        .locator('.wk-control')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.controlName ?? ''));
      for (const n of names)
        expect(n, `a control of ${w.folder} without a name`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(new Set(names).size, `${w.folder}: ${names.join(', ')}`).toBe(names.length);
    });
  }
});

test.describe('every problem and problem set has an embed page', () => {
  expect(problems.length).toBeGreaterThan(0);
  test('each problem', async ({ page }) => {
    test.setTimeout(30_000 + problems.length * 5_000);
    for (const p of problems) {
      await page.goto(`/embed/problem/${p.id}/`);
      const s = page.locator(`section[data-problem-id="${p.id}"]`);
      await expect(s.getByRole('button', { name: 'Check' })).toBeVisible({ timeout: 20_000 });
      const heading = (await s.locator('h2').first().textContent())!.trim();
      await checkEmbedPage(page, `/embed/problem/${p.id}/`, `${heading} · Descent`);
    }
  });
  for (const lesson of lessons) {
    test(`/embed/problems/${lesson}/`, async ({ page }) => {
      await page.goto(`/embed/problems/${lesson}/`);
      const ids = problems.filter((p) => p.lesson === lesson).map((p) => p.id);
      await expect(page.locator('section[data-problem-id]')).toHaveCount(ids.length);
      await checkEmbedPage(page, `/embed/problems/${lesson}/`, /: practice problems · Descent$/);
    });
  }
});

test.describe('problem embeds load what the statement needs early', () => {
  // The player's chunk is held back on purpose: the browser reports the aborted load.
  test.use({
    expectedConsoleErrors: [
      /^Failed to load resource: net::ERR_FAILED \(http:[^)]*\/_astro\/ProblemPlayer\.[^)]*\.js\)$/,
    ],
  });
  test("a problem embed fetches its problem and the renderer without waiting for the player's chunks", async ({
    page,
  }) => {
    // The page's own script starts them (prefetchProblems): with the player's chunk held back,
    // the problem module and KaTeX are still requested. On the set page, the first two problems.
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.route(/\/_astro\/ProblemPlayer\.[^/]*\.js$/, (route) => route.abort());
    const [first, second, third] = problems.filter((p) => p.lesson === 'sgd');
    const chunk = (id: string) => new RegExp(`/_astro/${id}\\.[^/]*\\.js$`);
    await page.goto(`/embed/problem/${first.id}/`);
    await expect.poll(() => requested.some((u) => chunk(first.id).test(u))).toBe(true);
    await expect.poll(() => requested.some((u) => /\/_astro\/katex\.[^/]*\.js$/.test(u))).toBe(true);
    expect(requested.some((u) => chunk(second.id).test(u))).toBe(false);
    requested.length = 0;
    await page.goto('/embed/problems/sgd/');
    await expect.poll(() => requested.some((u) => chunk(second.id).test(u))).toBe(true);
    expect(requested.some((u) => chunk(first.id).test(u))).toBe(true);
    expect(requested.some((u) => chunk(third.id).test(u))).toBe(false);
  });
});

test.describe('problem embeds: starting heights and graded mode', () => {
  test("a problem set's and a problem's starting height (oEmbed, snippet) fits the content at 800 px", async ({
    page,
    errors,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 800, height: 900 });
    for (const path of [
      ...lessons.map((l) => `/embed/problems/${l}/`),
      `/embed/problem/${problems[0].id}/`,
    ]) {
      const { height } = await (await page.request.get(`${path}oembed.json`)).json();
      await page.goto(`${path}?seed=7`);
      for (const s of await page.locator('section[data-problem-id]').all()) {
        await s.scrollIntoViewIfNeeded();
        await expect(s.getByRole('button', { name: 'Check' })).toBeVisible({ timeout: 20_000 });
      }
      const content = await page.evaluate(() =>
        Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height),
      );
      // The slots reserve the tallest sampled variant: the start is at least the content and close to it.
      expect(height, path).toBeGreaterThanOrEqual(content - 2);
      expect(height, path).toBeLessThanOrEqual(content * 1.1 + 20);
    }
    expect(errors).toEqual([]);
  });

  test('graded=1: the solution opens after a warning, a solve with it open is reported so, a fixed seed hides New variant', async ({
    page,
    errors,
    baseURL,
  }) => {
    const SEED = 9;
    await foreignPage(
      page,
      `<iframe title="Problem" src="${baseURL}/embed/problem/sgd-noise-floor/?graded=1&seed=${SEED}" style="width:100%;height:900px;border:0"></iframe>`,
    );
    const frame = await frameOf(page, '/embed/problem/sgd-noise-floor/');
    const s = frame.locator('section[data-problem-id="sgd-noise-floor"]');
    await expect(s.getByRole('button', { name: 'Check' })).toBeVisible({ timeout: 20_000 });
    await expect(frame.locator('[data-mode="graded"]')).toContainText('Graded');
    await expect(s.locator('.problem-meta')).toHaveText(`Graded · Seed ${SEED} (fixed by the link)`);
    await expect(s.getByRole('button', { name: 'New variant' })).toHaveCount(0);
    // Three wrong answers do not open the solution in graded mode.
    for (const wrong of ['1', '2', '3']) {
      await s.getByLabel(/Your answer/).fill(wrong);
      await s.getByRole('button', { name: 'Check' }).click();
    }
    await expect(s.getByText('Attempts: 3')).toBeVisible();
    await expect(s.getByText('Worked solution', { exact: true })).toHaveCount(0);
    await s.getByRole('button', { name: 'Show solution' }).click();
    await s.getByRole('button', { name: 'Keep trying' }).click();
    await expect(s.getByRole('button', { name: 'Show solution' })).toBeFocused();
    await expect(s.getByText('Worked solution', { exact: true })).toHaveCount(0);
    await s.getByRole('button', { name: 'Show solution' }).click();
    await s.getByRole('button', { name: 'Open the solution' }).click();
    await expect(s.getByText('Worked solution', { exact: true })).toBeVisible();
    await s.getByLabel(/Your answer/).fill(answerAsInput(noiseFloor.instantiate(SEED)));
    await s.getByRole('button', { name: 'Check' }).click();
    await expect(s.getByText('Solved after viewing the solution (no point)')).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __msgs: unknown[] }).__msgs.at(-1)))
      .toEqual({
        type: 'descent:problem',
        id: 'sgd-noise-floor',
        solved: true,
        attempts: 4,
        withSolution: true,
      });
    expect(errors).toEqual([]);
  });

  test('the graded confirmation passes axe in both themes', async ({ page, errors }) => {
    for (const theme of ['light', 'dark']) {
      await page.goto(`/embed/problem/sgd-noise-floor/?graded=1&theme=${theme}`);
      const s = page.locator('section[data-problem-id="sgd-noise-floor"]');
      await s.getByRole('button', { name: 'Show solution' }).click();
      await expect(s.getByRole('button', { name: 'Keep trying' })).toBeFocused();
      expect(await axeViolations(page), theme).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
});

test.describe('accessibility (one scan per embed kind and theme)', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`widget, problem and problem set embeds pass axe (${theme})`, async ({ page }) => {
      test.setTimeout(180_000);
      const w = widgets[0];
      for (const path of [
        `/embed/${w.id}/?theme=${theme}`,
        `/embed/problem/${problems[0].id}/?theme=${theme}`,
        `/embed/problems/${lessons[0]}/?theme=${theme}`,
      ]) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        if (path.startsWith(`/embed/${w.id}/`))
          await expect(page.locator('.wk-frame')).toHaveAttribute('data-hydrated', 'true', {
            timeout: 20_000,
          });
        else {
          for (const s of await page.locator('section[data-problem-id]').all()) {
            await s.scrollIntoViewIfNeeded();
            await expect(s.getByRole('button', { name: 'Check' })).toBeVisible();
          }
        }
        expect(await axeViolations(page), path).toEqual([]);
      }
    });
  }
});

const frameOf = async (page: Page, path: string): Promise<Frame> => {
  await expect.poll(() => page.frames().some((f) => f.url().includes(path))).toBe(true);
  return page.frames().find((f) => f.url().includes(path))!;
};

test.describe('hostile frames', () => {
  test('sandbox="allow-scripts" without same-origin: works in memory, says so once, posts the documented event', async ({
    page,
    baseURL,
  }) => {
    const SEED = 42;
    await foreignPage(
      page,
      `<iframe sandbox="allow-scripts" title="Problems" src="${baseURL}/embed/problems/sgd/?seed=${SEED}" style="width:100%;height:1500px;border:0"></iframe>`,
    );
    const frame = await frameOf(page, '/embed/problems/sgd/');
    const s = frame.locator('section[data-problem-id="sgd-noise-floor"]');
    await s.scrollIntoViewIfNeeded();
    await expect(s.getByRole('button', { name: 'Check' })).toBeVisible({ timeout: 20_000 });
    // Storage throws in this frame: the note shows once for the whole set, not once per problem.
    await expect(
      frame.getByText('does not allow saving', { exact: false }).locator('visible=true'),
    ).toHaveCount(1);
    await s.getByLabel(/Your answer/).fill('123456');
    await s.getByRole('button', { name: 'Check' }).click();
    await expect(s.getByText('Attempts: 1')).toBeVisible();
    const a = noiseFloor.instantiate(SEED).answer;
    if (a.kind !== 'number') throw new Error('expected a number answer');
    await s.getByLabel(/Your answer/).fill(String(a.value));
    await s.getByRole('button', { name: 'Check' }).click();
    await expect(s.getByRole('status')).toContainText('Correct');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __msgs: unknown[] }).__msgs))
      .toEqual([
        { type: 'descent:problem', id: 'sgd-noise-floor', solved: false, attempts: 1, withSolution: false },
        { type: 'descent:problem', id: 'sgd-noise-floor', solved: true, attempts: 2, withSolution: false },
      ]);
  });

  test('cross-origin widget without clipboard access: copy link falls back to a text field', async ({
    page,
    baseURL,
  }) => {
    const w = widgets[0];
    await foreignPage(
      page,
      `<iframe sandbox="allow-scripts" title="Widget" src="${baseURL}/embed/${w.id}/" style="width:100%;height:900px;border:0"></iframe>`,
    );
    const frame = await frameOf(page, `/embed/${w.id}/`);
    await expect(frame.locator('.wk-frame')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
    await frame.getByRole('button', { name: 'Copy link to this setup' }).click();
    await expect(frame.getByLabel('Copy this link:')).toHaveValue(new RegExp(`/embed/${w.id}/`));
  });
});

test.describe('auto-height', () => {
  test('several embeds on a foreign page size themselves (no inner scrollbar); a plain iframe keeps its height', async ({
    page,
    baseURL,
  }) => {
    const w = widgets[0];
    const one = snippetHtml({
      src: `${baseURL}/embed/${w.id}/`,
      title: 'Widget',
      height: 300,
      maxWidth: 0,
      script: `${baseURL}/embed.js`,
    });
    const two = snippetHtml({
      src: `${baseURL}/embed/problem/${problems[0].id}/`,
      title: 'Problem',
      height: 250,
      maxWidth: 700,
      script: `${baseURL}/embed.js`,
    });
    const plain = `<iframe id="plain" src="${baseURL}/embed/problem/${problems[1].id}/" title="Plain" height="333" style="height:333px;border:0;width:100%"></iframe>`;
    await foreignPage(page, `${one}<p>Between</p>${two}`);
    for (const [path, i] of [
      [`/embed/${w.id}/`, 0],
      [`/embed/problem/${problems[0].id}/`, 1],
    ] as const) {
      const frame = await frameOf(page, path);
      await expect(frame.locator('.embed-attribution')).toBeVisible({ timeout: 20_000 });
      await expect
        .poll(
          async () =>
            frame.evaluate(
              () => document.documentElement.scrollHeight - document.documentElement.clientHeight,
            ),
          { timeout: 20_000 },
        )
        .toBeLessThanOrEqual(1);
      const h = await page
        .locator('iframe')
        .nth(i)
        .evaluate((el) => el.getBoundingClientRect().height);
      expect(h).toBeGreaterThan(i === 0 ? 300 : 250);
    }
    // Without the script: the snippet's height stays.
    await foreignPage(page, plain, '/plain');
    const frame = await frameOf(page, `/embed/problem/${problems[1].id}/`);
    await expect(frame.getByRole('button', { name: 'Check' })).toBeVisible({ timeout: 20_000 });
    expect(await page.locator('#plain').evaluate((el) => el.getBoundingClientRect().height)).toBe(333);
  });

  test('the frame follows its content as it grows and shrinks, without reading layout from a script', async ({
    page,
    baseURL,
  }) => {
    const w = widgets.find((x) => x.id === 'playground') ?? widgets[0];
    // Count every layout read the embed page makes from script (the widget's own included).
    await page.addInitScript(() => {
      const proto = Element.prototype;
      const read = proto.getBoundingClientRect;
      (window as unknown as { layoutReads: number }).layoutReads = 0;
      proto.getBoundingClientRect = function (this: Element) {
        (window as unknown as { layoutReads: number }).layoutReads++;
        return read.call(this);
      };
    });
    await foreignPage(
      page,
      snippetHtml({
        src: `${baseURL}/embed/${w.id}/`,
        title: 'Widget',
        height: 300,
        maxWidth: 0,
        script: `${baseURL}/embed.js`,
      }),
      '/grow',
    );
    const frame = await frameOf(page, `/embed/${w.id}/`);
    await expect(frame.locator('.wk-frame')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
    const iframe = page.locator('iframe').first();
    const outer = () => iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height));
    const inner = () =>
      frame.evaluate(() =>
        Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height),
      );
    await expect
      .poll(async () => Math.abs((await outer()) - (await inner())), { timeout: 20_000 })
      .toBeLessThanOrEqual(2);
    const before = await outer();
    await page.waitForTimeout(500);
    const readsBefore = await frame.evaluate(
      () => (window as unknown as { layoutReads: number }).layoutReads,
    );
    // 12 DOM changes over 12 frames, the last of which adds 240 px.
    await frame.evaluate(async () => {
      const root = document.querySelector('[data-embed-root]')!;
      const frameDone = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      for (let k = 0; k < 11; k++) {
        const note = document.createElement('span');
        root.append(note);
        await frameDone();
        note.remove();
        await frameDone();
      }
      const block = document.createElement('div');
      block.id = 'grown';
      block.style.height = '240px';
      root.append(block);
      await frameDone();
      await frameDone();
    });
    // The height came from a ResizeObserver: the embed script read no layout while the DOM changed.
    expect(await frame.evaluate(() => (window as unknown as { layoutReads: number }).layoutReads)).toBe(
      readsBefore,
    );
    // The iframe matches the grown content, 240 px taller than before.
    const fits = async () => Math.abs((await outer()) - (await inner())) <= 2;
    await expect.poll(fits, { timeout: 5_000 }).toBe(true);
    expect(await outer()).toBeGreaterThanOrEqual(before + 238);
    const grown = await outer();
    await frame.evaluate(() => document.getElementById('grown')!.remove());
    await expect.poll(outer, { timeout: 5_000 }).toBeLessThanOrEqual(grown - 238);
    await expect.poll(fits, { timeout: 5_000 }).toBe(true);
  });

  test('the host script ignores height messages from frames that are not ours', async ({ page, baseURL }) => {
    const evil = `<iframe id="evil" title="Other" srcdoc="<script>parent.postMessage({type:'descent:embed-height',height:3000},'*')</script>" style="height:120px;border:0"></iframe>`;
    await foreignPage(
      page,
      `${evil}<script src="${baseURL}/embed.js"></script><script>postMessage({type:'descent:embed-height',height:2500},'*')</script>`,
    );
    await page.waitForTimeout(500);
    expect(await page.locator('#evil').evaluate((el) => el.getBoundingClientRect().height)).toBe(120);
  });
});

test.describe('embed parameters', () => {
  const w = widgets[0];
  const visibleControls = (page: Page) => page.locator('.wk-control:visible');
  test('hostile hide and theme values change nothing', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`/embed/${w.id}/`);
    await expect(page.locator('.wk-frame')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
    const n = await visibleControls(page).count();
    expect(n).toBeGreaterThan(0);
    const hostile = `?theme=${encodeURIComponent('"><script>alert(1)</script>')}&hide=${encodeURIComponent('*,.wk-frame,../x,<b>,' + 'a'.repeat(60))}`;
    page.on('dialog', () => {
      throw new Error('a dialog opened');
    });
    await page.goto(`/embed/${w.id}/${hostile}`);
    await expect(page.locator('.wk-frame')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(visibleControls(page)).toHaveCount(n);
    await expect(page.locator('.wk-description')).toBeVisible();
    expect(await page.locator('body').innerHTML()).not.toContain('<script>alert');
  });
  test('hide= hides exactly the named controls; theme= sets the theme', async ({ page }) => {
    await page.goto(`/embed/${w.id}/?theme=light`);
    await expect(page.locator('.wk-frame')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    const names = await page
      .locator('[data-control-name]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.controlName!));
    expect(names.length).toBeGreaterThan(0);
    await page.goto(`/embed/${w.id}/?theme=dark&hide=${names[0]},description`);
    await expect(page.locator('.wk-frame')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator(`[data-control-name="${names[0]}"]`)).toBeHidden();
    await expect(visibleControls(page)).toHaveCount(names.length - 1);
    await expect(page.locator('.wk-description')).toBeHidden();
  });
});

test.describe('the instructors page', () => {
  test('single problems get snippets; graded and seed reach the snippet; switching items resets them', async ({
    page,
    errors,
  }) => {
    await page.goto('/instructors/?problem=sgd-noise-floor');
    const what = page.getByLabel('What to embed');
    const snippet = page.locator('[data-embed-snippet]');
    await expect(snippet).toContainText('<iframe', { timeout: 20_000 }); // hydrated
    await expect(what).toHaveValue('problem:sgd-noise-floor');
    await expect(snippet).toContainText('/embed/problem/sgd-noise-floor/');
    await page.getByLabel(/Graded mode/).check();
    await page.getByLabel(/Fixed seed/).fill('42');
    // The snippet is HTML: the URL's & is written &amp; in the src attribute.
    await expect(snippet).toContainText('/embed/problem/sgd-noise-floor/?seed=42&amp;graded=1');
    await what.selectOption('problems:sgd');
    await expect(snippet).toContainText('/embed/problems/sgd/"');
    await expect(page.getByLabel(/Graded mode/)).not.toBeChecked();
    await expect(page.getByLabel(/Fixed seed/)).toHaveValue('');
    // A widget's hidden controls do not follow to the next widget either.
    const w = widgets[0];
    await what.selectOption(`widget:${w.id}`);
    const setup = page.frameLocator('iframe[title^="Set up:"]');
    await expect(setup.locator('.wk-frame')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
    const box = page.locator('.builder-check input[type="checkbox"]').first();
    await expect(box).toBeVisible({ timeout: 10_000 });
    await box.check();
    await expect(snippet).toContainText('hide=');
    await what.selectOption(`widget:${widgets[1].id}`);
    await expect(snippet).not.toContainText('hide=');
    expect(errors).toEqual([]);
  });

  test('the SCORM download makes a practice, fixed-seed copy of the package', async ({ page, errors }) => {
    await page.goto('/instructors/?problems=sgd');
    await page.getByLabel(/Fixed seed/).fill('42');
    await page.getByLabel(/Practice: every solve counts/).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download sgd-practice-seed-42.zip' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sgd-practice-seed-42.zip');
    const bytes = new Uint8Array(await (await import('node:fs/promises')).readFile((await download.path())!));
    const config = readZipEntries(bytes).find((e) => e.name === 'config.js')!;
    expect(readPackageConfigScript(new TextDecoder().decode(config.packed))).toMatchObject({
      lesson: 'sgd',
      graded: false,
      seed: 42,
    });
    await expect(page.getByRole('link', { name: 'printable answer key' })).toHaveAttribute(
      'href',
      '/instructors/print/?lesson=sgd&seeds=42&kind=key',
    );
    expect(errors).toEqual([]);
  });

  test('answer keys and worksheets: each seed its sheet, the variant and key of that seed, printable without controls', async ({
    page,
    errors,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/instructors/');
    await page.locator('.print-form select[name="lesson"]').selectOption('sgd');
    await page.locator('.print-form input[name="seeds"]').fill('42, 7');
    await page.locator('.print-form').getByText('Answer key').click();
    await page.locator('.print-form').getByRole('button', { name: 'Open the printable page' }).click();
    await expect(page).toHaveURL(/\/instructors\/print\/\?lesson=sgd&seeds=42%2C\+7&kind=key/);
    const sheets = page.locator('article.sheet');
    await expect(sheets).toHaveCount(2);
    const ids = problems.filter((p) => p.lesson === 'sgd').map((p) => p.id);
    await expect(sheets.first().locator('.sheet-problem')).toHaveCount(ids.length);
    // Typeset, not source: every formula is KaTeX and no Markdown or TeX syntax is left in the text.
    expect(await sheets.first().locator('.katex').count()).toBeGreaterThan(ids.length);
    const text = (await sheets.first().innerText()).replace(/\s+/g, ' ');
    expect(text).not.toMatch(/\$|\*\*|\\[a-z]+\{?/);
    // The noise-floor problem's variant and key for seed 42, as the embed with seed=42 shows it.
    const inst = noiseFloor.instantiate(42);
    const item = sheets.first().locator('.sheet-problem', { hasText: inst.title });
    const expected = await page.evaluate(
      (html) => {
        const d = document.createElement('div');
        d.innerHTML = html;
        return d.textContent;
      },
      renderInlineMarkdown(answerKey(inst)),
    );
    await expect(item.locator('.sheet-answer')).toContainText(expected!);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-toolbar')).toBeHidden();
    await expect(page.locator('header.site-header')).toBeHidden();
    expect(await page.locator('.sheet button:visible, .sheet input:visible').count()).toBe(0);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);

    // A worksheet: no answers, no solutions, a box to write in for each typed answer, nothing reserved empty.
    await page.emulateMedia({ media: 'screen' });
    await page.goto('/instructors/print/?lesson=sgd&seeds=3&kind=worksheet');
    await expect(page.locator('article.sheet')).toHaveCount(1);
    await expect(page.locator('.sheet-answer, .sheet-solution')).toHaveCount(0);
    await expect(page.locator('.sheet-space')).toHaveCount(ids.length - 2); // two choice problems
    await expect(page.locator('.problem-slot')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/instructors/print/?lesson=sgd&seeds=abc&kind=key');
    await expect(page.getByRole('alert')).toContainText('“abc”');
    expect(errors).toEqual([]);
  });

  // The page is static: the status line is shown before hydration from the query (printRequest.js),
  // and while the sheets are prepared the page holds room for them, so nothing moves as the island
  // hydrates or the sheets arrive (at 390 px the two status lines wrap differently; the sheets used
  // to push the footer off the screen).
  test('the print page shifts nothing as it hydrates and its sheets arrive, with or without a lesson', async ({
    page,
    errors,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const shifts = () => page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    await page.goto('/instructors/print/');
    await expect(page.getByRole('alert')).toHaveText(
      'Choose a lesson on the instructors page to print its problems.',
    );
    await page.waitForTimeout(500); // a shift is reported after the frame that makes it
    expect(await shifts()).toEqual([]);
    await page.goto('/instructors/print/?lesson=sgd&seeds=42&kind=key');
    await expect(page.locator('article.sheet')).toHaveCount(1);
    await page.waitForTimeout(500);
    expect(await shifts()).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('without JavaScript the print page asks for a lesson (not "Preparing" forever)', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/instructors/print/');
    await expect(page.locator('.print-status')).toHaveText(
      'Choose a lesson on the instructors page to print its problems.',
      { useInnerText: true }, // the server's line holds both texts, one hidden
    );
    await expect(page.getByText('Preparing the sheets…')).toBeHidden();
    await context.close();
  });

  // The builder lists the setup frame's controls as it finds them. It used to list a control by its
  // bare name until the frame's embed script had copied the label beside it, then by the label,
  // which wraps differently ("batch" → "Batch size b (second SGD run)"): a layout shift of 0.003
  // at 1280 px. The frame's embed script is held back here so the builder sees the controls first.
  test('the builder lists each control with its label from the start, and shifts nothing', async ({
    page,
  }) => {
    await page.route(/\/_astro\/EmbedLayout[^/]*\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.addInitScript(() => {
      if (location.pathname !== '/instructors/') return;
      const w = window as unknown as { shifts: number[]; lists: string[][] };
      w.shifts = [];
      w.lists = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
      const record = () => {
        const rows = [...document.querySelectorAll('.builder-controls label.builder-check')].map((l) =>
          (l.textContent ?? '').trim(),
        );
        if (rows.length && rows.join('|') !== w.lists.at(-1)?.join('|')) w.lists.push(rows);
      };
      new MutationObserver(record).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto('/instructors/');
    await expect(page.locator('.builder-controls label.builder-check').first()).toBeVisible();
    await page.waitForTimeout(2500); // past the held embed script and the builder's next reads
    const { lists, shifts } = await page.evaluate(() => {
      const w = window as unknown as { shifts: number[]; lists: string[][] };
      return { lists: w.lists, shifts: w.shifts };
    });
    expect(lists.length).toBeGreaterThan(0);
    // Every listing, the first included, shows "Label name" for each control, never the name alone.
    for (const rows of lists)
      for (const row of rows) {
        const name = row.split(/\s+/).at(-1) ?? '';
        expect(row.slice(0, -name.length).trim(), `listed by its name alone: ${rows.join(' · ')}`).not.toBe(
          name,
        );
      }
    expect(lists[0]).toContain('Learning rate η lr');
    expect(shifts).toEqual([]);
  });

  test('a widget frame\'s "Embed" link opens the builder on that widget', async ({ page }) => {
    const w = widgets[0];
    const lesson = await page.request
      .get(`/embed/${w.id}/`)
      .then((r) => r.text())
      .then((html) => /href="\/lessons\/([a-z-]+)\//.exec(html)?.[1]);
    await page.goto(`/lessons/${lesson}/`);
    const link = page.locator(`section.wk-frame#${w.id} .wk-embed-link`);
    await link.scrollIntoViewIfNeeded();
    await expect(page.locator(`section.wk-frame#${w.id}`)).toHaveAttribute('data-hydrated', 'true', {
      timeout: 20_000,
    });
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/instructors/\\?widget=${w.id}`));
    await expect(page.getByLabel('What to embed')).toHaveValue(`widget:${w.id}`);
    await expect(page.locator('header.site-header a[href="/instructors/"]')).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('on a phone the live frames load only when the reader comes to them or uses the form', async ({
    page,
    errors,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const embedRequests: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/embed/')) embedRequests.push(r.url());
    });
    await page.goto(`/instructors/?widget=${widgets[0].id}`);
    await expect(page.locator('.builder-frame-waiting')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(embedRequests, 'no embed loads with the page').toEqual([]);
    // The frame arrives where its placeholder was (it then grows to its content, as before).
    const before = await page.locator('.builder-frame').first().boundingBox();
    await page.locator('.builder-frame').first().scrollIntoViewIfNeeded();
    const setup = page.frameLocator('iframe[title^="Set up:"]');
    await expect(setup.locator('.wk-frame')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
    const after = await page.locator('iframe[title^="Set up:"]').evaluate((f) => {
      const r = f.getBoundingClientRect();
      return { y: r.top + scrollY };
    });
    // (before was read at the top of the page, so its viewport y is its page y.)
    expect(Math.abs(after.y - before!.y), "the frame takes the placeholder's place").toBeLessThanOrEqual(1);
    expect(embedRequests.some((u) => u.includes(`/embed/${widgets[0].id}/`))).toBe(true);
    // Using the form loads the setup frame without scrolling to it.
    await page.evaluate(() => scrollTo(0, 0));
    await page.reload();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('iframe[title^="Set up:"]')).toHaveCount(0);
    await page.getByLabel('What to embed').focus();
    await expect(page.locator('iframe[title^="Set up:"]')).toHaveCount(1);
    await expect(page.locator('iframe[title^="Preview:"]')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test("the builder's snippet, pasted into a page on another origin, keeps the setup and sizes itself", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const w = widgets[0];
    await page.goto(`/instructors/?widget=${w.id}`);
    const setup = page.frameLocator(`iframe[title^="Set up:"]`);
    await expect(setup.locator('.wk-frame')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
    // Set the widget up in the live frame: move its first slider to the end.
    const slider = setup.locator('input[type="range"]').first();
    await slider.focus();
    await slider.press('End');
    const moved = await slider.inputValue();
    const boxes = page.locator('.builder-check input[type="checkbox"]');
    await expect(boxes.first()).toBeVisible({ timeout: 10_000 });
    const name = (await page.locator('.builder-check code').nth(1).textContent())!;
    await boxes.nth(1).check();
    await page.getByLabel('Dark').check();
    const snippet = page.locator('[data-embed-snippet]');
    await expect(snippet).toContainText(`hide=${name}`);
    await expect(snippet).toContainText('theme=dark');
    await expect(snippet).toContainText(`${w.id}.`, { timeout: 5_000 });
    // The preview shows what the host will see.
    // The preview loads when the reader comes to it; read it only once its widget is there.
    await page.locator('.builder-preview').scrollIntoViewIfNeeded();
    const preview = page.frameLocator('iframe[title^="Preview:"]');
    await expect(preview.locator('.wk-frame')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
    await expect(preview.locator(`[data-control-name="${name}"]`)).toBeHidden({ timeout: 10_000 });
    const html = (await snippet.textContent())!;
    expect(html).toMatch(/^<iframe [^>]+><\/iframe>\n<script src="[^"]+\/embed\.js" async><\/script>$/);

    await foreignPage(page, `<p>My own course page.</p>${html}<p>After the embed.</p>`, '/builder');
    const frame = page.frameLocator('iframe[data-descent-embed]');
    await expect(frame.locator('.wk-frame')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(frame.locator(`[data-control-name="${name}"]`)).toBeHidden();
    await expect(frame.locator('input[type="range"]').first()).toHaveValue(moved);
    const f = page.frames().find((x) => x.url().includes(`/embed/${w.id}/`))!;
    await expect
      .poll(
        () => f.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight),
        { timeout: 20_000 },
      )
      .toBeLessThanOrEqual(1);
    const content = await f.evaluate(() =>
      Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height),
    );
    const h = await page
      .locator('iframe[data-descent-embed]')
      .evaluate((el) => el.getBoundingClientRect().height);
    expect(Math.abs(h - content)).toBeLessThanOrEqual(2);
  });
});
