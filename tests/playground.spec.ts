import { axeViolations } from './fixtures/axe.ts';
import { expect, setTheme, test } from './fixtures/site.ts';
import { openPlayground } from './fixtures/widgets.ts';

// The capstone playground's parity features: the optimizers after AdamW, the decision plots'
// keyboard readout and toggles (issue 30 part 1, issue 29's playground item).

const playground = openPlayground;

test.describe('playground parity', () => {
  test('Muon trains: it is offered, writes the link, shows AdamW’s rate beside it and finishes with finite numbers', async ({
    page,
  }) => {
    const w = await playground(
      page,
      '?playground.v=1&playground.runs=1&playground.steps=300&playground.configs.0.momentum=0',
    );
    await w.getByLabel('Optimizer', { exact: true }).selectOption('muon');
    await expect(page).toHaveURL(/configs\.0\.optimizer=muon/);
    await expect(page).toHaveURL(/configs\.0\.momentum=0\.95/);
    await expect(w.getByLabel(/AdamW η on biases and output/).first()).toBeVisible();
    await expect(w.locator('figcaption').first()).toContainText('Muon (hidden matrices)');
    await w.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(w.locator('.wk-summary')).toContainText('Finished 300 updates', { timeout: 40_000 });
    expect(await w.innerText()).not.toMatch(/NaN|undefined|Infinity/);
  });

  test('the decision plot reads x₁, x₂ and P(class 1) by keyboard; the toggles go into the link', async ({
    page,
  }) => {
    const w = await playground(page, '?playground.v=1&playground.runs=1');
    const plot = w.getByRole('img', { name: /Decision boundary of configuration A/ });
    await plot.focus();
    await page.keyboard.press('ArrowRight');
    const readout = w.getByTestId('pg-readout').first();
    await expect(readout).toHaveAttribute('aria-live', 'polite');
    // cell (20, 21) of 40: centre x₁ = −1.5 + 21.5·0.075 = 0.1125, x₂ = 1.5 − 20.5·0.075 = −0.0375
    await expect(readout).toContainText(/x₁ = 0\.11, x₂ = −0\.0[34]: P\(class 1\) = 0\.\d+/);
    await page.keyboard.press('Shift+ArrowUp');
    await expect(readout).toContainText('x₂ = 0.34');
    await w.getByLabel('Show test data').uncheck();
    await expect(page).toHaveURL(/showTest=0/);
    await w.getByLabel('Discretise output').check();
    await expect(page).toHaveURL(/discrete=1/);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations with Muon selected and the readout shown (${theme})`, async ({ page }) => {
      await setTheme(page, theme);
      const w = await playground(
        page,
        '?playground.v=1&playground.runs=2&playground.configs.1.optimizer=shampoo',
      );
      await w.getByRole('img', { name: /Decision boundary of configuration A/ }).focus();
      await page.keyboard.press('ArrowLeft');
      expect(await axeViolations(page, { include: '.wk-frame' })).toEqual([]);
    });
  }
});
