import { axeViolations } from './fixtures/axe.ts';
import type { Locator } from '@playwright/test';
import { expect, setTheme, test } from './fixtures/site.ts';
import { expectNoBadNumbers, num, nums, widget } from './fixtures/widgets.ts';

const PAGE = '/lessons/adamw/';

const summary = (w: Locator) => w.locator('.wk-summary');
const text = async (w: Locator) => (await summary(w).textContent()) ?? '';

test.describe('SGD + L2 against decoupled SGD', () => {
  test('coincide at λ′ = λ/η, separate otherwise, and under a schedule unless λ′ₜ = λ/ηₜ', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'adamw-sgd-equivalence');
    let s = await text(w);
    expect(s).toContain('The two paths coincide');
    // The paper's convention: λ′ = λ/η₀ = 0.03/0.3.
    expect(num(s, 'equivalent λ′ = ')).toBeCloseTo(0.03 / 0.3, 10);
    expect(num(s, 'largest gap ')).toBeLessThan(1e-12);
    await w.getByRole('slider', { name: 'L2 coefficient λ′' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(summary(w)).toContainText('The paths separate');
    expect(num(await text(w), 'largest gap ')).toBeGreaterThan(1e-4);
    await w.getByRole('button', { name: /Set λ′ to the equivalent/ }).click();
    await expect(summary(w)).toContainText('The two paths coincide');
    // A step schedule: the constant λ′ = λ/η₀ no longer matches after the drop…
    await w.getByRole('combobox', { name: 'Learning-rate schedule' }).selectOption('step');
    await expect(summary(w)).toContainText('The paths separate');
    // …but λ′ₜ = λ/ηₜ follows the decoupled path exactly.
    await w.getByRole('checkbox', { name: /Also run λ′ₜ = λ\/ηₜ/ }).check();
    await expect(summary(w)).toContainText('final gap to the decoupled path is');
    expect(num(await text(w), 'final gap to the decoupled path is ')).toBeLessThan(1e-12);
    // The lr-scaled convention: λ′ = λ works under the same schedule.
    await w.getByRole('combobox', { name: 'Decoupled decay' }).selectOption('lr-scaled');
    await w.getByRole('button', { name: /Set λ′ to the equivalent/ }).click();
    // The summary follows the controls one painted frame later.
    await expect(summary(w)).toContainText('equivalent λ′ = 0.03,');
    await expect(summary(w)).toContainText('The two paths coincide');
    s = await text(w);
    expect(num(s, 'equivalent λ′ = ')).toBeCloseTo(0.03, 10);
    await expect(page).toHaveURL(/adamw-sgd-equivalence\.convention=lr-scaled/);
  });

  test('η₀ = 2 diverges: reported in words, no NaN drawn, still responsive', async ({ page }) => {
    await page.goto(`${PAGE}?adamw-sgd-equivalence.lr=2&adamw-sgd-equivalence.steps=400`);
    const w = await widget(page, 'adamw-sgd-equivalence');
    await expect(summary(w)).toContainText(/diverged at step \d+/);
    await expect(w.locator('.wk-legend').first()).toContainText('diverged at step');
    await expectNoBadNumbers(w);
    await w.getByRole('button', { name: 'Reset' }).click();
    await expect(summary(w)).toContainText('The two paths coincide');
  });

  test('keyboard: the start point moves with arrows + Enter, Reset restores it', async ({ page }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'adamw-sgd-equivalence');
    await expect(w.getByText('Start (−2, 1.8).')).toBeVisible();
    await w.getByRole('application', { name: /Click to set the start point/ }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(w.getByText('Start (−2, 1.8).')).toHaveCount(0);
    await expect(summary(w)).toContainText('The two paths coincide'); // the equivalence does not depend on the start
    await w.getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('Enter');
    await expect(w.getByText('Start (−2, 1.8).')).toBeVisible();
  });
});

test.describe('Adam + L2 against AdamW per parameter', () => {
  test('L2’s decay falls with the gradient scale, ≈ by the spread; AdamW’s is ηλ for all and its parameters agree', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'adamw-per-param');
    await expect(summary(w)).toContainText('Adam + L2: decay per update', { timeout: 20_000 });
    const s = await text(w);
    const l2 = nums(s, 'Adam + L2: decay per update ');
    const aw = nums(s, 'AdamW: decay per update ');
    expect(aw).toEqual([0.001, 0.001, 0.001]); // η·λ = 0.01 · 0.1
    expect(l2[0]).toBeGreaterThan(l2[1]);
    expect(l2[1]).toBeGreaterThan(l2[2]);
    // √v̂ scales with the gradient scale s, so consecutive decays differ by about the spread (100).
    expect(l2[1] / l2[2]).toBeGreaterThan(30);
    expect(l2[1] / l2[2]).toBeLessThan(300);
    const tail = s.slice(s.indexOf('AdamW:'));
    expect(num(tail, 'θ₁ = ')).toBeCloseTo(num(tail, 'θ₃ = '), 2);
    // A spread of 1 makes the three L2 parameters alike too.
    await w.getByRole('slider', { name: 'Gradient-scale spread' }).focus();
    await page.keyboard.press('Home');
    await expect(summary(w)).not.toHaveText(s, { timeout: 20_000 });
    const one = nums(await text(w), 'Adam + L2: decay per update ');
    expect(one[0]).toBeCloseTo(one[2], 6);
    await expectNoBadNumbers(w);
  });
});

test.describe('weight norm over training', () => {
  test('Adam’s norm grows; the same λ holds Adam + L2 and AdamW back differently; a stronger L2 shrinks more', async ({
    page,
  }) => {
    await page.goto(`${PAGE}?adamw-weight-norm.steps=800`);
    const w = await widget(page, 'adamw-weight-norm');
    // The page opens on the defaults' result (computed at build time); the link's 800 steps follow.
    await expect(summary(w)).toContainText('after 800 steps', { timeout: 20_000 });
    await expect(w.locator('[aria-busy="true"]')).toHaveCount(0);
    const s = await text(w);
    const adam = num(s, 'Adam (λ = 0): ‖θ‖ = ');
    const l2 = num(s, 'Adam + L2: ‖θ‖ = ');
    const aw = num(s, 'AdamW: ‖θ‖ = ');
    expect(adam).toBeGreaterThan(aw);
    expect(adam).toBeGreaterThan(l2);
    const slider = w.getByRole('slider', { name: 'Adam + L2 strength ÷ λ' });
    await slider.focus();
    for (let k = 0; k < 24; k++) await page.keyboard.press('ArrowRight'); // one decade up
    await expect(slider).toHaveAttribute('aria-valuetext', '10');
    await expect(summary(w)).not.toHaveText(s, { timeout: 20_000 });
    const stronger = num(await text(w), 'Adam + L2: ‖θ‖ = ');
    expect(stronger).toBeLessThan(l2);
    // AdamW's run did not change (its λ did not).
    expect(num(await text(w), 'AdamW: ‖θ‖ = ')).toBe(aw);
    await expectNoBadNumbers(w);
  });
});

test('hostile link values produce notices only, and nothing from the URL becomes markup', async ({
  page,
}) => {
  await page.goto(
    `${PAGE}?adamw-sgd-equivalence.lr=1e999&adamw-sgd-equivalence.convention=%3Cb%3Ex%3C%2Fb%3E&adamw-per-param.spread=-5&adamw-per-param.steps=NaN&adamw-weight-norm.wd=100&adamw-weight-norm.steps=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&other.x=1`,
  );
  const eq = await widget(page, 'adamw-sgd-equivalence');
  const n1 = eq.getByRole('status').filter({ hasText: 'adjusted' });
  await expect(n1).toContainText('lr in the link could not be read');
  await expect(n1).toContainText('convention');
  const pp = await widget(page, 'adamw-per-param');
  const n2 = pp.getByRole('status').filter({ hasText: 'adjusted' });
  await expect(n2).toContainText('spread was out of range (1 to 10000) and was set to 1.');
  await expect(n2).toContainText('steps in the link could not be read');
  const wn = await widget(page, 'adamw-weight-norm');
  const n3 = wn.getByRole('status').filter({ hasText: 'adjusted' });
  await expect(n3).toContainText('wd was out of range (0.0001 to 10) and was set to 10.');
  await expect(n3).toContainText('steps in the link could not be read');
  await expect(page.locator('.wk-frame b, .wk-frame img')).toHaveCount(0);
  await expect(summary(wn)).toContainText('AdamW: ‖θ‖ = ', { timeout: 20_000 });
  for (const w of [eq, pp, wn]) await expectNoBadNumbers(w);
  await n3.getByRole('button', { name: 'Dismiss' }).click();
  await expect(n3).toHaveCount(0);
});

test('the worked example, the package excerpts and the PyTorch call are on the page', async ({ page }) => {
  await page.goto(PAGE);
  const excerpts = page.locator('figure.source-excerpt');
  await expect(excerpts.first()).toContainText('export function adamw');
  await expect(excerpts.first()).toContainText('decay: addDecayedWeights({ weightDecay })');
  await expect(page.locator('figure.source-excerpt figcaption').nth(2)).toContainText(
    'packages/optim/src/optimizers/adamwPaper.ts, lines',
  );
  await expect(
    excerpts.filter({ hasText: 'torch.optim.AdamW([theta], lr=1e-3, weight_decay=0.01)' }),
  ).toHaveCount(1);
  // Built from the package: θ₁ = θ₀(1 − ηλ) − η·g/(|g| + ε) = 1 − 1e-5 − 0.001 for weight 2.
  const table = page.locator('table').filter({ hasText: 'scaleByLearningRate' });
  await expect(table).toContainText('0.99899');
  // η·(g/(|g| + ε) + λθ₀) = 0.001·(0.999999999 + 0.01) = 0.001009999999: the table keeps the ten
  // figures that show ε (digit groups set apart by narrow spaces).
  await expect(table).toContainText(/−0\.001\s?009\s?999\s?999/);
  await expect(page.locator('.questions .question')).toHaveCount(6);
  expect(await page.locator('section[data-problem-id]').count()).toBeGreaterThanOrEqual(6);
});

test('at 390 px the page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(PAGE);
  for (const id of ['adamw-sgd-equivalence', 'adamw-per-param', 'adamw-weight-norm']) await widget(page, id);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the widgets in interacted states (${theme})`, async ({ page }) => {
    // A long page (three widgets, KaTeX, code, six problems): axe needs minutes on a busy 2-core machine.
    test.setTimeout(300_000);
    await setTheme(page, theme);
    await page.goto(
      `${PAGE}?adamw-sgd-equivalence.schedule=cosine&adamw-sgd-equivalence.follow=1&adamw-weight-norm.steps=300&adamw-per-param.steps=200`,
    );
    for (const id of ['adamw-sgd-equivalence', 'adamw-per-param', 'adamw-weight-norm']) {
      const w = await widget(page, id);
      await expect(summary(w)).not.toHaveText('Computing…', { timeout: 20_000 });
    }
    await page
      .locator('details:not([open]) > summary')
      .evaluateAll((ss) => ss.forEach((s) => ((s.parentElement as HTMLDetailsElement).open = true)));
    expect(await axeViolations(page)).toEqual([]);
  });
}
