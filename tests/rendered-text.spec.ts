import type { Page } from '@playwright/test';
import { everyBuiltPage, expect, test } from './fixtures/site.ts';
import { hydrateAll } from './fixtures/hydrateAll.ts';
import { defectsOf, readPage } from './fixtures/readerText.ts';

// The rendered-text check: what a reader would see as broken, read from every built page as the
// browser shows it on a 390 px phone once every island has hydrated — raw Markdown or TeX, HTML
// entities, sentences glued to the next word, hyphens for minus signs, numbers set beside their
// formula in the text font, and formulas or tables wider than their box. The rules are
// src/lib/typeset/textDefects.ts (unit-tested there); tests/fixtures/readerText.ts reads the page.

async function openEverything(page: Page) {
  await hydrateAll(page);
  await page.evaluate(() => document.fonts.ready);
  // Proofs and deep dives are read open, as a reader who opens them sees them.
  await page.evaluate(() =>
    document.querySelectorAll('details').forEach((d) => {
      d.open = true;
    }),
  );
  await page.evaluate(() => new Promise(requestAnimationFrame));
}

const report = (lines: string[]) => `${lines.length} defects:\n${lines.join('\n')}`;

for (const path of everyBuiltPage()) {
  test(`${path} reads as typeset at 390 px`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await openEverything(page);
    const reading = await readPage(page);
    expect(reading.pageWidth, 'page width at 390 px').toBeLessThanOrEqual(390);
    const defects = defectsOf(reading);
    expect(defects, report(defects)).toEqual([]);
  });
}

// Problems render on the client, from a seed per reader: read every problem's prompt, every hint
// and the worked solution in three variants each.
test('every problem reads as typeset, with its hints and solution, in three variants at 390 px', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/problems/');
  await hydrateAll(page);
  const problems = page.locator('section.problem');
  const count = await problems.count();
  expect(count).toBeGreaterThan(40);
  await expect(page.locator('section.problem form')).toHaveCount(count);
  const defects = new Set<string>();
  for (let variant = 0; variant < 3; variant++) {
    // Reveal every hint and solution (buttons remove themselves once used).
    await page.evaluate(async () => {
      const press = async (re: RegExp) => {
        for (let round = 0; round < 10; round++) {
          const buttons = Array.from(document.querySelectorAll('section.problem button')).filter((b) =>
            re.test(b.textContent ?? ''),
          ) as HTMLButtonElement[];
          if (buttons.length === 0) return;
          buttons.forEach((b) => b.click());
          await new Promise(requestAnimationFrame);
        }
      };
      await press(/^Show hint/);
      await press(/^Show solution/);
    });
    await expect(page.locator('section.problem .solution')).toHaveCount(count);
    await page.evaluate(() => document.fonts.ready);
    for (const line of defectsOf(await readPage(page, 'section.problem'))) defects.add(`v${variant} | ${line}`);
    await page.evaluate(() =>
      document.querySelectorAll('section.problem button').forEach((b) => {
        if (b.textContent === 'New variant') (b as HTMLButtonElement).click();
      }),
    );
    await expect(page.locator('section.problem .solution')).toHaveCount(0);
  }
  expect([...defects], report([...defects])).toEqual([]);
});
