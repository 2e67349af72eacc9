import { axeViolations } from './fixtures/axe.ts';
import { builtPages, expect, lessonsOnDisk, setTheme, test } from './fixtures/site.ts';
import { widget } from './fixtures/widgets.ts';

const lessons = lessonsOnDisk();
const pages = builtPages();

test('the home page lists every lesson in course order, each linking to its page', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('.lesson-list > li');
  await expect(cards).toHaveCount(lessons.length);
  const titles = await cards.locator('h3 a').allTextContents();
  expect(titles.map((t) => t.trim())).toEqual(lessons.map((l) => l.title));
  for (const l of lessons) {
    const link = page.getByRole('link', { name: l.title, exact: true });
    await expect(link).toHaveAttribute('href', `/lessons/${l.slug}/`);
  }
  await page.getByRole('link', { name: lessons[0].title, exact: true }).click();
  await expect(page.locator('h1')).toHaveText(lessons[0].title);
});

for (const l of lessons) {
  test(`lesson ${l.slug} renders its math with KaTeX and leaves no raw TeX`, async ({ page }) => {
    await page.goto(`/lessons/${l.slug}/`);
    expect(await page.locator('.lesson-body .katex').count()).toBeGreaterThan(0);
    // Text outside code and rendered math must not contain a math delimiter or a TeX command.
    const stray = await page.evaluate(() => {
      const body = document.querySelector('.lesson-page')!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) =>
          n.parentElement?.closest('.katex, code, pre, script, style')
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_ACCEPT,
      });
      const bad: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = n.textContent ?? '';
        if (/\$|\\[a-zA-Z]+/.test(t)) bad.push(t.trim().slice(0, 80));
      }
      return bad;
    });
    expect(stray).toEqual([]);
    await expect(page.locator('.katex-error')).toHaveCount(0);
  });
}

test('a lesson ships no JavaScript bundle before interaction: small inline scripts and the narration trigger only', async ({
  page,
}) => {
  const scripts: { url: string; bytes: number }[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script')
      scripts.push({ url: r.url(), bytes: (await r.body()).length });
  });
  await page.goto('/lessons/notation/');
  await page.waitForLoadState('networkidle');
  // The only module is the "Listen" button's click handler (with Vite's tiny preload helper for
  // its dynamic import); the narrator itself loads on the click.
  expect(scripts.map((s) => s.url.replace(/.*\/_astro\//, '').replace(/\.[\w-]+\.js$/, '')).sort()).toEqual([
    'Narration.astro_astro_type_script_index_0_lang',
    'preload-helper',
  ]);
  expect(scripts.reduce((a, s) => a + s.bytes, 0)).toBeLessThan(3000);
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((s) => s.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').length));
  // The theme script before first paint, the theme button, search key and wide-formula script at
  // the end, and the one line that lets the lesson skip off-screen blocks once it has loaded.
  // Counted with runs of white space as one: Prettier indents the inline scripts (gzip makes that
  // nearly free), and the limit is about the code.
  expect(inline.reduce((a, b) => a + b, 0)).toBeLessThan(4000);
});

test('previous/next links walk the course in order and the table of contents jumps to headings', async ({
  page,
}) => {
  for (let i = 0; i < lessons.length; i++) {
    await page.goto(`/lessons/${lessons[i].slug}/`);
    await expect(
      page.getByText(`Lesson ${lessons[i].order} of ${lessons[lessons.length - 1].order}`),
    ).toBeVisible();
    const next = page.locator('a[rel="next"]');
    if (i + 1 < lessons.length)
      await expect(next).toHaveAttribute('href', `/lessons/${lessons[i + 1].slug}/`);
    else await expect(next).toHaveCount(0);
    const prev = page.locator('a[rel="prev"]');
    if (i > 0) await expect(prev).toHaveAttribute('href', `/lessons/${lessons[i - 1].slug}/`);
    else await expect(prev).toHaveCount(0);
  }
  await page.goto(`/lessons/${lessons[0].slug}/`);
  const tocLinks = page.locator('nav[aria-label="On this page"] a');
  expect(await tocLinks.count()).toBeGreaterThan(3);
  const target = tocLinks.nth(2);
  const href = (await target.getAttribute('href'))!;
  await target.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const heading = page.locator(href);
  await expect(heading).toBeInViewport();
  await expect(heading).toHaveText((await target.textContent())!.trim());
});

test('the chosen theme persists across reloads and pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/lessons/notation/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  // The button names what it will do, in both themes.
  const toDark = page.getByRole('button', { name: 'Dark theme' });
  await toDark.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Light theme' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveCount(0);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).not.toBe('rgb(252, 251, 248)');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Light theme' })).toBeVisible();
  await page.goto('/');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Light theme' }).click();
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
});

test('the theme script survives storage that throws', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new Error('denied');
      },
    });
  });
  await page.goto('/lessons/notation/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('every internal link on every page resolves', async ({ page, request }) => {
  const checked = new Map<string, number>();
  for (const path of pages) {
    await page.goto(path);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      const key = url.pathname;
      if (!checked.has(key)) checked.set(key, (await request.get(key)).status());
      expect(checked.get(key), `${path} links to ${key}`).toBe(200);
      if (url.hash && url.pathname === new URL(page.url()).pathname) {
        const id = decodeURIComponent(url.hash.slice(1));
        expect(await page.locator(`[id="${id}"]`).count(), `${path} links to missing #${id}`).toBe(1);
      }
    }
  }
  expect(checked.size).toBeGreaterThanOrEqual(lessons.length + 1);
});

for (const theme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`axe finds no accessibility violations on ${path} (${theme})`, async ({ page }) => {
      // Math-heavy lessons have ~10k KaTeX elements; axe needs tens of seconds on a busy 2-core machine.
      test.setTimeout(240_000);
      await setTheme(page, theme);
      await page.goto(path);
      // Open every disclosure so collapsed content is scanned too.
      await page
        .locator('details:not([open]) > summary')
        .evaluateAll((ss) => ss.forEach((s) => ((s.parentElement as HTMLDetailsElement).open = true)));
      // A widget recomputing dims its view for a frame or two (.wk-pending); on a busy machine that
      // can last until axe samples its colours. Scan the settled page, as a reader sees it.
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 60_000 });
      // The embed builder shows the chosen widget twice by design: the setup frame (scanned) and,
      // once it has loaded, a preview frame of the same embed page. Two copies of one page repeat
      // its landmark names, and whether the preview had loaded when axe ran decided the result.
      const scope = path === '/instructors/' ? { exclude: '.builder-preview iframe' } : {};
      expect(await axeViolations(page, scope)).toEqual([]);
    });
  }
}

test('the print stylesheet hides site chrome and opens collapsed proofs', async ({ page }) => {
  await page.goto('/lessons/notation/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.lesson-pager')).toBeHidden();
  await expect(page.locator('nav[aria-label="On this page"]')).toBeHidden();
  await expect(page.locator('.proof-body').first()).toBeVisible();
  await expect(page.locator('h1')).toBeVisible();
});

test('printed with the dark theme on, a lesson prints light: dark text on white, recaps, tables and widgets alike', async ({
  page,
}) => {
  await setTheme(page, 'dark');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/lessons/momentum/');
  await widget(page, 'momentum-eigen');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const colours = await page.evaluate(() => {
    // Relative luminance of a computed rgb()/rgba() colour (WCAG 2).
    const lum = (c: string) => {
      const [r, g, b] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
        const s = Number(v) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    /** The colour behind an element: its own background, else the nearest ancestor's that is not transparent. */
    const behind = (e: Element | null): string => {
      for (let n = e; n; n = n.parentElement) {
        const bg = getComputedStyle(n).backgroundColor;
        if (bg && !/rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const pick = (sel: string) => {
      const e = document.querySelector(sel);
      if (!e) return null;
      const cs = getComputedStyle(e);
      return { text: lum(cs.color), back: lum(behind(e)) };
    };
    return {
      body: pick('.lesson-body p'),
      recap: pick('.recap p, .recap li'),
      tableHeader: pick('.wk-frame th'),
      embedLinkShown: Array.from(document.querySelectorAll('.wk-embed-link, .wk-actions')).some(
        (e) => (e as HTMLElement).offsetParent !== null,
      ),
    };
  });
  for (const [where, c] of Object.entries(colours)) {
    if (where === 'embedLinkShown') continue;
    const { text, back } = c as { text: number; back: number };
    expect(back, `${where}: paper stays light`).toBeGreaterThan(0.8);
    expect((back + 0.05) / (text + 0.05), `${where}: contrast on paper`).toBeGreaterThan(4.5);
  }
  expect(colours.embedLinkShown, 'Embed and Copy link do not print').toBe(false);
});
