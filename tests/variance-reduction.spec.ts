import { axeViolations } from './fixtures/axe.ts';
import type { Locator } from '@playwright/test';
import { expect, setTheme, test } from './fixtures/site.ts';
import { expectNoBadNumbers, widget } from './fixtures/widgets.ts';

const PAGE = '/lessons/variance-reduction/';

const summary = (w: Locator) => w.locator('.wk-summary');

/** Reads "a × 10⁻ᵇ" (or a plain decimal) as a number. */
function readSci(text: string): number {
  const sup: Record<string, string> = {
    '⁰': '0',
    '¹': '1',
    '²': '2',
    '³': '3',
    '⁴': '4',
    '⁵': '5',
    '⁶': '6',
    '⁷': '7',
    '⁸': '8',
    '⁹': '9',
    '⁻': '-',
  };
  const m = text.match(/([\d.]+) × 10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)/);
  if (m) return Number(m[1]) * 10 ** Number([...m[2]].map((c) => sup[c]).join(''));
  return Number(text);
}

test.describe('variance-reduction lesson widgets', () => {
  test("the race: SAGA and SVRG reach 1e-10 while SGD stalls; the theorems' steps draw the guarantees", async ({
    page,
  }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'race');
    const s = await summary(w).textContent();
    expect(s).toMatch(/SAGA reaches 1 × 10⁻¹⁰ after [\d.]+ passes/);
    expect(s).toMatch(/SVRG \(option I\) reaches 1 × 10⁻¹⁰ after [\d.]+ passes/);
    expect(s).toMatch(/SGD ends at/);
    await expect(w.locator('.wk-legend')).not.toContainText('guarantee');
    await w.getByLabel(/Step sizes/).selectOption('theorem');
    await expect(w.locator('.wk-legend')).toContainText('SAGA guarantee (Defazio et al., Thm 1)', {
      timeout: 30_000,
    });
    await expect(w.locator('.wk-legend')).toContainText('SVRG guarantee (Johnson & Zhang, Thm 1)');
    await expect(w.getByTestId('race-constants')).toContainText('option II');
    await expectNoBadNumbers(w);
  });

  test('the race responds to the keyboard: End on the examples slider sets n = 1000 and the link stores it', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'race');
    const slider = w.getByRole('slider', { name: /Examples n/ });
    await slider.focus();
    await page.keyboard.press('End');
    await expect(w.locator('output').first()).toHaveText('1000');
    await expect(summary(w)).toContainText('SAGA reaches 1 × 10⁻¹⁰', { timeout: 30_000 });
    await expect(page).toHaveURL(/race\.n=1000/, { timeout: 5_000 });
    await page.keyboard.press('Home');
    await expect(w.locator('output').first()).toHaveText('10');
  });

  test('the race restores its state from the URL and clamps bad values with a notice', async ({ page }) => {
    await page.goto(`${PAGE}?race.v=1&race.n=50&race.steps=theorem&race.passes=30`);
    let w = await widget(page, 'race');
    await expect(w.getByRole('slider', { name: /Examples n/ })).toHaveAttribute('aria-valuetext', '50');
    await expect(w.getByLabel(/Step sizes/)).toHaveValue('theorem');
    await expect(w.locator('.wk-notice')).toHaveCount(0);

    await page.goto(`${PAGE}?race.n=3&race.l2=NaN&race.steps=bogus`);
    w = await widget(page, 'race');
    const notice = w.locator('.wk-notice');
    await expect(notice).toContainText('n was out of range (10 to 1000) and was set to 10.');
    await expect(notice).toContainText('l2 in the link could not be read, so the default 0.01 is used.');
    await expect(w.getByRole('slider', { name: /Examples n/ })).toHaveAttribute('aria-valuetext', '10');
    await expectNoBadNumbers(w);
  });

  test("estimator variance: SGD keeps about σ*² while SVRG's and SAGA's fall by orders of magnitude", async ({
    page,
  }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'variance');
    const s = (await summary(w).textContent())!;
    const m = s.match(/SGD's estimate is ([^(]+) \(σ\*² = ([^)]+)\), SVRG's is (.+) and SAGA's is (.+)\.$/);
    expect(m, s).not.toBeNull();
    const [sgd, sigma, svrg, saga] = m!.slice(1, 5).map((t) => readSci(t.trim()));
    expect(sgd / sigma).toBeGreaterThan(0.5);
    expect(sgd / sigma).toBeLessThan(2);
    expect(svrg).toBeLessThan(1e-5 * sigma);
    expect(saga).toBeLessThan(1e-8 * sigma);
  });

  test('the SAGA table: a smaller n fills in sooner, and the transport steps through it', async ({
    page,
  }) => {
    await page.goto(`${PAGE}?saga-table.n=4&saga-table.passes=12`);
    let w = await widget(page, 'saga-table');
    await expect(w.getByRole('slider', { name: /Examples n/ })).toHaveAttribute('aria-valuetext', '4');
    await expect(w.getByTestId('saga-fresh')).toHaveText(/^4 of 4 rows refreshed/);
    const scrub = w.getByRole('slider', { name: 'Step', exact: true });
    await scrub.focus();
    await page.keyboard.press('Home');
    await expect(w.getByTestId('saga-fresh')).toHaveText(/^0 of 4 rows refreshed/);
    await expect(summary(w)).toContainText('Step 0: the table holds');
    await w.getByRole('button', { name: 'Step forward one frame' }).click();
    await expect(summary(w)).toContainText(/Step 1: example [1-4] was drawn/);
    await expect(w.getByTestId('saga-fresh')).toHaveText(/^1 of 4 rows refreshed/);

    await page.goto(`${PAGE}?saga-table.n=64&saga-table.passes=1`);
    w = await widget(page, 'saga-table');
    await expect(w.getByRole('slider', { name: /Examples n/ })).toHaveAttribute('aria-valuetext', '64');
    await expect(w.getByTestId('saga-fresh')).toHaveText(/ of 64 rows refreshed/);
    const text = (await w.getByTestId('saga-fresh').textContent())!;
    const refreshed = Number(text.split(' ')[0]);
    expect(refreshed).toBeLessThan(64);
    expect(refreshed).toBeGreaterThan(20);
    await expect(summary(w)).toContainText('some rows are still from the initialisation');
  });

  test('the step-size explorer marks blow-ups at huge steps and none below 1/2', async ({ page }) => {
    await page.goto(PAGE);
    let w = await widget(page, 'step-sweep');
    const outcomes = w.getByTestId('sweep-outcomes');
    for (const name of ['SGD', 'SVRG (m = 2n)', 'SAGA'])
      await expect(outcomes.locator('li', { hasText: name })).toContainText('diverged from c =');
    await w.getByText('Show every run as a table').click();
    await expect(w.locator('.vr-sweep-table')).toContainText('diverged at pass');

    await page.goto(`${PAGE}?step-sweep.maxMultiple=0.5`);
    w = await widget(page, 'step-sweep');
    for (const li of await w.getByTestId('sweep-outcomes').locator('li').all())
      await expect(li).toContainText('no run diverged');
  });

  test('extreme settings at the schema bounds finish without NaN, freezing or console errors', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto(
      `${PAGE}?race.n=1000&race.l2=1e-4&race.scale=10&race.passes=60&variance.n=500&variance.scale=0.1&variance.l2=1&variance.passes=40&saga-table.n=2&saga-table.passes=12&step-sweep.maxMultiple=1e6&step-sweep.n=10&step-sweep.l2=1&step-sweep.passes=5`,
    );
    for (const id of ['race', 'variance', 'saga-table', 'step-sweep']) {
      const w = await widget(page, id);
      await expect(summary(w)).not.toHaveText(/Computing|could not be computed/);
      await expectNoBadNumbers(w);
      // The page stays responsive while workers compute: a frame is painted promptly.
      const t = await page.evaluate(
        () =>
          new Promise<number>((res) => {
            const t0 = performance.now();
            requestAnimationFrame(() => res(performance.now() - t0));
          }),
      );
      expect(t).toBeLessThan(1000);
    }
    await expect(page.locator('#step-sweep').getByTestId('sweep-outcomes')).toContainText(
      'diverged from c =',
    );
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations after interacting with every widget (${theme})`, async ({ page }) => {
      await setTheme(page, theme);
      await page.goto(`${PAGE}?race.steps=theorem&race.n=3`);
      for (const id of ['race', 'variance', 'saga-table', 'step-sweep']) await widget(page, id);
      await page.locator('#saga-table').getByRole('button', { name: 'Step forward one frame' }).click();
      await page.locator('#step-sweep').getByText('Show every run as a table').click();
      await page.locator('#race').getByText('Show the data as a table').click();
      expect(await axeViolations(page, { include: '.wk-frame' })).toEqual([]);
    });
  }
});

test.describe('variance-reduction lesson text', () => {
  test('SAGA is presented as unbiased from any table start; the corollary and the measurement are told apart', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const main = page.locator('main');
    await expect(main).not.toContainText('biased early on');
    await expect(main).toContainText('a table of zeros is free and just as unbiased');
    await expect(main.locator('#thm-saga')).toContainText('Corollary 1');
    await expect(main).toContainText('The race measures something else at a different rate');
    // The prose's cross-reference (the pager's "Next" link to lesson 3 is outside the body).
    await expect(main.locator('.lesson-body a[href="/lessons/momentum/"]')).toHaveCount(1);
  });

  test('the lesson ends with Check your understanding (5–8 questions with worked answers), then Recap', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const items = page.getByRole('region', { name: 'Check your understanding' }).locator('li.question');
    expect(await items.count()).toBeGreaterThanOrEqual(5);
    expect(await items.count()).toBeLessThanOrEqual(8);
    await items.nth(1).getByText('Show the answer').click();
    await expect(items.nth(1).locator('.answer-body')).toContainText('exact mean');
    const headings = await page.locator('main h2').allTextContents();
    expect(headings.indexOf('Check your understanding')).toBe(headings.indexOf('Recap') - 1);
  });
});
