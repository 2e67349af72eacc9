import { axeViolations } from './fixtures/axe.ts';
import type { Locator } from '@playwright/test';
import { expect, setTheme, test } from './fixtures/site.ts';
import { openPlayground } from './fixtures/widgets.ts';

const playground = openPlayground;

const summary = (w: Locator) => w.locator('.wk-summary');
const testAccuracies = async (w: Locator) => {
  const text = (await summary(w).textContent()) ?? '';
  return [...text.matchAll(/test (\d+)%/g)].map((m) => Number(m[1]));
};

test.describe('capstone playground', () => {
  // How often it redraws is a rate, so a benchmark's to measure, not a test's (a loaded machine
  // halves it); the test checks that the boundary follows the training, not only its end.
  test('Play trains in the worker: the step advances, accuracy rises, the boundary redraws while it trains', async ({
    page,
  }) => {
    const w = await playground(page, '?playground.v=1&playground.runs=1');
    await expect(summary(w)).toContainText('Ready, step 0 of 3000');
    const draws = async () => Number(await w.getByTestId('pg-boards').getAttribute('data-draws'));
    const before = await draws();
    await w.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(draws, { timeout: 20_000 }).toBeGreaterThanOrEqual(before + 3);
    await expect(summary(w)).not.toContainText('Finished 3000 updates');
    await expect(summary(w)).toContainText('Finished 3000 updates', { timeout: 40_000 });
    const [acc] = await testAccuracies(w);
    expect(acc).toBeGreaterThanOrEqual(95);
    await expect(w.getByRole('table')).toContainText('3000');
    expect(await w.innerText()).not.toMatch(/NaN|undefined|Infinity/);
  });

  test('compare mode: four configurations on the same start, each with its boundary, curves and a row in the table', async ({
    page,
  }) => {
    const w = await playground(page, '?playground.v=1&playground.runs=4&playground.steps=300');
    await expect(w.getByTestId('pg-boards').locator('canvas')).toHaveCount(4);
    await w.getByRole('button', { name: 'Edit D' }).click();
    await expect(w.locator('fieldset legend', { hasText: 'Configuration D' })).toBeVisible();
    await expect(w.getByRole('button', { name: 'Edit D' })).toHaveAttribute('aria-pressed', 'true');
    await w.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(summary(w)).toContainText('Finished 300 updates', { timeout: 40_000 });
    const accs = await testAccuracies(w);
    expect(accs).toHaveLength(4);
    await expect(w.locator('tbody tr')).toHaveCount(4);
    // the same initialisation: every configuration starts from the same step-0 loss
    await w.getByRole('button', { name: 'Back to step 0' }).click();
    await expect(summary(w)).toContainText('Ready, step 0 of 300');
    const text = (await summary(w).textContent()) ?? '';
    const losses = [...text.matchAll(/train \d+% \(loss ([\d.]+)\)/g)].map((m) => m[1]);
    expect(losses).toHaveLength(4);
    expect(new Set(losses).size).toBe(1);
  });

  test('a hostile link shows notices and falls back to safe values', async ({ page }) => {
    const w = await playground(
      page,
      '?playground.v=1&playground.lr1=1e999&playground.runs=99&playground.opt2=%3Cscript%3E&playground.layers=abc&playground.noise=-5',
    );
    await expect(w.locator('.wk-notice').first()).toBeVisible();
    await expect(w.locator('.wk-notice').first()).toContainText(/lr1|runs|opt2|layers|noise/);
    await expect(w.getByTestId('pg-boards').locator('canvas')).toHaveCount(4); // runs clamped to 4
    await expect(w.getByLabel('Noise (std)')).toHaveValue('0');
    expect(await page.content()).not.toContain('<script>alert');
    expect(await w.innerText()).not.toMatch(/NaN|undefined/);
  });

  test('divergence is reported with its step, never drawn as NaN', async ({ page }) => {
    const w = await playground(
      page,
      '?playground.v=1&playground.runs=1&playground.activation=linear&playground.lr1=1',
    );
    await w.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(w.getByTestId('pg-diverged')).toContainText(/Diverged at step \d+/, { timeout: 30_000 });
    await expect(summary(w)).toContainText(/diverged at step \d+/);
    await expect(w.getByRole('table')).toContainText(/diverged at step \d+/);
    expect(await w.innerText()).not.toMatch(/NaN/);
  });

  test('keyboard: Tab reaches the controls, a slider moves with arrows and lands in the URL, Space plays and pauses', async ({
    page,
  }) => {
    const w = await playground(page);
    const batch = w.getByRole('slider', { name: /Batch size/ });
    await batch.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/playground\.batch=/, { timeout: 5_000 });
    const play = w.getByRole('button', { name: 'Play', exact: true });
    await play.focus();
    await page.keyboard.press('Space');
    await expect(summary(w)).toContainText(/Training at step|Finished/, { timeout: 10_000 });
    await w.getByRole('button', { name: 'Pause' }).press('Enter');
    await expect(summary(w)).toContainText(/Paused at step \d+|Finished/, { timeout: 10_000 });
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations in the playground after training (${theme})`, async ({ page }) => {
      await setTheme(page, theme);
      const w = await playground(page, '?playground.v=1&playground.steps=200&playground.runs=3');
      await w.getByRole('button', { name: 'Play', exact: true }).click();
      await expect(summary(w)).toContainText('Finished 200 updates', { timeout: 30_000 });
      expect(await axeViolations(page, { include: '.wk-frame' })).toEqual([]);
    });
  }

  test('at 390 px the page does not scroll sideways, with four configurations', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await playground(page, '?playground.v=1&playground.runs=4');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
