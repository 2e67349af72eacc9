import { axeViolations } from './fixtures/axe.ts';
import type { Locator } from '@playwright/test';
import { expect, setTheme, test } from './fixtures/site.ts';
import { expectNoBadNumbers, num, widget } from './fixtures/widgets.ts';

const PAGE = '/lessons/momentum/';

const summary = async (frame: Locator) => (await frame.locator('.wk-summary').textContent()) ?? '';

test.describe('momentum in a ravine', () => {
  test('at the defaults every run converges at its predicted rate, momentum ahead of GD', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'momentum-ravine');
    const s = await summary(w);
    // κ = 50, η = 1.3: GD's rate is max(|1 − 1.3|, 1 − 1.3/50) = 0.974.
    expect(num(s, 'GD: distance to θ* ')).toBeGreaterThan(num(s, 'Heavy ball: distance to θ* ') * 10);
    expect(s).toContain('GD: distance to θ* 0.11 after 120 steps (predicted rate ρ = 0.974)');
    await expectNoBadNumbers(w);
  });

  test('η beyond 2 + 2β diverges and says so; GD diverges past 2 while the heavy ball does not', async ({
    page,
  }) => {
    await page.goto(`${PAGE}?momentum.lr=3.5&momentum.beta=0.5`);
    const w = await widget(page, 'momentum-ravine');
    await expect(w.locator('.wk-summary')).toContainText('Heavy ball: diverged at step');
    await expect(w.locator('.wk-summary')).toContainText('stable only for ηL < 3)');
    await expect(w.locator('.wk-legend')).toContainText('diverged at step');
    await expectNoBadNumbers(w);
    // Lower η below 3 (= 2 + 2β) with the keyboard: the heavy ball now converges, GD (limit 2) still diverges.
    const lr = w.getByRole('slider', { name: 'Learning rate η' });
    await lr.focus();
    for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowLeft');
    await expect(lr).toHaveAttribute('aria-valuetext', '2.9');
    // The plot and summary follow the slider one painted frame later (and pass through the
    // intermediate values on the way).
    await expect
      .poll(async () => (await summary(w)).match(/Heavy ball: [^;]*predicted rate ρ = 0\.862\)/) !== null)
      .toBe(true);
    const s = await summary(w);
    expect(s).toMatch(/GD: diverged at step \d+/);
    expect(num(s, 'Heavy ball: distance to θ* ')).toBeLessThan(1);
    // κ = 50, β = 0.5: ηλ₁ = 0.058 < (1 − √0.5)² ≈ 0.086, over-damped: ρ = (1.442 + √(1.442² − 2))/2 ≈ 0.862.
    expect(s).toContain('Heavy ball: distance to θ* ');
    expect(num(s, 'Heavy ball: distance to θ* ') > 0 && s).toMatch(
      /Heavy ball: [^;]*predicted rate ρ = 0\.862\)/,
    );
  });

  test('click sets the start, and play, step and the scrubber move through the run', async ({ page }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'momentum-ravine');
    const svg = w.locator('svg[role="img"]').first();
    const box = (await svg.boundingBox())!;
    await svg.click({ position: { x: box.width * 0.8, y: box.height * 0.2 } });
    await expect(w.getByText(/^Start \(/)).not.toContainText('(−2.6, 1.6)');
    const scrub = w.getByRole('slider', { name: 'Step', exact: true });
    await scrub.focus();
    await page.keyboard.press('Home');
    await expect(w.locator('.wk-summary')).toContainText('after 0 steps');
    await w.getByRole('button', { name: 'Step forward one frame' }).click();
    await expect(w.locator('.wk-summary')).toContainText('after 1 steps');
    await w.getByRole('button', { name: 'Play' }).click();
    await expect(w.locator('.wk-summary')).toContainText('after 120 steps', { timeout: 15_000 });
  });
});

test.describe('the rate map drives the other widgets', () => {
  test('"Go to the optimum" gives the predicted rate, and the ravine and eigen widgets follow', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const ravine = await widget(page, 'momentum-ravine');
    const eigen = await widget(page, 'momentum-eigen');
    const map = await widget(page, 'momentum-rates');
    await map.getByRole('button', { name: 'Go to the optimum' }).click();
    // κ = 50: ρ* = (√50 − 1)/(√50 + 1), β* = ρ*², η* = 4/(1 + 1/√50)².
    const rho = (Math.sqrt(50) - 1) / (Math.sqrt(50) + 1);
    // The map and the other widgets follow one painted frame after the press.
    await expect.poll(async () => num(await summary(map), 'converges with rate ρ = ')).toBeCloseTo(rho, 3);
    const s = await summary(map);
    expect(num(s, 'ρ* = ')).toBeCloseTo(rho, 3);
    const eta = 4 / (1 + 1 / Math.sqrt(50)) ** 2;
    await expect(ravine.getByRole('slider', { name: 'Learning rate η' })).toHaveAttribute(
      'aria-valuetext',
      String(Number(eta.toPrecision(3))),
    );
    // Both eigen-components now contract at the same predicted rate.
    const rates = async () =>
      [...(await summary(eigen)).matchAll(/predicted ρ = (\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
    await expect.poll(async () => (await rates()).every((r) => Math.abs(r - rho) < 5e-4)).toBe(true);
    expect(await rates()).toHaveLength(2);
  });

  test('clicking the map moves the shared point; arrow keys move it by 0.01', async ({ page }) => {
    await page.goto(PAGE);
    const ravine = await widget(page, 'momentum-ravine');
    const map = await widget(page, 'momentum-rates');
    const svg = map.locator('svg[role="img"]').first();
    const box = (await svg.boundingBox())!;
    // The plot area spans viewBox x 52…468 (η 0…4) and y 10…302 (β 1…0) of 480 × 340.
    const x = ((52 + (416 * 2) / 4) / 480) * box.width;
    const y = ((10 + 292 * (1 - 0.5)) / 340) * box.height;
    await svg.click({ position: { x, y } });
    await expect.poll(async () => num(await summary(map), 'at η = ')).toBeCloseTo(2, 1);
    const s = await summary(map);
    expect(num(s, 'at η = ')).toBeCloseTo(2, 1);
    expect(num(s, ', β = ')).toBeCloseTo(0.5, 1);
    const lrText = String(num(s, 'at η = '));
    await expect(ravine.getByRole('slider', { name: 'Learning rate η' })).toHaveAttribute(
      'aria-valuetext',
      lrText,
    );
    await map.getByRole('application', { name: /Rate map of/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(map.locator('.wk-summary')).toContainText(
      `at η = ${Number((Number(lrText) + 0.01).toFixed(2))},`,
    );
    // Past the boundary with Shift+ArrowRight: the map says it diverges, and so does the ravine.
    for (let i = 0; i < 12; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect(map.locator('.wk-summary')).toContainText('diverges (ρ = ');
    await expect(ravine.locator('.wk-summary')).toContainText('Heavy ball: diverged at step');
  });

  test('the Nesterov map has the smaller stability region (2 + 2β)/(1 + 2β)', async ({ page }) => {
    await page.goto(`${PAGE}?momentum.lr=1.6&momentum.beta=0.8&momentum-rates.method=nesterov`);
    const map = await widget(page, 'momentum-rates');
    await expect(map.locator('.wk-summary')).toContainText('Nesterov at η = 1.6, β = 0.8 diverges');
    const ravine = await widget(page, 'momentum-ravine');
    await expect(ravine.locator('.wk-summary')).toContainText('Nesterov: diverge');
    const s = await summary(ravine);
    expect(s).toMatch(/Heavy ball: distance to θ\* [\d.e-]+ after 120 steps \(predicted rate/);
    expect(s).toMatch(/Nesterov: (diverged at step \d+|.*diverges: ρ = [\d.]+ ≥ 1)/);
  });
});

test.describe('eigen-components', () => {
  test('measured rates match the predicted spectral radii, per method', async ({ page }) => {
    await page.goto(`${PAGE}?momentum.steps=400`);
    const w = await widget(page, 'momentum-eigen');
    for (const method of ['Heavy ball', 'Nesterov', 'GD']) {
      await w.getByLabel('Method').selectOption({ label: method });
      await expect(w.locator('.wk-summary')).toContainText(method);
      const s = await summary(w);
      const pairs = [...s.matchAll(/predicted ρ = (\d+(?:\.\d+)?), measured (\d+(?:\.\d+)?)/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      expect(pairs).toHaveLength(2);
      for (const [p, m] of pairs) expect(Math.abs(p - m)).toBeLessThan(0.02);
    }
    await expect(page).toHaveURL(/momentum-eigen\.method=gd/);
  });
});

test.describe('eigen-components: a whole spectrum', () => {
  test('the polynomial fit shows early stopping: best test error at step 159, far below the end’s', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'momentum-eigen');
    await w.getByLabel('Problem').selectOption({ label: 'Polynomial fit (8 eigenvalues)' });
    await expect(w.locator('.wk-summary')).toContainText('Test error smallest at step 159');
    const s = await summary(w);
    expect(num(s, 'Test error smallest at step 159 (')).toBeLessThan(num(s, ', against ') / 5);
    await expect(w.getByLabel('Steps')).toBeVisible();
    await expect(w.locator('.wk-view [role="img"]')).toHaveCount(3);
    await expect(w.locator('table tbody tr')).toHaveCount(8);
    await expectNoBadNumbers(w);
    await expect(page).toHaveURL(/momentum-eigen\.mode=spectrum/);
    // GD reaches the same early-stopping point about 1/(1 − β) = 2.5 times later.
    await w.getByLabel('Method').selectOption({ label: 'GD' });
    await expect(w.locator('.wk-summary')).toContainText('Test error smallest at step 398');
  });
  test('a link opens the spectrum with its horizon, and an unstable setting says it diverged', async ({
    page,
  }) => {
    await page.goto(
      `${PAGE}?momentum-eigen.mode=spectrum&momentum-eigen.horizon=500&momentum.lr=4&momentum.beta=0.2`,
    );
    const w = await widget(page, 'momentum-eigen');
    await expect(w.locator('.wk-summary')).toContainText('diverged at step');
    await expectNoBadNumbers(w);
  });
});

test.describe('momentum with noisy gradients', () => {
  test('at the same effective step the floors agree; at the same η momentum’s is about 1/(1 − β) higher', async ({
    page,
  }) => {
    await page.goto(`${PAGE}?momentum-noise.runs=12&momentum-noise.steps=3000`);
    const w = await widget(page, 'momentum-noise');
    await expect(w.locator('.wk-summary')).not.toContainText('…', { timeout: 30_000 }); // measured, not just predicted
    const s = await summary(w);
    const sgd = num(s, 'effective step 0.2): floor ');
    const mom = num(s, 'same effective step (η = 0.02, effective step 0.2): floor ');
    const same = num(s, 'same η (η = 0.2, effective step 2): floor ');
    expect(Math.abs(mom / sgd - 1)).toBeLessThan(0.3);
    expect(same / sgd).toBeGreaterThan(5);
    await expectNoBadNumbers(w);
  });

  test('an effective step past 2/L makes SGD diverge while momentum at the same effective step settles', async ({
    page,
  }) => {
    await page.goto(`${PAGE}?momentum-noise.effLr=2.5&momentum-noise.steps=500&momentum-noise.sameLr=0`);
    const w = await widget(page, 'momentum-noise');
    await expect(w.locator('.wk-summary')).toContainText(
      'SGD (β = 0) (η = 2.5, effective step 2.5) diverged at step',
      { timeout: 20_000 },
    );
    await expect(w.locator('.wk-summary')).toContainText(
      'same effective step (η = 0.25, effective step 2.5): floor',
    );
    await expectNoBadNumbers(w);
  });
});

test('hostile links are clamped or replaced with notices, never inserted as markup', async ({ page }) => {
  await page.goto(
    `${PAGE}?momentum.lr=99&momentum.beta=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&momentum.kappa=-5&momentum.steps=1e999&momentum-rates.method=evil&momentum-noise.beta=1`,
  );
  const ravine = await widget(page, 'momentum-ravine');
  const notice = ravine.getByRole('status').filter({ hasText: 'adjusted' });
  await expect(notice).toContainText('lr was out of range (0.01 to 4) and was set to 4.');
  await expect(notice).toContainText('beta in the link could not be read, so the default 0.6 is used.');
  await expect(notice).toContainText('kappa was out of range (1 to 1000) and was set to 1.');
  await expect(notice).toContainText('steps in the link could not be read');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(ravine.getByRole('slider', { name: 'Learning rate η' })).toHaveAttribute(
    'aria-valuetext',
    '4',
  );
  await expectNoBadNumbers(ravine);
  const map = await widget(page, 'momentum-rates');
  await expect(map.getByRole('status').filter({ hasText: 'adjusted' })).toContainText('method');
  await expect(map.getByLabel('Method')).toHaveValue('heavyBall');
  const noise = await widget(page, 'momentum-noise');
  await expect(noise.getByRole('status').filter({ hasText: 'adjusted' })).toContainText(
    'beta was out of range (0 to 0.99) and was set to 0.99.',
  );
  await expect(noise.locator('.wk-summary')).not.toContainText('…', { timeout: 30_000 });
  await expectNoBadNumbers(noise);
});

test('the lesson shows the package source, the PyTorch call, build-time numbers and at least six problems', async ({
  page,
}) => {
  await page.goto(PAGE);
  await expect(page.locator('figure.source-excerpt figcaption').first()).toContainText(
    'packages/optim/src/transforms/trace.ts, lines',
  );
  await expect(page.locator('figure.source-excerpt').nth(1)).toContainText('export function sgd');
  await expect(page.locator('figure.source-excerpt').nth(2)).toContainText(
    'torch.optim.SGD([theta], lr=0.1, momentum=0.9)',
  );
  await expect(page.getByText('691', { exact: false }).first()).toBeVisible();
  expect(await page.locator('[data-problem-id]').count()).toBeGreaterThanOrEqual(6);
  await expect(page.locator('#check-your-understanding')).toBeVisible();
  expect(await page.locator('.questions .question').count()).toBeGreaterThanOrEqual(5);
});

test('at 390 px the page never scrolls sideways, with every widget hydrated', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(PAGE);
  for (const id of ['momentum-ravine', 'momentum-eigen', 'momentum-rates', 'momentum-noise'])
    await widget(page, id);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the widgets in interacted states (${theme})`, async ({ page }) => {
    test.setTimeout(300_000);
    await setTheme(page, theme);
    await page.goto(
      `${PAGE}?momentum.lr=3.5&momentum-noise.steps=300&momentum-noise.runs=2&momentum-rates.method=evil`,
    );
    const ravine = await widget(page, 'momentum-ravine');
    await ravine.getByRole('application', { name: /Click to set the start point/ }).focus();
    await page.keyboard.press('ArrowLeft');
    await ravine.getByRole('button', { name: 'Copy link to this setup' }).click();
    await expect(ravine.getByLabel('Copy this link:').or(ravine.getByText('Link copied.'))).toBeVisible();
    await widget(page, 'momentum-eigen');
    const map = await widget(page, 'momentum-rates');
    await map.getByRole('application', { name: /Rate map of/ }).focus();
    await page.keyboard.press('ArrowDown');
    const noise = await widget(page, 'momentum-noise');
    await expect(noise.locator('.wk-summary')).not.toContainText('…', { timeout: 30_000 });
    await page
      .locator('details:not([open]) > summary')
      .evaluateAll((ss) => ss.forEach((s) => ((s.parentElement as HTMLDetailsElement).open = true)));
    expect(await axeViolations(page)).toEqual([]);
  });
}
