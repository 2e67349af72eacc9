import { axeViolations } from './fixtures/axe.ts';
import type { Locator } from '@playwright/test';
import { stepsUntilBiasCorrectionBelow } from '@descent/optim';
import { expect, setTheme, test } from './fixtures/site.ts';
import { expectNoBadNumbers, num, widget } from './fixtures/widgets.ts';

const PAGE = '/lessons/adaptive-methods/';
const IDS = ['effective-steps', 'adam-stepper', 'bias-correction', 'reddi'] as const;

const summary = (w: Locator) => w.locator('.wk-summary');
test.describe('adaptive-methods lesson widgets', () => {
  test('Reddi et al.: Adam drifts to θ = +1 with average regret ≈ 2(C − 2)/3 while AMSGrad converges to θ* = −1', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'reddi');
    const s = (await summary(w).textContent())!;
    expect(num(s, /Adam ends at θ =/)).toBeGreaterThan(0.99);
    expect(num(s, /AMSGrad ends at θ =/)).toBeLessThan(-0.99);
    const adamRegret = num(s, /Adam ends at θ = [-−\d.]+ with average regret/);
    expect(adamRegret).toBeGreaterThan(0.6);
    expect(num(s, /AMSGrad ends at θ = [-−\d.]+ with average regret/)).toBeLessThan(0.05);
    // Started at the optimum itself, Adam still walks to the wrong end.
    await page.goto(`${PAGE}?reddi.x0=-1&reddi.C=5`);
    const w2 = await widget(page, 'reddi');
    await expect(summary(w2)).toContainText('staying at +1 costs 2 per round', { timeout: 30_000 });
    const s2 = (await summary(w2).textContent())!;
    expect(num(s2, /Adam ends at θ =/)).toBeGreaterThan(0.99);
    expect(num(s2, /AMSGrad ends at θ =/)).toBeLessThan(-0.99);
  });

  test('the Section 5 experiment: Adam stays near +1, AMSGrad reaches the negative half', async ({
    page,
  }) => {
    await page.goto(`${PAGE}?reddi.setting=experiment&reddi.alpha=1&reddi.steps=200000`);
    const w = await widget(page, 'reddi');
    await expect(w.getByLabel('Problem', { exact: true })).toHaveValue('experiment');
    await expect(summary(w)).toContainText('staying at +1 costs 0.198 per round', { timeout: 60_000 });
    await expect(w.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 60_000 });
    const s = (await summary(w).textContent())!;
    expect(num(s, /Adam ends at θ =/)).toBeGreaterThan(0.9);
    expect(num(s, /AMSGrad ends at θ =/)).toBeLessThan(-0.5);
  });

  test('bias correction: the crossings are 29 and 3043 at 5%, and follow the tolerance slider from the keyboard', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'bias-correction');
    await expect(summary(w)).toContainText('under 1.05 from step 29');
    await expect(summary(w)).toContainText('under 1.05 from step 3043');
    const tol = w.getByRole('slider', { name: /Tolerance/ });
    await tol.focus();
    await page.keyboard.press('Home');
    const t1 = stepsUntilBiasCorrectionBelow(0.9, 0.001);
    const t2 = stepsUntilBiasCorrectionBelow(0.999, 0.001);
    await expect(summary(w)).toContainText(`from step ${t1}`);
    await expect(summary(w)).toContainText(`from step ${t2}`);
    await expect(page).toHaveURL(/bias-correction\.tol=0\.001/, { timeout: 5_000 });
  });

  test('Adam stepper: a constant stream gives steps of exactly η at any scale; the keyboard moves through the updates', async ({
    page,
  }) => {
    await page.goto(`${PAGE}?adam-stepper.stream=constant&adam-stepper.scale=1000`);
    const w = await widget(page, 'adam-stepper');
    await expect(summary(w)).toContainText('step size ranges from 1 η to 1 η', { timeout: 20_000 });
    await expect(w.locator('tr[aria-current="step"] th')).toHaveText('20');
    await w.getByRole('slider', { name: 'Update', exact: true }).focus();
    await page.keyboard.press('Home');
    await expect(w.locator('tr[aria-current="step"] th')).toHaveText('1');
    await expect(summary(w)).toContainText('Update 1: g = 1000, m̂ = 1000');
    await expect(w.locator('.as-formula')).toHaveAttribute('aria-label', "Adam's update 1 with its numbers");
    await expectNoBadNumbers(w);
  });

  test('Adam stepper: stepping rewrites the numbers of the typeset update in place, and they match the table', async ({
    page,
  }) => {
    await page.goto(`${PAGE}?adam-stepper.stream=noisy`);
    const w = await widget(page, 'adam-stepper');
    const fraction = w.locator('.as-formula-line').nth(3).locator('.mfrac').first();
    await expect(fraction).toBeVisible();
    const before = await fraction.elementHandle();
    await w.getByRole('slider', { name: 'Update', exact: true }).focus();
    for (const [key, t] of [
      ['Home', 1],
      ['ArrowRight', 2],
      ['ArrowRight', 3],
    ] as const) {
      await page.keyboard.press(key);
      await expect(w.locator('tr[aria-current="step"] th')).toHaveText(String(t));
      // m̂ₜ in the table and at the end of the typeset line m̂ₜ = mₜ/(1 − β₁ᵗ) = …; the spoken twin says the same.
      // The cell's text, drawn or not: rows scrolled out of the table's box are not drawn.
      const mHat = (await w.locator('tr[aria-current="step"] td').nth(3).textContent()) ?? '';
      expect(mHat).toMatch(/\d/);
      const line = w.locator('.as-formula-line').nth(3);
      await expect(line.locator('.katex-html')).toHaveText(
        new RegExp(`${mHat.replace('-', '−').replace('.', '\\.')}$`),
      );
      await expect(line.locator('.visually-hidden')).toHaveText(
        new RegExp(`^m hat ${t} = .*= ${mHat.replace('.', '\\.')}$`),
      );
    }
    // Same shape of formula, new numbers: the boxes on screen were kept, not rebuilt.
    expect(await before!.evaluate((el) => el.isConnected)).toBe(true);
  });

  test("Adam stepper embed: KaTeX loads on first use; the server's lines show until then, and the first change is typeset", async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/embed/adam-stepper/');
    const w = page.locator('section.wk-frame').first();
    await expect(w).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    const katexChunk = (p: string) => /\/katex\.[\w-]+\.js$/.test(p);
    expect(scripts.filter(katexChunk), 'no KaTeX before the reader reaches for the widget').toEqual([]);
    // The six lines came typeset from the server, with their spoken twins.
    await expect(w.locator('.as-formula-line .katex-html')).toHaveCount(6);
    await expect(w.locator('.as-formula-line[data-stale]')).toHaveCount(0);
    const fraction = w.locator('.as-formula-line').nth(3).locator('.mfrac').first();
    const before = await fraction.elementHandle();
    // A key press on a control: KaTeX loads, the changed line is typeset and matches the table.
    await w.getByRole('slider', { name: 'Update', exact: true }).focus();
    const current = w.locator('tr[aria-current="step"] th');
    const t = Number(await current.innerText()) - 1;
    await page.keyboard.press('ArrowLeft');
    // The table follows the press one painted frame later.
    await expect(current).toHaveText(String(t));
    // The cell's text, drawn or not: rows scrolled out of the table's box are not drawn.
    const mHat = (await w.locator('tr[aria-current="step"] td').nth(3).textContent()) ?? '';
    expect(mHat).toMatch(/\d/);
    const line = w.locator('.as-formula-line').nth(3);
    await expect(line.locator('.katex-html')).toHaveText(
      new RegExp(`${mHat.replace('-', '−').replace('.', '\\.')}$`),
    );
    await expect(line.locator('.visually-hidden')).toHaveText(new RegExp(`^m hat ${t} = `));
    await expect(w.locator('.as-formula-line[data-stale]')).toHaveCount(0);
    expect(scripts.filter(katexChunk)).toHaveLength(1);
    // The server's boxes were kept: same shape, new numbers.
    expect(await before!.evaluate((el) => el.isConnected)).toBe(true);
  });

  test('Adam stepper: a gradient spike shrinks the later steps; clipping the norm first keeps them near η', async ({
    page,
  }) => {
    await page.goto(`${PAGE}?adam-stepper.stream=spike&adam-stepper.clip=1&adam-stepper.maxNorm=2`);
    const w = await widget(page, 'adam-stepper');
    // The link's values apply after mount, and the run follows in a deferred render.
    await expect(summary(w)).toContainText('without clipping the last step would be', { timeout: 20_000 });
    const s = (await summary(w).textContent())!;
    const unclipped = num(s, /without clipping the last step would be/);
    const clipped = num(s, /instead of/);
    // η = 0.1: clipped steps stay near −η, the unclipped ones are a fraction of it.
    expect(clipped).toBeLessThan(-0.07);
    expect(unclipped).toBeGreaterThan(-0.04);
    await expect(w.getByRole('columnheader', { name: 'g raw' })).toBeVisible();
  });

  test('effective steps: SGD gives both coordinates η; above 2/κ it diverges and says at which step', async ({
    page,
  }) => {
    await page.goto(PAGE);
    let w = await widget(page, 'effective-steps');
    let s = (await summary(w).textContent())!;
    expect(s).toContain('SGD: f =');
    expect(s).toMatch(/SGD: f = [\d.e-]+ after 200 steps, step sizes 0\.018 \(flat\) and 0\.018 \(steep\)/);
    const flat = num(s, /Adam: f = [\d.e+-]+ after 200 steps, step sizes/);
    const steep = num(s, /Adam: f = [\d.e+-]+ after 200 steps, step sizes [\d.e+-]+ \(flat\) and/);
    expect(flat).toBeGreaterThan(steep);
    await page.goto(`${PAGE}?effective-steps.sgdLr=0.05`);
    w = await widget(page, 'effective-steps');
    await expect(summary(w)).toContainText('SGD diverged at step', { timeout: 20_000 });
    s = (await summary(w).textContent())!;
    expect(s).toMatch(/SGD diverged at step \d+/);
    expect(s).toMatch(/Adam: f = /);
    await expectNoBadNumbers(w);
  });

  test('hostile links produce notices only, and every widget still shows finite numbers', async ({
    page,
  }) => {
    const hostile = [
      'reddi.C=1e999',
      'reddi.setting=%3Cscript%3E',
      'reddi.steps=-5',
      'reddi.alpha=NaN',
      'adam-stepper.eps=Infinity',
      'adam-stepper.stream=evil',
      'adam-stepper.steps=100000',
      'adam-stepper.beta1=1',
      'bias-correction.beta2=2',
      'bias-correction.tol=0x10',
      'effective-steps.kappa=abc',
      'effective-steps.lr=1e6',
      'effective-steps.x0=99',
    ].join('&');
    await page.goto(`${PAGE}?${hostile}`);
    for (const id of IDS) {
      const w = await widget(page, id);
      await expect(w.locator('.wk-notice').first()).toBeVisible();
      await expect(w.locator('.wk-notice').first()).toContainText(
        /could not be read|out of range|not one of/,
      );
      await expectNoBadNumbers(w);
    }
    await expect(page.locator('#reddi .wk-notice')).not.toContainText('<script>');
    await expect(page.locator('script:text("evil")')).toHaveCount(0);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations in the widgets after interacting (${theme})`, async ({ page }) => {
      // A long, math-heavy page on a shared 2-core machine: the scan alone can take a minute.
      test.setTimeout(240_000);
      await setTheme(page, theme);
      await page.goto(`${PAGE}?adam-stepper.clip=1&reddi.steps=1000`);
      for (const id of IDS) await widget(page, id);
      await page
        .locator('#adam-stepper')
        .getByRole('button', { name: /Step forward/ })
        .click();
      await page.locator('#reddi').getByText('Show the data as a table').first().click();
      expect(await axeViolations(page, { include: '.wk-frame' })).toEqual([]);
    });
  }

  test('at 390 px the page never scrolls sideways, widgets included', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(PAGE);
    for (const id of IDS) await widget(page, id);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
