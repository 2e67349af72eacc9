import type { Page } from '@playwright/test';
import { everyBuiltPage, expect, test } from './fixtures/site.ts';

// A `<select>` anywhere in the served HTML made Chromium lay out its whole widget when the document
// finished parsing, off screen too (kit SelectSlot). Widgets serve a stand-in of the same box
// and put the select in its place once hydrated.

test('no lesson or embed page serves a <select>; widgets serve stand-ins instead', async ({ request }) => {
  const pages = everyBuiltPage().filter((p) => p.startsWith('/lessons/') || p.startsWith('/embed/'));
  expect(pages.length).toBeGreaterThan(20);
  const withSelect: string[] = [];
  let standIns = 0;
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    if (/<select[\s>]/.test(html)) withSelect.push(path);
    standIns += html.match(/<output [^>]*class="wk-select-standin"/g)?.length ?? 0;
  }
  expect(withSelect).toEqual([]);
  expect(standIns).toBeGreaterThan(20);
});

interface Box {
  frame: string;
  text: string;
  width: number;
  height: number;
  x: number;
  y: number;
}

/** Each select (or stand-in) of the page: its box relative to its parent, and the option it reads. */
async function boxes(page: Page, selector: string): Promise<Box[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const p = el.parentElement!.getBoundingClientRect();
      return {
        frame: el.closest('.wk-frame')!.id,
        text:
          el instanceof HTMLSelectElement
            ? (el.selectedOptions[0]?.textContent ?? '')
            : (el.textContent ?? ''),
        width: r.width,
        height: r.height,
        x: r.left - p.left,
        y: r.top - p.top,
      };
    }),
  );
}

// The page seen before hydration has its scripts refused (below): those refusals are its only
// expected console errors.
test.use({
  expectedConsoleErrors: [/^Failed to load resource: net::ERR_FAILED \(http:[^)]*\/_astro\/[^)]*\.js\)$/],
});

// The capstone has the kit's Select in settings columns and one sized by its options (the
// playground's configuration picker); the schedules lesson has the composer's preset picker.
for (const path of ['/lessons/capstone/', '/lessons/schedules/'])
  for (const width of [390, 1280])
    test(`${path} at ${width} px: each stand-in is the box of its select, reads its option, and is not focusable`, async ({
      page,
      browser,
    }) => {
      test.setTimeout(120_000);
      // Before hydration: the islands' scripts never arrive.
      const before = await browser.newPage({ viewport: { width, height: 900 } });
      await before.route(/\/_astro\/.*\.js$/, (r) => r.abort());
      await before.goto(path);
      const standIns = await boxes(before, '.wk-select-slot > output.wk-select-standin');
      expect(standIns.length).toBeGreaterThan(0);
      expect(
        await before.locator('.wk-select-standin [tabindex], .wk-select-standin[tabindex]').count(),
      ).toBe(0);
      await before.close();

      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      for (const frame of new Set(standIns.map((s) => s.frame))) {
        await page.locator(`#${frame}`).scrollIntoViewIfNeeded();
        await expect(page.locator(`#${frame}[data-hydrated]`)).toHaveCount(1, { timeout: 60_000 });
      }
      const selects = await boxes(page, '.wk-select-slot > select');
      expect(selects.map((s) => [s.frame, s.text])).toEqual(standIns.map((s) => [s.frame, s.text]));
      for (const [i, s] of selects.entries())
        for (const k of ['width', 'height', 'x', 'y'] as const)
          expect(Math.abs(s[k] - standIns[i][k]), `${s.frame} select ${i} ${k}`).toBeLessThan(0.01);
    });
