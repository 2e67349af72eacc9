import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/site.ts';
import { defectsOf, readPage } from './fixtures/readerText.ts';

// Finding things again: the search box on every page, the search page's results landing on the
// right section, the quick reference, the 404 page and the sitemap.

/** The text of the section a URL hash lands on: its heading and everything up to the next heading. */
async function landedSection(page: Page): Promise<string> {
  return page.evaluate(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    const heading = document.getElementById(id);
    if (!heading) return '';
    let text = heading.textContent ?? '';
    for (let n = heading.nextElementSibling; n && !/^H[1-3]$/.test(n.tagName); n = n.nextElementSibling)
      text += ` ${n.textContent ?? ''}`;
    return text;
  });
}

async function searchFromHeader(page: Page, query: string) {
  await page.goto('/lessons/notation/');
  await page.locator('body').press('/');
  const box = page.getByRole('searchbox', { name: 'Search the course' });
  await expect(box).toBeFocused();
  await box.fill(query);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('.search-hits, .search-none')).toBeVisible({ timeout: 15_000 });
}

for (const [query, words] of [
  ['SAGA', ['saga']],
  ['bias correction', ['bias', 'correction']],
  ['warmup', ['warmup']],
] as const) {
  test(`searching for "${query}" lands on a section about it`, async ({ page }) => {
    await searchFromHeader(page, query);
    const first = page.locator('.search-hit').first();
    await expect(first.locator('h2 a')).toBeVisible();
    // Results name the page (a lesson or the problems page) and its sections.
    expect((await first.locator('h2').textContent())?.trim().length).toBeGreaterThan(3);
    await first.locator('h2 a').click();
    await expect(page).toHaveURL(/#.+/);
    // The URL changes when the navigation commits, before a long lesson has finished parsing:
    // wait for the document, then poll until the heading the hash names is in it.
    await page.waitForLoadState('domcontentloaded');
    await expect
      .poll(() => landedSection(page), { message: 'the hash names a heading on the page' })
      .not.toBe('');
    const section = (await landedSection(page)).toLowerCase();
    for (const w of words) expect(section, `the landed section mentions "${w}"`).toContain(w);
  });
}

// What a search shows reads as text: the lesson section that teaches a term comes first, excerpts
// have no entities, no formula letters run together and no words glued across elements, and
// the page a result opens marks the terms.
for (const [query, lesson, heading] of [
  ['bias correction', 'adaptive-methods', /bias correction/i],
  ['warmup', 'schedules', /^Warmup$/],
] as const) {
  test(`searching for "${query}" ranks the section that teaches it first, reads cleanly and marks the term`, async ({
    page,
    errors,
  }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('.search-hits')).toBeVisible({ timeout: 15_000 });
    const first = page.locator('.search-hit').first();
    await expect(first.locator('h2 a')).toHaveAttribute(
      'href',
      new RegExp(`^/lessons/${lesson}/\\?highlight=`),
    );
    await expect(first.locator('.search-sections li a').first()).toHaveText(heading);
    const results = await page.locator('#search-results').innerText();
    expect(results).not.toMatch(/&(?:gt|lt|amp|quot|#\d+);/);
    // Formulas are read as words ("m hat sub t"), never as KaTeX's letters run together.
    expect(results).not.toMatch(/[A-Za-z]\d[A-Za-z]\d|∑j=0|β1j/);
    const defects = defectsOf(await readPage(page, '#search-results'));
    expect(defects, defects.join('\n')).toEqual([]);
    await first.locator('.search-sections li a').first().click();
    await expect(page).toHaveURL(new RegExp(`/lessons/${lesson}/\\?highlight=.*#`));
    const marks = page.locator('mark.search-highlight');
    await expect(marks.first()).toBeVisible();
    const marked = (await marks.allTextContents()).map((t) => t.toLowerCase());
    for (const word of query.split(' ')) expect(marked.join(' ')).toContain(word);
    // Never inside a formula or a widget.
    await expect(page.locator('.katex mark, [data-pagefind-ignore] mark')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('search keeps words of neighbouring elements apart', async ({ page }) => {
  // Pagefind splits a camel-case query into its words, so "matters" may match on its own; what
  // must not exist is the glued word in the index (it would be marked, or shown, whole).
  await page.goto('/search/?q=mattersWidget');
  await expect(page.locator('.search-hits, .search-none')).toBeVisible({ timeout: 15_000 });
  const hits = page.locator('.search-hit');
  for (const text of await hits.allInnerTexts()) expect(text).not.toMatch(/matterswidget/i);
});

test('the search page explains itself without JavaScript, and the header form still reaches it', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/lessons/sgd/');
  await page.getByRole('searchbox', { name: 'Search the course' }).fill('momentum');
  await page.getByRole('searchbox', { name: 'Search the course' }).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=momentum/);
  await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  await context.close();
});

test('search results escape what the query contains', async ({ page }) => {
  await page.goto('/search/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.locator('.search-hits, .search-none')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('#search-results img')).toHaveCount(0);
});

test('the quick reference lists every optimizer with its defaults beside PyTorch’s, and every schedule', async ({
  page,
}) => {
  await page.goto('/reference/');
  for (const name of ['sgd', 'adagrad', 'rmsprop', 'adam', 'adamw']) {
    const item = page.locator(`section:has(#opt-${name})`);
    await expect(item.locator('.katex').first()).toBeVisible();
    const rows = item.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(2);
    await expect(item.locator('tbody td:nth-child(4)', { hasText: 'differs' })).toHaveCount(0);
  }
  for (const name of ['stepLR', 'cosineAnnealingLR', 'oneCycleLR', 'warmupCosine']) {
    const item = page.locator(`section:has(#sched-${name})`);
    await expect(item.locator('svg[role="img"] path.curve')).toHaveAttribute('d', /^M0\.0 /);
    await expect(item.locator('.call code')).toContainText('optimizer');
  }
});

test('the quick reference prints on at most four A4 pages', async ({ page }) => {
  await page.goto('/reference/');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(0);
  // Two pages held the 2014–2019 optimizers; the Beyond AdamW ones (Lion … Schedule-Free) and WSD
  // doubled the entries. A sheet to keep beside the keyboard, still.
  expect(pages).toBeLessThanOrEqual(4);
});

test.describe('an unknown address', () => {
  // Chromium logs the 404 status of the address itself as a console error: that one is the point.
  test.use({ expectedConsoleErrors: [/status of 404 \(Not Found\) \(http:[^)]*\/no-such-page\/\)$/] });
  test('shows the 404 page with a search form', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await page.getByRole('searchbox', { name: 'Search the course' }).last().fill('SAGA');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=SAGA/);
  });
});

test('the sitemap lists every lesson and the reference, and no 404 page', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const first = /<loc>([^<]+)<\/loc>/.exec(index)![1];
  const xml = await (await request.get(new URL(first).pathname)).text();
  for (const path of ['/lessons/sgd/', '/lessons/variance-reduction/', '/reference/', '/problems/'])
    expect(xml).toContain(path);
  expect(xml).not.toContain('404');
});

test('every lesson has a description and an Open Graph card image that exists', async ({ page, request }) => {
  for (const slug of ['notation', 'sgd', 'variance-reduction']) {
    await page.goto(`/lessons/${slug}/`);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length).toBeGreaterThan(40);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(new RegExp(`/og/${slug}\\.png$`));
    const res = await request.get(new URL(image!).pathname);
    expect(res.status()).toBe(200);
    const png = await res.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200); // IHDR width
    expect(png.readUInt32BE(20)).toBe(630);
  }
});
