import { axeViolations } from './fixtures/axe.ts';
import type { Locator } from '@playwright/test';
import { expect, setTheme, test } from './fixtures/site.ts';
import { expectNoBadNumbers, num, widget } from './fixtures/widgets.ts';

const PAGE = '/lessons/sgd/';

async function summary(frame: Locator): Promise<string> {
  return (await frame.locator('.wk-summary').textContent()) ?? '';
}

test.describe('GD vs SGD trajectories', () => {
  test('more steps let GD reach f* while SGD with b = 1 stays at its noise floor', async ({ page }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'sgd-paths');
    const steps = w.getByRole('slider', { name: 'Steps' });
    await steps.focus();
    await page.keyboard.press('End');
    await expect(w.locator('.wk-summary')).toContainText('after 500 steps');
    const s = await summary(w);
    expect(num(s, 'b = 40): f − f* = ')).toBeLessThan(1e-9);
    expect(num(s, 'SGD, b = 1: f − f* = ')).toBeGreaterThan(1e-4);
    // Cost accounting: GD pays n = 40 example gradients per step, SGD b = 1 pays one.
    expect(s).toContain('(20000 example gradients)');
    expect(s).toContain('(500 example gradients)');
  });

  test('restores its state from the URL and writes changes back to it', async ({ page }) => {
    await page.goto(`${PAGE}?sgd-paths.v=1&sgd-paths.lr=0.25&sgd-paths.batch=16&sgd-paths.seed=7`);
    const w = await widget(page, 'sgd-paths');
    await expect(w.getByRole('slider', { name: 'Learning rate η' })).toHaveAttribute(
      'aria-valuetext',
      '0.25',
    );
    await expect(w.getByText('SGD, b = 16', { exact: true })).toBeVisible();
    await expect(w.getByText('Seed 7.')).toBeVisible();
    await w.getByRole('slider', { name: /Batch size b/ }).focus();
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/sgd-paths\.batch=1(&|$)/);
    await expect(page).toHaveURL(/sgd-paths\.lr=0\.25/);
    await page.keyboard.press('ArrowRight'); // integer log sliders move by at least one
    await expect(page).toHaveURL(/sgd-paths\.batch=2(&|$)/);
  });

  test('clamps out-of-range link values and replaces garbage, with a visible notice', async ({ page }) => {
    await page.goto(
      `${PAGE}?sgd-paths.batch=999&sgd-paths.lr=%3Cb%3Ebold%3C%2Fb%3E&sgd-paths.steps=NaN&other.x=1`,
    );
    const w = await widget(page, 'sgd-paths');
    const notice = w.getByRole('status').filter({ hasText: 'adjusted' });
    await expect(notice).toContainText('batch was out of range (1 to 40) and was set to 40.');
    await expect(notice).toContainText('lr in the link could not be read, so the default 0.5 is used.');
    await expect(notice).toContainText('steps in the link could not be read');
    await expect(w.locator('b')).toHaveCount(0); // nothing from the URL became markup
    await expect(w.getByRole('slider', { name: /Batch size b/ })).toHaveAttribute('aria-valuetext', '40');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  });

  test('survives lr = 1e6 with b = 1 and 500 steps: reports divergence, draws no NaN', async ({ page }) => {
    await page.goto(`${PAGE}?sgd-paths.lr=1e6&sgd-paths.batch=1&sgd-paths.steps=500`);
    const w = await widget(page, 'sgd-paths');
    await expect(w.locator('.wk-summary')).toContainText(/GD \(full batch, b = 40\) diverged at step \d+/);
    await expect(w.locator('.wk-legend')).toContainText('diverged at step');
    await expectNoBadNumbers(w);
    // Still responsive: the transport steps.
    await w.getByRole('button', { name: 'Step forward one frame' }).click();
    await expect(w.locator('.wk-transport output')).toHaveText('0 of 500');
  });

  test('is operable by keyboard: the start point moves with arrows + Enter; transport and reset work', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'sgd-paths');
    await expect(w.getByText('Start (−3.3, −0.1).')).toBeVisible();
    const plot = w.getByRole('application', { name: /Click to set the start point/ });
    await plot.focus();
    for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(w.getByTestId('readout')).toContainText('Enter starts here');
    await page.keyboard.press('Enter');
    // Four steps of 6/40 to the right, one down.
    await expect(w.getByText('Start (−2.7, −0.25).')).toBeVisible();
    await w.getByRole('button', { name: 'Step forward one frame' }).focus();
    await page.keyboard.press('Enter');
    await expect(w.locator('.wk-transport output')).toHaveText('0 of 60');
    await page.keyboard.press('Enter');
    await expect(w.locator('.wk-transport output')).toHaveText('1 of 60');
    await w.getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('Enter');
    await expect(w.getByText('Start (−3.3, −0.1).')).toBeVisible();
  });

  test('"Copy link to this setup" reproduces the setup in a new page; "New seed" changes the stream', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${PAGE}?sgd-paths.batch=5`);
    const w = await widget(page, 'sgd-paths');
    const before = await summary(w);
    await w.getByRole('button', { name: 'New seed' }).click();
    await expect(w.locator('.wk-summary')).not.toHaveText(before);
    await w.getByRole('button', { name: 'Copy link to this setup' }).click();
    await expect(w.getByText('Link copied.')).toBeVisible();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toMatch(/sgd-paths\.batch=5/);
    expect(url).toMatch(/sgd-paths\.seed=\d+/);
    expect(url).toMatch(/#sgd-paths$/);
    const copy = await context.newPage();
    await copy.goto(url);
    const w2 = await widget(copy, 'sgd-paths');
    await expect(w2.locator('.wk-summary')).toHaveText(await summary(w));
  });
});

test.describe('gradient-noise cloud', () => {
  test('a larger batch gives a smaller measured variance, tracking σ²/b', async ({ page }) => {
    await page.goto(`${PAGE}?grad-noise.batch=1&grad-noise.draws=1000`);
    const w = await widget(page, 'grad-noise');
    await expect(w.locator('.wk-summary')).toContainText('b = 1:');
    const one = await summary(w);
    const sigma2 = num(one, 'σ² = ');
    expect(num(one, 'predicted σ²/b = ')).toBeCloseTo(sigma2, 2);
    const b = w.getByRole('slider', { name: 'Batch size b' });
    await b.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft'); // b = 38 (not n, so with-replacement noise remains)
    await expect(w.locator('.wk-summary')).not.toContainText('b = 1:');
    const big = await summary(w);
    const bb = num(big, 'b = ');
    expect(bb).toBeGreaterThan(20);
    expect(num(big, 'measured variance ')).toBeLessThan(num(one, 'measured variance ') / 10);
    const predicted = num(big, 'predicted σ²/b = ');
    expect(Math.abs(num(big, 'measured variance ') / predicted - 1)).toBeLessThan(0.3);
  });

  test('without replacement the predicted variance uses (n − b)/(n − 1) and vanishes at b = n', async ({
    page,
  }) => {
    await page.goto(`${PAGE}?grad-noise.batch=40`);
    const w = await widget(page, 'grad-noise');
    await w.getByRole('checkbox', { name: 'Sample with replacement' }).focus();
    await page.keyboard.press('Space');
    await expect(w.locator('.wk-summary')).toContainText('predicted σ²/b · (n − b)/(n − 1) = 0 ');
    expect(num(await summary(w), 'measured variance ')).toBeLessThan(1e-20);
  });

  test('restores the point from the URL, clamps bad values and moves the point by keyboard', async ({
    page,
  }) => {
    await page.goto(`${PAGE}?grad-noise.draws=5&grad-noise.px=-3&grad-noise.py=-4`);
    const w = await widget(page, 'grad-noise');
    await expect(w.getByRole('status').filter({ hasText: 'adjusted' })).toContainText(
      'draws was out of range (20 to 1000) and was set to 20.',
    );
    await expect(w.getByRole('slider', { name: 'Mini-batches drawn' })).toHaveAttribute(
      'aria-valuetext',
      '20',
    );
    const plot = w.getByRole('application', { name: /θ = \([-−]3, [-−]4\)/ });
    await plot.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(w.getByRole('application', { name: /θ = \([-−]3, [-−]3\.85\)/ })).toBeVisible();
    await expectNoBadNumbers(w);
  });
});

test.describe('noise floor', () => {
  test('the floor rises with the step size and the decaying step breaks through it', async ({ page }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'noise-floor');
    await expect(w.locator('.wk-summary')).toContainText('η = 0.5: average', { timeout: 20_000 });
    const s = await summary(w);
    const big = num(s, 'η = 0.5: average f − f* over the second half ');
    const mid = num(s, 'η = 0.167: average f − f* over the second half ');
    const small = num(s, 'η = 0.05: average f − f* over the second half ');
    const decay = num(s, '·(t − 1)): average f − f* over the second half ');
    expect(big).toBeGreaterThan(mid);
    expect(mid).toBeGreaterThan(small);
    expect(decay).toBeLessThan(small);
    // A larger batch lowers the floor of the same step.
    const b = w.getByRole('slider', { name: 'Batch size b' });
    await b.focus();
    await page.keyboard.press('End'); // b = 40
    await expect(b).toHaveAttribute('aria-valuetext', '40');
    await expect(w.locator('.wk-summary')).not.toHaveText(s, { timeout: 20_000 });
    await expect(w.locator('[aria-busy="false"]')).toHaveCount(1, { timeout: 20_000 });
    const s10 = await summary(w);
    expect(num(s10, 'η = 0.5: average f − f* over the second half ')).toBeLessThan(big / 4);
  });

  test('shows the theorem bound above the measured level when asked', async ({ page }) => {
    await page.goto(`${PAGE}?noise-floor.bound=1&noise-floor.runs=2&noise-floor.steps=500`);
    const w = await widget(page, 'noise-floor');
    await expect(w.getByRole('checkbox', { name: /theorem's bound/ })).toBeChecked();
    await expect(w.locator('.wk-legend')).toContainText('bound, η = 0.5', { timeout: 20_000 });
    await expect(w.locator('.wk-ref-line')).toHaveCount(3);
  });

  test('survives lr = 1e6, b = 1 and the maximum steps and runs without freezing', async ({ page }) => {
    await page.goto(
      `${PAGE}?noise-floor.lr=1e6&noise-floor.batch=1&noise-floor.steps=10000&noise-floor.runs=12`,
    );
    const w = await widget(page, 'noise-floor');
    await expect(w.locator('.wk-summary')).toContainText('η = 1e+6 diverged at step 1', { timeout: 20_000 });
    await expect(w.locator('.wk-legend')).toContainText('diverged at step');
    await expectNoBadNumbers(w);
    // The heaviest stable setting (b = 40, 10 000 steps, 12 runs) runs in the worker while the page stays live.
    await page.goto(`${PAGE}?noise-floor.batch=40&noise-floor.steps=10000&noise-floor.runs=12`);
    const w2 = await widget(page, 'noise-floor');
    const toggle = w2.getByRole('checkbox', { name: /Decaying learning rate/ });
    await toggle.click();
    await expect(toggle).not.toBeChecked();
    // The decaying run from the page load may land first and names ηₜ; wait for the toggled run itself.
    await expect
      .poll(
        async () => {
          const text = await summary(w2);
          return text.includes('η = 0.05: average') && !text.includes('ηₜ');
        },
        { timeout: 45_000 },
      )
      .toBe(true);
    await expectNoBadNumbers(w2);
  });

  test('clamps bad link values with a notice', async ({ page }) => {
    await page.goto(`${PAGE}?noise-floor.runs=100&noise-floor.steps=-5&noise-floor.decay=maybe`);
    const w = await widget(page, 'noise-floor');
    const notice = w.getByRole('status').filter({ hasText: 'adjusted' });
    await expect(notice).toContainText('runs was out of range (1 to 12) and was set to 12.');
    await expect(notice).toContainText('steps was out of range (100 to 10000) and was set to 100.');
    await expect(notice).toContainText('decay in the link could not be read, so the default true is used.');
  });
});

test('the lesson shows the optim source excerpt and build-time numbers', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.locator('figure.source-excerpt figcaption').first()).toContainText(
    'packages/optim/src/finiteSum/sgdSampler.ts, lines',
  );
  await expect(page.locator('figure.source-excerpt').first()).toContainText('export function sgdSampler');
  await expect(page.locator('figure.source-excerpt').nth(1)).toContainText(
    'torch.optim.SGD([theta], lr=0.5)',
  );
  // Worked example: per-example gradients −x_i y_i at θ = 0 and their mean, computed at build time.
  // The numbers sit inside their formulas (MathML text, with the minus sign U+2212).
  const gradients = page.locator('p', { hasText: 'and their mean is the full gradient' });
  await expect(gradients.locator('.katex-html').filter({ hasText: /^−2,\s*−2,\s*1,\s*−12$/ })).toHaveCount(1);
  // The SGD step's wording follows its computed sign: example 3 moves θ to −0.1, away from θ⋆ = 1.
  const step = page.locator('p', { hasText: 'One SGD step that happens to draw example 3 moves it to' });
  await expect(step).toContainText('instead: the wrong way, away from θ⋆');
  await expect(step.locator('.katex-html').filter({ hasText: /^−0\.1$/ })).toHaveCount(1);
});

test('the lesson ends with Check your understanding (5–8 questions with worked answers), then Recap', async ({
  page,
}) => {
  await page.goto(PAGE);
  const qs = page.getByRole('region', { name: 'Check your understanding' });
  const items = qs.locator('li.question');
  expect(await items.count()).toBeGreaterThanOrEqual(5);
  expect(await items.count()).toBeLessThanOrEqual(8);
  await items.first().getByText('Show the answer').click();
  await expect(items.first().locator('.answer-body')).toContainText('variance');
  const headings = await page.locator('main h2').allTextContents();
  expect(headings.indexOf('Check your understanding')).toBe(headings.indexOf('Recap') - 1);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the widgets in interacted states (${theme})`, async ({ page }) => {
    // A long page (three widgets, KaTeX, highlighted code): axe needs more than the default minute on a busy 2-core machine.
    test.setTimeout(150_000);
    await setTheme(page, theme);
    await page.goto(
      `${PAGE}?sgd-paths.batch=999&noise-floor.bound=1&noise-floor.runs=2&noise-floor.steps=300&grad-noise.replacement=0`,
    );
    const paths = await widget(page, 'sgd-paths');
    await paths.getByRole('application', { name: /Click to set the start point/ }).focus();
    await page.keyboard.press('ArrowLeft'); // shows the cursor and its hint
    await paths.getByRole('button', { name: 'Copy link to this setup' }).click(); // no clipboard permission: manual field
    await expect(paths.getByLabel('Copy this link:').or(paths.getByText('Link copied.'))).toBeVisible();
    await widget(page, 'grad-noise');
    const floor = await widget(page, 'noise-floor');
    await expect(floor.locator('.wk-legend')).toContainText('bound', { timeout: 20_000 });
    await page
      .locator('details:not([open]) > summary')
      .evaluateAll((ss) => ss.forEach((s) => ((s.parentElement as HTMLDetailsElement).open = true)));
    expect(await axeViolations(page)).toEqual([]);
  });
}
