import { test, expect } from '@playwright/test';
import { writeFileSync } from 'node:fs';
const out = '/tmp/graded-shots';
test('shots', async ({ page }) => {
  test.setTimeout(600_000);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/instructors/?problems=sgd');
    await expect(page.locator('[data-embed-snippet]')).toContainText('<iframe', { timeout: 30_000 });
    await page.getByLabel(/Fixed seed/).fill('42');
    await page.getByLabel(/Graded mode/).check();
    await page.waitForTimeout(1500);
    await page.locator('.builder-form').screenshot({ path: `${out}/builder-form-${width}.png` });
    await page.locator('.builder-step').nth(1).screenshot({ path: `${out}/builder-snippet-${width}.png` });
    await page.locator('.builder-scorm').screenshot({ path: `${out}/builder-scorm-${width}.png` });
    await page.locator('section[aria-labelledby="lms-heading"]').screenshot({ path: `${out}/lms-text-${width}.png` });
    await page.locator('section[aria-labelledby="print-heading"]').screenshot({ path: `${out}/print-form-${width}.png` });
    await page.goto('/embed/problem/sgd-noise-floor/?graded=1');
    await page.locator('section[data-problem-id]').getByRole('button', { name: 'Show solution' }).click();
    await page.screenshot({ path: `${out}/graded-embed-${width}.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/embed/problem/sgd-noise-floor/?graded=1&theme=dark');
    await page.locator('section[data-problem-id]').getByRole('button', { name: 'Show solution' }).click();
    await page.screenshot({ path: `${out}/graded-embed-dark-${width}.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/problems/');
    const p = page.locator('section[data-problem-id="sgd-linear-scaling"]');
    await p.scrollIntoViewIfNeeded();
    await p.getByLabel('Your answer').fill('123456789');
    await p.getByRole('button', { name: 'Check' }).click();
    const box = page.locator('details[data-missed]').first();
    await box.locator('summary').click();
    await box.scrollIntoViewIfNeeded();
    await box.screenshot({ path: `${out}/missed-${width}.png` });
    for (const kind of ['key', 'worksheet']) {
      await page.goto(`/instructors/print/?lesson=sgd&seeds=42,7&kind=${kind}`);
      await expect(page.locator('article.sheet')).toHaveCount(2);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${out}/print-${kind}-${width}.png` });
      if (width === 1280) writeFileSync(`${out}/${kind}.pdf`, await page.pdf({ format: 'A4' }));
    }
  }
});
