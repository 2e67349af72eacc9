import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures/site.ts';
import { foreignPage, problemsOnDisk, widgetsOnDisk } from './fixtures/embeds.ts';
import { snippetHtml } from '../components/embeds/snippet.ts';
import noiseFloor from '../content/problems/sgd/sgd-noise-floor.ts';

const widgets = widgetsOnDisk();
const problems = problemsOnDisk();
const lessons = [...new Set(problems.map((p) => p.lesson))];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes.length} × ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

/** The embed is chrome-less, titled, discoverable by oEmbed and links back to the lesson. */
async function checkEmbedPage(page: Page, path: string, title: RegExp | string) {
  await expect(page).toHaveTitle(title);
  await expect(page.locator('header.site-header, nav, footer')).toHaveCount(0);
  const attribution = page.locator('.embed-attribution a');
  await expect(attribution).toHaveAttribute('href', /\/(lessons|problems)\/[a-z-]*\/?#[a-z0-9-]+$/);
  const oembed = await page
    .locator('link[rel="alternate"][type="application/json+oembed"]')
    .getAttribute('href');
  expect(oembed).toBe(`https://descent.example${path}oembed.json`);
  const json = await (await page.request.get(`${path}oembed.json`)).json();
  expect(json).toMatchObject({
    version: '1.0',
    type: 'rich',
    provider_name: 'Descent',
    width: expect.any(Number),
    height: expect.any(Number),
  });
  expect(json.html).toContain(`src="https://descent.example${path}"`);
  expect(json.title).toBeTruthy();
}

test.describe('every widget has an embed page', () => {
  expect(widgets.length).toBeGreaterThan(0);
  for (const w of widgets) {
    test(`/embed/${w.id}/ shows ${w.folder}`, async ({ page, errors }) => {
      await page.goto(`/embed/${w.id}/`);
      const frame = page.locator(`section.wk-frame#${w.id}`);
      await expect(frame).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
      const title = (await frame.locator('h3').first().textContent())!.trim();
      await checkEmbedPage(page, `/embed/${w.id}/`, `${title} · Descent`);
      await expect(page.locator('.wk-embed-link')).toBeHidden();
      expect(errors).toEqual([]);
    });
  }
});

test.describe('every problem and problem set has an embed page', () => {
  expect(problems.length).toBeGreaterThan(0);
  test('each problem', async ({ page, errors }) => {
    test.setTimeout(30_000 + problems.length * 5_000);
    for (const p of problems) {
      await page.goto(`/embed/problem/${p.id}/`);
      const s = page.locator(`section[data-problem-id="${p.id}"]`);
      await expect(s.getByRole('button', { name: 'Check' })).toBeVisible({ timeout: 20_000 });
      const heading = (await s.locator('h2').first().textContent())!.trim();
      await checkEmbedPage(page, `/embed/problem/${p.id}/`, `${heading} · Descent`);
    }
    expect(errors).toEqual([]);
  });
  for (const lesson of lessons) {
    test(`/embed/problems/${lesson}/`, async ({ page, errors }) => {
      await page.goto(`/embed/problems/${lesson}/`);
      const ids = problems.filter((p) => p.lesson === lesson).map((p) => p.id);
      await expect(page.locator('section[data-problem-id]')).toHaveCount(ids.length);
      await checkEmbedPage(page, `/embed/problems/${lesson}/`, /: practice problems · Descent$/);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('accessibility (one scan per embed kind and theme)', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`widget, problem and problem set embeds pass axe (${theme})`, async ({ page, errors }) => {
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
        expect(await axe(page), path).toEqual([]);
      }
      expect(errors).toEqual([]);
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
    errors,
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
    expect(errors).toEqual([]);
  });

  test('cross-origin widget without clipboard access: copy link falls back to a text field', async ({
    page,
    errors,
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
    expect(errors).toEqual([]);
  });
});

test.describe('auto-height', () => {
  test('several embeds on a foreign page size themselves (no inner scrollbar); a plain iframe keeps its height', async ({
    page,
    errors,
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
    expect(errors).toEqual([]);
  });

  test('the host script ignores height messages from frames that are not ours', async ({
    page,
    errors,
    baseURL,
  }) => {
    const evil = `<iframe id="evil" title="Other" srcdoc="<script>parent.postMessage({type:'descent:embed-height',height:3000},'*')<\/script>" style="height:120px;border:0"></iframe>`;
    await foreignPage(
      page,
      `${evil}<script src="${baseURL}/embed.js"></script><script>postMessage({type:'descent:embed-height',height:2500},'*')</script>`,
    );
    await page.waitForTimeout(500);
    expect(await page.locator('#evil').evaluate((el) => el.getBoundingClientRect().height)).toBe(120);
    expect(errors).toEqual([]);
  });
});

test.describe('embed parameters', () => {
  const w = widgets[0];
  const visibleControls = (page: Page) => page.locator('.wk-control:visible');
  test('hostile hide and theme values change nothing', async ({ page, errors }) => {
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
    expect(errors).toEqual([]);
  });
  test('hide= hides exactly the named controls; theme= sets the theme', async ({ page, errors }) => {
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
    expect(errors).toEqual([]);
  });
});

test.describe('the instructors page', () => {
  test('a widget frame\'s "Embed" link opens the builder on that widget', async ({ page, errors }) => {
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
    expect(errors).toEqual([]);
  });

  test("the builder's snippet, pasted into a page on another origin, keeps the setup and sizes itself", async ({
    page,
    errors,
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
    const preview = page.frameLocator('iframe[title^="Preview:"]');
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
    expect(errors).toEqual([]);
  });
});
