import type { Locator, Page } from '@playwright/test';
import { axeViolations } from './fixtures/axe.ts';
import { expect, setTheme, test } from './fixtures/site.ts';
import { num } from './fixtures/widgets.ts';

// The capstone's digits board (issue 30, part 2): the digits download on the first Play or Step,
// the default runs reproduce the lesson's table, and what the board reports agrees with itself.

const DIGITS = /\/data\/digits\.bin$/;

/** Opens `path` and returns the digits board once hydrated, counting requests for the digits. */
async function openBoard(
  page: Page,
  path = '/lessons/capstone/',
): Promise<{ w: Locator; downloads: () => number }> {
  let downloads = 0;
  page.on('request', (r) => {
    if (DIGITS.test(new URL(r.url()).pathname)) downloads++;
  });
  await page.goto(path);
  const w = page.locator('#digits');
  await w.scrollIntoViewIfNeeded();
  await expect(w).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
  return { w, downloads: () => downloads };
}

const finished = async (w: Locator, steps: number) =>
  expect(w.locator('.wk-summary')).toContainText(`Finished ${steps} updates`, { timeout: 90_000 });

/** The test accuracy (%) the board's metrics table gives configuration `letter`. */
async function boardTestAccuracy(w: Locator, letter: string): Promise<number> {
  const row = w.locator('table.wk-metrics tbody tr').filter({ hasText: new RegExp(`^\\s*${letter}:`) });
  return num(await row.locator('td[data-label="test acc."]').innerText(), '');
}

/** The lesson table's test accuracy (%) after T updates for the run whose label starts with `label`. */
async function lessonTableAccuracy(page: Page, label: string): Promise<number> {
  // textContent: a lesson block off screen is not rendered (content-visibility), so it has no innerText
  const row = page.locator('.lesson-body table tr').filter({ hasText: label }).first();
  return num((await row.locator('td').last().textContent()) ?? '', '');
}

test.describe('digits board', () => {
  test('downloads nothing until Play; the default runs reproduce the lesson table; matrix, misclassified digits and accuracy agree', async ({
    page,
  }) => {
    const { w, downloads } = await openBoard(page);
    await expect(w.locator('.wk-summary')).toContainText('Press Play or Step to download the digits');
    await page.waitForTimeout(500);
    expect(downloads()).toBe(0);

    await w.getByRole('button', { name: 'Play', exact: true }).click();
    await finished(w, 500);
    expect(downloads()).toBe(1);

    // Defaults A–D are the table's SGD + momentum, Adam, Adam + L2 and AdamW rows (seed 1, b = 32).
    const rows: [string, string][] = [
      ['A', 'SGD β = 0.9, η = 0.05'],
      ['B', 'Adam η = 10⁻³'],
      ['C', 'Adam + L2 λ = 10⁻² on the weights'],
      ['D', 'AdamW λ = 10⁻²'],
    ];
    for (const [letter, label] of rows) {
      const board = await boardTestAccuracy(w, letter);
      const lesson = await lessonTableAccuracy(page, label);
      expect(board, `${letter} against "${label}"`).toBe(Math.round(lesson));
      expect(board).toBeGreaterThan(80); // chance is 10%
    }

    // The details of B: the confusion matrix's diagonal, the count of misclassified digits and the
    // accuracy in the table are three views of one evaluation.
    await w.getByLabel('Show the details of configuration').selectOption('1');
    // The board has a select's value a frame after the select shows it (kit useNativeControl).
    const figcaption = w.locator('.digits-details figcaption').first();
    await expect(figcaption).toContainText('configuration B at step 500');
    const caption = await figcaption.innerText();
    const right = num(caption, /the 1,000 test digits.*?;/);
    const cells = w.locator('table.digits-confusion tbody tr');
    await expect(cells).toHaveCount(10);
    let diagonal = 0;
    let total = 0;
    for (let t = 0; t < 10; t++) {
      const counts = (await cells.nth(t).locator('td').allInnerTexts()).slice(0, 10).map(Number);
      diagonal += counts[t];
      total += counts.reduce((a, b) => a + b, 0);
    }
    expect(total).toBe(1000);
    expect(diagonal).toBe(right);
    expect(Math.round(diagonal / 10)).toBe(await boardTestAccuracy(w, 'B'));
    const wrongCaption = await w.locator('.digits-details figcaption').nth(1).innerText();
    expect(num(wrongCaption, /of the/)).toBe(1000 - right);
    const wrong = w.getByRole('img', { name: /^Test digit \d+: a \d, read as \d$/ });
    await expect(wrong).toHaveCount(24);
    for (const name of await wrong.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))) {
      const [, truth, read] = /a (\d), read as (\d)/.exec(name)!;
      expect(truth).not.toBe(read);
    }
    await expect(w.getByRole('img', { name: /^Weights of hidden unit \d+$/ })).toHaveCount(16);
    // the images are drawn, not blank: a canvas's pixels differ from one another
    const drawn = await w
      .getByRole('img', { name: 'Weights of hidden unit 1', exact: true })
      .evaluate((c: HTMLCanvasElement) => new Set(c.getContext('2d')!.getImageData(0, 0, 14, 14).data).size);
    expect(drawn).toBeGreaterThan(10);
  });

  test('keyboard: Step trains a few updates and starts the download; settings go into the link', async ({
    page,
  }) => {
    const { w, downloads } = await openBoard(
      page,
      '/lessons/capstone/?digits.v=1&digits.runs=1&digits.layers=0',
    );
    await w.getByLabel('Run length T (updates)').focus();
    const step = w.getByRole('button', { name: /^Step \(/ });
    await step.focus();
    await page.keyboard.press('Enter');
    await expect(w.getByTestId('training-step')).toHaveText('step 5 of 500', { timeout: 30_000 });
    expect(downloads()).toBe(1);
    await expect(w.locator('.wk-summary')).toContainText('Paused at step 5 of 500');
    await expect(w.getByRole('img', { name: /^Weights of class \d$/ })).toHaveCount(10);
    await w.getByLabel(/^Penalty \(λ₂\/2\)‖w‖²/).check();
    await expect(page).toHaveURL(/digits\.configs\.0\.l2On=1/);
    await expect(w.locator('.wk-summary')).toContainText('L2 λ₂ = 0.01 on the weights');
  });

  test('a failed download says so, keeps the settings, and the board still works after a reload', async ({
    page,
  }) => {
    await page.route(DIGITS, (route) => route.fulfill({ status: 404, body: 'not here' }));
    const { w } = await openBoard(page, '/lessons/capstone/?digits.v=1&digits.runs=2&digits.batch=64');
    await w.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(w.getByRole('alert')).toContainText(/Could not download the digits .*HTTP 404/, {
      timeout: 30_000,
    });
    await expect(w.locator('.wk-summary')).toContainText('Training stopped');
    await expect(page).toHaveURL(/digits\.batch=64/);
    await expect(w.getByLabel('Batch size b')).toHaveValue(/./);
    await page.unroute(DIGITS);
    await page.reload();
    const again = page.locator('#digits');
    await again.scrollIntoViewIfNeeded();
    await expect(again).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
    await again.getByRole('button', { name: /^Step \(/ }).click();
    await expect(again.getByTestId('training-step')).toHaveText('step 5 of 500', { timeout: 30_000 });
  });

  test('embedded, it trains on its own page', async ({ page }) => {
    const { w, downloads } = await openBoard(
      page,
      '/embed/digits/?digits.v=1&digits.runs=1&digits.steps=100',
    );
    await w.getByRole('button', { name: 'Play', exact: true }).click();
    await finished(w, 100);
    expect(downloads()).toBe(1);
    expect(await boardTestAccuracy(w, 'A')).toBeGreaterThan(50);
    // The finished run's curves open in the kit's run explorer (Recharts, loaded on demand).
    await w.getByRole('button', { name: 'Explore the accuracy curves' }).click();
    const panel = w.locator('.wk-explore-panel');
    await expect(panel.getByRole('heading', { name: 'Explore the accuracy curves' })).toBeFocused();
    await expect(panel.locator('.wk-rx-legend button')).toHaveCount(2); // A train, A test
    await expect(panel.locator('.recharts-surface').first()).toBeVisible({ timeout: 30_000 });
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
  });

  test('a press while training restarts the runs; the details and the board keep their size meanwhile', async ({
    page,
  }) => {
    const { w } = await openBoard(page, '/embed/digits/?digits.v=1&digits.runs=2&digits.steps=2000');
    await w.getByRole('button', { name: 'Play', exact: true }).click();
    const stepCell = w.locator('table.wk-metrics tbody tr').first().locator('td[data-label="step"]');
    await expect(stepCell).toHaveText(/^[1-9]\d*$/, { timeout: 30_000 });
    await expect(w.locator('.digits-details')).toBeVisible();
    type Seen = { frame: number; details: boolean; rows: number; step: number };
    const watch = w.evaluate(
      (frame) =>
        new Promise<Seen[]>((resolve) => {
          const seen: Seen[] = [];
          const t0 = performance.now();
          const tick = () => {
            seen.push({
              frame: Math.round(frame.getBoundingClientRect().height),
              details: frame.querySelector('.digits-details') !== null,
              rows: frame.querySelectorAll('table.wk-metrics tbody tr').length,
              step: Number(
                frame.querySelector('table.wk-metrics tbody tr td[data-label="step"]')?.textContent,
              ),
            });
            const wentBack = seen.some((s, i) => i > 0 && s.step < seen[i - 1].step);
            if (wentBack || performance.now() - t0 > 5000) resolve(seen);
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
    );
    await w.getByRole('slider', { name: 'Hidden layers' }).press('ArrowRight');
    const seen = await watch;
    const steps = seen.map((s) => s.step);
    expect(
      steps.some((v, i) => i > 0 && v < steps[i - 1]),
      `the runs restarted: ${steps.join(' ')}`,
    ).toBe(true);
    for (const s of seen) {
      expect(s.details).toBe(true);
      expect(s.rows).toBe(2);
      expect(Math.abs(s.frame - seen[0].frame), 'the board keeps its height').toBeLessThanOrEqual(1);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations once trained, details shown (${theme})`, async ({ page }) => {
      await setTheme(page, theme);
      const { w } = await openBoard(page, '/lessons/capstone/?digits.v=1&digits.runs=2&digits.steps=100');
      await w.getByRole('button', { name: 'Play', exact: true }).click();
      await finished(w, 100);
      expect(await axeViolations(page, { include: '#digits' })).toEqual([]);
    });
  }
});
