import { axeViolations } from './fixtures/axe.ts';
import type { Locator } from '@playwright/test';
import { expect, setTheme, test } from './fixtures/site.ts';
import { expectNoBadNumbers, widget } from './fixtures/widgets.ts';

const PAGE = '/lessons/schedules/';

const summary = (w: Locator) => w.locator('.wk-summary');
test.describe('schedules lesson widgets', () => {
  test('composer: update t uses schedule(t − 1) — MultiStepLR drops after update 100, cosine is at half height at update 101', async ({
    page,
  }) => {
    await page.goto(`${PAGE}?schedule-composer.at=101`);
    const w = await widget(page, 'schedule-composer');
    const rows = w.locator('.sc-readout tbody tr');
    // By hand: cosine 0.1·½(1 + cos(π·100/200)) = 0.05; MultiStepLR([100, 150, 180]) after 100 steps: 0.1·0.1.
    await expect(rows.nth(0)).toContainText('0.05');
    await expect(rows.nth(1).locator('td').nth(0)).toHaveText('0.01');
    // Called in the wrong order, update 101 would see schedule(101): cosine 0.05·(1 + cos(101π/200)) ≈ 0.049215.
    await expect(rows.nth(0).locator('td').nth(1)).toHaveText('0.049215');
    await expect(w.locator('.sc-code')).toContainText('CosineAnnealingLR(optimizer, T_max=200, eta_min=0)');
    await expect(w.locator('.sc-code')).toContainText(
      'MultiStepLR(optimizer, milestones=[100, 150, 180], gamma=0.1)',
    );
  });

  test('composer: the past-T_max preset warns and the curve is back at the top at update 201', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'schedule-composer');
    await w.getByLabel('Load a setup').selectOption('past-tmax');
    await expect(w.locator('.sc-warnings')).toContainText('stepped past T_max = 100');
    await expect(w.locator('.sc-warnings')).toContainText('period 2T_max = 200');
    const readout = w.getByRole('slider', { name: 'Read out update t' });
    await readout.fill('201');
    // cos(π·200/100) = 1: back at 0.1; SGDR restarted at update 101 and again at 201.
    await expect(w.locator('.sc-readout tbody tr').nth(0).locator('td').nth(0)).toHaveText('0.1');
    await expect(page).toHaveURL(/schedule-composer\.schedules\.0\.tMax=100/, { timeout: 5_000 });
  });

  // How fast the summary follows the keys is `npm run bench:site`'s measure (keypress-to-next-paint
  // on every slider of this widget), not a test's.
  test('composer: keyboard — End and Home on the readout slider read the last and the first update', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'schedule-composer');
    const readout = w.getByRole('slider', { name: 'Read out update t' });
    await readout.focus();
    await page.keyboard.press('End');
    await expect(summary(w)).toContainText('update 200 uses');
    await page.keyboard.press('Home');
    await expect(summary(w)).toContainText('update 1 uses η = 0.1');
    // Sequence mode joins A and B at the milestone; the code uses SequentialLR.
    await w.getByLabel('Combine').selectOption('sequence');
    await expect(w.locator('.sc-code')).toContainText(
      'SequentialLR(optimizer, schedulers=[part1, part2], milestones=[20])',
    );
  });

  test('plateau: with an unbeatable absolute threshold the cuts come exactly every cooldown + patience + 1 epochs', async ({
    page,
  }) => {
    // threshold 0.2 (abs) cannot be beaten after epoch 1 sets the best: bad epochs from epoch 2;
    // patience 2 → first cut at epoch 4; cooldown 1 → then one ignored epoch and three bad: 8, 12, 16, 20.
    await page.goto(
      `${PAGE}?plateau.thresholdMode=abs&plateau.threshold=0.2&plateau.patience=2&plateau.cooldown=1&plateau.epochs=20&plateau.at=8`,
    );
    const w = await widget(page, 'plateau');
    await expect(w.getByTestId('plateau-cuts')).toHaveText('Cuts after epochs 4, 8, 12, 16, 20.');
    await expect(w.locator('.pc-state')).toContainText('The counter exceeded patience = 2');
    await expect(w.locator('.pc-state')).toContainText('cut from 1 to 0.5');
    // factor 0.5 five times from 2.
    await expect(summary(w)).toContainText('the rate went from 2 to 0.0625');
    const cursor = w.getByRole('slider', { name: 'Epoch under the cursor' });
    await cursor.focus();
    await page.keyboard.press('ArrowRight');
    await expect(w.locator('.pc-state')).toContainText('In cooldown');
    await expectNoBadNumbers(w);
  });

  test('plateau: the default run cuts only after patience + 1 bad epochs, and the cuts are cooldown + patience + 1 apart or more', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'plateau');
    const text = (await w.getByTestId('plateau-cuts').textContent())!;
    const cuts = text
      .replace(/[^\d,]/g, '')
      .split(',')
      .filter(Boolean)
      .map(Number);
    expect(cuts.length).toBeGreaterThanOrEqual(2);
    expect(cuts[0]).toBeGreaterThanOrEqual(4 + 2); // epoch 1 sets best; patience 4
    for (let i = 1; i < cuts.length; i++) expect(cuts[i] - cuts[i - 1]).toBeGreaterThanOrEqual(2 + 4 + 1);
  });

  test('race: every decaying schedule ends below the constant rate; the growing batch uses fewer updates', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'schedule-race');
    const s = (await summary(w).textContent())!;
    const final = (label: string) =>
      Number(s.match(new RegExp(`${label}[^;]*? ends at f − f\\* = ([\\d.e+-]+)`))![1]);
    const c = final('constant');
    for (const l of ['multi-step', 'cosine to 0', 'one-cycle']) expect(final(l)).toBeLessThan(c);
    await w.getByLabel('Grow the batch instead (matched to multi-step)').check();
    await expect(summary(w)).toContainText('growing batch, constant rate ends at', { timeout: 30_000 });
    const s2 = (await summary(w).textContent())!;
    const updates = Number(
      s2.match(/growing batch, constant rate ends at f − f\* = [\d.e+-]+ after (\d+) updates/)![1],
    );
    expect(updates).toBeLessThan(1500);
    await expect(page).toHaveURL(/schedule-race\.grow=1|schedule-race\.grow=true/, { timeout: 5_000 });
  });

  test('hostile links only produce notices', async ({ page }) => {
    await page.goto(
      `${PAGE}?schedule-composer.aTMax=-5&schedule-composer.horizon=1e999&schedule-composer.aKind=%3Cscript%3E&schedule-composer.mode=bogus&schedule-composer.s1=NaN` +
        '&schedule-race.lr=abc&schedule-race.updates=99999999&schedule-race.xAxis=0x10&plateau.patience=-3&plateau.factor=Infinity&plateau.at=1e9',
    );
    const c = await widget(page, 'schedule-composer');
    await expect(c.locator('.wk-notice').first()).toContainText('aTMax was out of range');
    await expect(c.locator('.wk-notice').first()).toContainText('horizon in the link could not be read');
    await expect(c.locator('.wk-notice').first()).toContainText('aKind in the link could not be read');
    const r = await widget(page, 'schedule-race');
    await expect(r.locator('.wk-notice').first()).toContainText('lr in the link could not be read');
    await expect(r.locator('.wk-notice').first()).toContainText('updates was out of range');
    const p = await widget(page, 'plateau');
    await expect(p.locator('.wk-notice').first()).toContainText('patience was out of range');
    for (const w of [c, r, p]) await expectNoBadNumbers(w);
    expect(await page.locator('script:not([src]):not([type])').filter({ hasText: 'alert' }).count()).toBe(0);
  });

  test('at 390 px the page does not scroll sideways', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(PAGE);
    for (const id of ['schedule-composer', 'plateau', 'schedule-race']) await widget(page, id);
    const [sw, iw] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(sw).toBeLessThanOrEqual(iw);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations in the widgets (${theme})`, async ({ page }) => {
      test.setTimeout(150_000);
      await setTheme(page, theme);
      await page.goto(`${PAGE}?schedule-race.grow=1`);
      for (const id of ['schedule-composer', 'plateau', 'schedule-race']) await widget(page, id);
      await page.locator('#schedule-composer').getByText('Show the data as a table').click();
      expect(await axeViolations(page, { include: '.wk-frame' })).toEqual([]);
    });
  }
});
